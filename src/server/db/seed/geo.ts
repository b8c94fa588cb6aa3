/** Mean Earth radius in metres (IUGG), the sphere the jitter and distances are computed on. */
export const EARTH_RADIUS_M = 6_371_008.8;

const rad = (deg: number) => (deg * Math.PI) / 180;
const deg = (r: number) => (r * 180) / Math.PI;

export type LatLng = { lat: number; lng: number };

/** Great-circle distance in metres (haversine). */
export function haversineM(a: LatLng, b: LatLng): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The point `distanceM` metres from `origin` along the initial bearing `bearingDeg` (0 = north, clockwise). */
export function destinationPoint(origin: LatLng, distanceM: number, bearingDeg: number): LatLng {
  const delta = distanceM / EARTH_RADIUS_M;
  const theta = rad(bearingDeg);
  const phi1 = rad(origin.lat);
  const lambda1 = rad(origin.lng);
  const phi2 = Math.asin(Math.sin(phi1) * Math.cos(delta) + Math.cos(phi1) * Math.sin(delta) * Math.cos(theta));
  const lambda2 =
    lambda1 + Math.atan2(Math.sin(theta) * Math.sin(delta) * Math.cos(phi1), Math.cos(delta) - Math.sin(phi1) * Math.sin(phi2));
  return { lat: deg(phi2), lng: ((deg(lambda2) + 540) % 360) - 180 };
}

/** Bearings allowed for the jitter, in degrees clockwise from north: from `from` to `to` (may wrap past 360). */
export type Sector = { from: number; to: number };

/**
 * A point uniformly distributed over a disc (or a sector of it) of `radiusM` metres around `center`,
 * on the sphere: the distance is radius·√u (equal area per ring), the bearing uniform in the sector.
 * `u1`, `u2` are uniform numbers in [0, 1) from the caller's seeded generator.
 * @returns the point, its distance in metres and bearing in degrees from the centre.
 */
export function jitterInDisc(
  center: LatLng,
  radiusM: number,
  u1: number,
  u2: number,
  sector: Sector = { from: 0, to: 360 },
): LatLng & { distanceM: number; bearingDeg: number } {
  const distanceM = radiusM * Math.sqrt(u1);
  const span = (((sector.to - sector.from) % 360) + 360) % 360 || 360;
  const bearingDeg = (sector.from + u2 * span) % 360;
  return { ...destinationPoint(center, distanceM, bearingDeg), distanceM, bearingDeg };
}

/**
 * How far from a town's GeoNames point its workshops are spread, in metres: ~2 km for a town of
 * 100k people, growing with √population to ~9 km for Warszawa (1.7M).
 */
export function cityRadiusM(population: number): number {
  const small = Math.sqrt(100_000);
  const large = Math.sqrt(1_750_000);
  const t = Math.min(1, Math.max(0, (Math.sqrt(population) - small) / (large - small)));
  return Math.round(2_000 + 7_000 * t);
}

/** "Północ", "Wschód"… for a bearing, or "Centrum" near the middle: names a part of town. */
export function partOfTown(distanceM: number, bearingDeg: number): string {
  if (distanceM < 1_500) return "Centrum";
  const parts = ["Północ", "Wschód", "Południe", "Zachód"] as const;
  return parts[Math.round((((bearingDeg % 360) + 360) % 360) / 90) % 4]!;
}
