import type { Feature, Polygon, Position } from "geojson";
import { destination, type LngLat } from "@/lib/geo";

export type { LngLat };
/** `[[west, south], [east, north]]` in degrees, the shape `fitBounds` takes. */
export type Bounds = [[number, number], [number, number]];
/** `[west, south, east, north]` in degrees, the shape supercluster takes. */
export type BBox = [number, number, number, number];

/** Where the map opens when there is nothing to show: all of Poland. */
export const POLAND_VIEW = { lng: 19.4, lat: 52.1, zoom: 5.3 } as const;
/** Zoom used when centring on a lone origin without a radius. */
export const ORIGIN_ZOOM = 11;

/**
 * A circle of `radiusM` metres around `center` as a GeoJSON polygon: `steps` points on the sphere,
 * clockwise from north, plus the first one again to close the ring.
 */
export function circlePolygon(center: LngLat, radiusM: number, steps = 64): Feature<Polygon> {
  const ring: Position[] = [];
  for (let i = 0; i < steps; i++) {
    const p = destination(center, (360 * i) / steps, radiusM);
    ring.push([p.lng, p.lat]);
  }
  const first = ring[0];
  if (first) ring.push([first[0] ?? 0, first[1] ?? 0]);
  return { type: "Feature", properties: {}, geometry: { type: "Polygon", coordinates: [ring] } };
}

/** The smallest box holding every point, or null for none. Does not handle the antimeridian (not needed in Europe). */
export function boundsOf(points: readonly LngLat[]): Bounds | null {
  if (points.length === 0) return null;
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const p of points) {
    west = Math.min(west, p.lng);
    east = Math.max(east, p.lng);
    south = Math.min(south, p.lat);
    north = Math.max(north, p.lat);
  }
  return [
    [west, south],
    [east, north],
  ];
}

/**
 * A viewport bbox grown by `fraction` of its size on every side, so markers just outside the
 * view are already there when the user pans. Clamped to the Web Mercator world.
 */
export function padBBox([west, south, east, north]: BBox, fraction: number): BBox {
  const dx = (east - west) * fraction;
  const dy = (north - south) * fraction;
  return [Math.max(-180, west - dx), Math.max(-85, south - dy), Math.min(180, east + dx), Math.min(85, north + dy)];
}

export type FitTarget = { kind: "bounds"; bounds: Bounds } | { kind: "center"; lng: number; lat: number; zoom: number };

/**
 * What the map should frame for a result set: every pin plus the origin; with no pins, the search
 * circle (origin + radius in metres), else the origin alone, else all of Poland.
 */
export function fitTarget(pins: readonly LngLat[], origin?: LngLat | null, radiusM?: number | null): FitTarget {
  if (pins.length > 0) {
    const bounds = boundsOf(origin ? [...pins, origin] : pins);
    if (bounds) return { kind: "bounds", bounds };
  }
  if (origin && radiusM && radiusM > 0) {
    const ring = circlePolygon(origin, radiusM, 16).geometry.coordinates[0] ?? [];
    const bounds = boundsOf(ring.map(([lng = 0, lat = 0]) => ({ lng, lat })));
    if (bounds) return { kind: "bounds", bounds };
  }
  if (origin) return { kind: "center", lng: origin.lng, lat: origin.lat, zoom: ORIGIN_ZOOM };
  return { kind: "center", ...POLAND_VIEW };
}

export type ArrowKey = "ArrowUp" | "ArrowDown" | "ArrowLeft" | "ArrowRight";
const BEARING: Record<ArrowKey, number> = { ArrowUp: 0, ArrowRight: 90, ArrowDown: 180, ArrowLeft: 270 };

export const isArrowKey = (key: string): key is ArrowKey => Object.hasOwn(BEARING, key);

/** `point` moved `stepM` metres north/east/south/west for an arrow key, rounded to 7 decimals (~1 cm). */
export function nudge(point: LngLat, key: ArrowKey, stepM: number): LngLat {
  const p = destination(point, BEARING[key], stepM);
  const r = (v: number) => Math.round(v * 1e7) / 1e7;
  return { lng: r(p.lng), lat: r(Math.max(-85, Math.min(85, p.lat))) };
}

/** True when `p` lies inside `[west, south, east, north]`. */
export const bboxContains = ([west, south, east, north]: BBox, p: LngLat): boolean =>
  p.lng >= west && p.lng <= east && p.lat >= south && p.lat <= north;

/** `p` rounded to `decimals` places (6 ≈ 0.1 m), what a picked location is stored with. */
export function roundLngLat(p: LngLat, decimals = 6): LngLat {
  const f = 10 ** decimals;
  return { lng: Math.round(p.lng * f) / f, lat: Math.round(p.lat * f) / f };
}
