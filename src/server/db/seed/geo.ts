import { destination, type LngLat } from "@/lib/geo";

/** Bearings allowed for the jitter, in degrees clockwise from north: from `from` to `to` (may wrap past 360). */
export type Sector = { from: number; to: number };

/**
 * A point uniformly distributed over a disc (or a sector of it) of `radiusM` metres around `center`,
 * on the sphere: the distance is radius·√u (equal area per ring), the bearing uniform in the sector.
 * `u1`, `u2` are uniform numbers in [0, 1) from the caller's seeded generator.
 * @returns the point, its distance in metres and bearing in degrees from the centre.
 */
export function jitterInDisc(
  center: LngLat,
  radiusM: number,
  u1: number,
  u2: number,
  sector: Sector = { from: 0, to: 360 },
): LngLat & { distanceM: number; bearingDeg: number } {
  const distanceM = radiusM * Math.sqrt(u1);
  const span = (((sector.to - sector.from) % 360) + 360) % 360 || 360;
  const bearingDeg = (sector.from + u2 * span) % 360;
  return { ...destination(center, bearingDeg, distanceM), distanceM, bearingDeg };
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
