import "server-only";
import { largestCities } from "@/features/workshops/server";
import type { DemoCity } from "./plan";

/** The `count` largest Polish towns (GeoNames, districts excluded) for demo workshops, largest first. */
export async function demoCities(count = 40): Promise<DemoCity[]> {
  return (await largestCities(count)).map(({ name, lat, lng, population }) => ({ name, lat, lng, population }));
}
