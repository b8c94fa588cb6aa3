/**
 * Distances and bearings on a sphere of the Earth's mean radius, shared by the map (search
 * circle, keyboard nudging) and the demo seed (workshops spread around a town).
 */

/** Mean Earth radius in metres (IUGG), the sphere every distance here is measured on. */
export const EARTH_RADIUS_M = 6_371_008.8;

/** A WGS84 point in degrees. */
export type LngLat = { lng: number; lat: number };

const toRad = (deg: number) => (deg * Math.PI) / 180;
const toDeg = (rad: number) => (rad * 180) / Math.PI;
/** Longitude folded into [-180, 180). */
const wrapLng = (lng: number) => ((((lng + 180) % 360) + 360) % 360) - 180;

/** Great-circle distance in metres between two points (haversine on a sphere of EARTH_RADIUS_M). */
export function haversineM(a: LngLat, b: LngLat): number {
  const dLat = toRad(b.lat - a.lat);
  const dLng = toRad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The point `distanceM` metres from `origin` along the initial bearing `bearingDeg` (degrees,
 * 0 = north, clockwise), on a sphere of EARTH_RADIUS_M; longitude folded into [-180, 180).
 */
export function destination(origin: LngLat, bearingDeg: number, distanceM: number): LngLat {
  const delta = distanceM / EARTH_RADIUS_M;
  const theta = toRad(bearingDeg);
  const phi1 = toRad(origin.lat);
  const lambda1 = toRad(origin.lng);
  const sinPhi2 = Math.sin(phi1) * Math.cos(delta) + Math.cos(phi1) * Math.sin(delta) * Math.cos(theta);
  const phi2 = Math.asin(Math.max(-1, Math.min(1, sinPhi2)));
  const lambda2 = lambda1 + Math.atan2(Math.sin(theta) * Math.sin(delta) * Math.cos(phi1), Math.cos(delta) - Math.sin(phi1) * sinPhi2);
  return { lng: wrapLng(toDeg(lambda2)), lat: toDeg(phi2) };
}
