import type { vehicles } from "@/server/db/schema";
import { NICKNAMES_EN, NICKNAMES_PL } from "./content";
import { Rng } from "./random";
import { deterministicUuid } from "./uuid";
import { buildVin } from "./vin";
import { VIN_STEMS, type VinStem } from "./vin-stems";

/** "Now" for ages and mileages, fixed so the data does not depend on the clock. */
export const DEMO_YEAR = 2026;

export type VehicleRow = typeof vehicles.$inferInsert & { id: string; vin: string };

/**
 * A customer's cars, one per stem, the first their default: real-format VINs (check digit computed,
 * unique within `vins`), mileage for the car's age (12–18k km a year) and vPIC's decode as snapshot.
 */
export function carsOf(
  ownerEmail: string,
  ownerId: string,
  stems: readonly VinStem[],
  language: "pl" | "en",
  vins: Set<string>,
  nicknames: (string | null)[] = [],
): VehicleRow[] {
  const rng = Rng.for("vehicles", ownerEmail);
  return stems.map((stem, i) => {
    let vin: string;
    do vin = buildVin(stem.stem, String(rng.int(100_000, 999_999)));
    while (vins.has(vin));
    vins.add(vin);
    const age = Math.max(1, DEMO_YEAR - stem.year);
    const mileageKm = Math.round(age * rng.int(12_000, 18_000) * rng.float(0.9, 1.1));
    const nickname =
      nicknames[i] !== undefined ? nicknames[i] : rng.chance(0.25) ? rng.pick(language === "pl" ? NICKNAMES_PL : NICKNAMES_EN) : null;
    return {
      id: deterministicUuid("vehicle", `${ownerEmail}:${vin}`),
      ownerId,
      vin,
      make: stem.make,
      model: stem.model,
      year: stem.year,
      fuel: stem.fuel,
      engine: stem.engine,
      mileageKm,
      nickname,
      isDefault: i === 0,
      decoded: {
        source: "nhtsa-vpic",
        make: stem.make,
        model: stem.model,
        year: stem.year,
        ...(stem.trim && { trim: stem.trim }),
        ...(stem.series && { series: stem.series }),
        bodyStyle: stem.bodyStyle,
        ...(stem.fuelPrimary && { fuel: stem.fuelPrimary }),
        ...(stem.engine && { engine: stem.engine }),
        manufacturer: stem.manufacturer,
        ...(stem.plantCountry && { plantCountry: stem.plantCountry }),
      },
    };
  });
}

/** `count` different stems, popular models more often. */
export function pickStems(rng: Rng, count: number): VinStem[] {
  const left = [...VIN_STEMS];
  const out: VinStem[] = [];
  while (out.length < count) {
    const stem = rng.weighted(left, (s) => s.popularity);
    out.push(stem);
    left.splice(left.indexOf(stem), 1);
  }
  return out;
}
