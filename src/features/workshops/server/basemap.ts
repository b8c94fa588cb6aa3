import "server-only";
import type { Feature, MultiPolygon, Polygon, Position } from "geojson";
import { feature } from "topojson-client";
import countries from "world-atlas/countries-50m.json";

/*
 * The basemap behind GET /api/map/basemap: GeoJSON of the countries around Poland for the token-free map style
 * (src/features/workshops/components/map/offline-style.ts). Source: world-atlas, i.e. Natural Earth
 * 1:50m (public domain), credited on the map as "© Natural Earth". Each country that has a polygon
 * touching BBOX is kept (only those polygons: France without French Guiana), coordinates rounded
 * to 4 decimals (~11 m, finer than 1:50m), Poland (ISO 3166-1 numeric 616) marked `pl: true`.
 * Built once per process (~245 kB, ~50 ms); the response is cacheable for a day.
 */

type Topology = Parameters<typeof feature>[0];
type Box = { west: number; south: number; east: number; north: number };
type Properties = { name: string; pl?: true };

const BBOX: Box = { west: 5, south: 44, east: 35, north: 60 };
const POLAND_ID = "616";
const PRECISION = 1e4;

function isCountriesTopology(value: unknown): value is Topology {
  if (typeof value !== "object" || value === null) return false;
  if (!("type" in value) || value.type !== "Topology") return false;
  if (!("objects" in value) || typeof value.objects !== "object" || value.objects === null) return false;
  return "countries" in value.objects;
}

function touches(rings: Position[][], box: Box): boolean {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const ring of rings) {
    for (const [lng = 0, lat = 0] of ring) {
      west = Math.min(west, lng);
      east = Math.max(east, lng);
      south = Math.min(south, lat);
      north = Math.max(north, lat);
    }
  }
  return west <= box.east && east >= box.west && south <= box.north && north >= box.south;
}

const round = (rings: Position[][]): Position[][] =>
  rings.map((ring) => ring.map(([lng = 0, lat = 0]) => [Math.round(lng * PRECISION) / PRECISION, Math.round(lat * PRECISION) / PRECISION]));

/** The polygons of `geometry` that touch `box`, or null for none. */
function partsTouching(geometry: Polygon | MultiPolygon, box: Box): Polygon | MultiPolygon | null {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  const kept = polygons.filter((rings) => touches(rings, box)).map(round);
  const [only] = kept;
  if (!only) return null;
  return kept.length === 1 ? { type: "Polygon", coordinates: only } : { type: "MultiPolygon", coordinates: kept };
}

function buildBasemap(topology: Topology): string {
  const object = topology.objects.countries;
  if (!object || object.type !== "GeometryCollection") throw new Error("world-atlas: no countries collection");
  const features: Feature<Polygon | MultiPolygon, Properties>[] = [];
  for (const f of feature(topology, object).features) {
    const g = f.geometry;
    if (!g || (g.type !== "Polygon" && g.type !== "MultiPolygon")) continue;
    const geometry = partsTouching(g, BBOX);
    if (!geometry) continue;
    const id = f.id === undefined ? undefined : String(f.id);
    const name = typeof f.properties?.name === "string" ? f.properties.name : "";
    const properties: Properties = id === POLAND_ID ? { name, pl: true } : { name };
    features.push({ type: "Feature", ...(id === undefined ? {} : { id }), properties, geometry });
  }
  return JSON.stringify({ type: "FeatureCollection", features });
}

let body: Promise<string> | undefined;

/** The basemap as a GeoJSON string (built on first call, then kept for the process). */
export function basemapGeoJson(): Promise<string> {
  body ??= Promise.resolve().then(() => {
    if (!isCountriesTopology(countries)) throw new Error("world-atlas countries-50m.json is not a countries topology");
    return buildBasemap(countries);
  });
  return body;
}
