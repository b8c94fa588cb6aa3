import { z } from "zod";
import { FUEL_TYPES } from "./constants";
import { maxModelYear, normalizeVin, vinProblem } from "./vin";

/** Messages are i18n keys (src/i18n/messages/<locale>/validation.json). */

export { FUEL_TYPES };
export const fuelTypeSchema = z.enum(FUEL_TYPES, { error: "validation.vehicle.fuel" });
export type FuelType = z.infer<typeof fuelTypeSchema>;

export const MIN_VEHICLE_YEAR = 1950;
export const MAX_MILEAGE_KM = 2_000_000;
export const MAKE_MAX = 60;
export const MODEL_MAX = 60;
export const ENGINE_MAX = 60;
export const NICKNAME_MAX = 40;

const checkVin = (vin: string, ctx: z.RefinementCtx) => {
  const problem = vinProblem(vin);
  if (problem) ctx.addIssue({ code: "custom", message: `validation.vin.${problem}` });
};

/**
 * A VIN: upper-cased, spaces removed, 17 characters without I/O/Q; the check digit must match
 * where the region mandates it (North America, China — see `vin.ts`).
 * Errors: validation.vin.length | validation.vin.characters | validation.vin.checkDigit.
 */
export const vinSchema = z.string({ error: "validation.vin.required" }).overwrite(normalizeVin).superRefine(checkVin);

/** An optional VIN: empty or missing becomes null. */
export const optionalVinSchema = z
  .string()
  .overwrite(normalizeVin)
  .superRefine((vin, ctx) => {
    if (vin !== "") checkVin(vin, ctx);
  })
  .nullish()
  .transform((vin) => vin || null);

/** Model year 1950 … next year (checked when parsed, so it moves with the calendar). */
export const vehicleYearSchema = z
  .number({ error: "validation.vehicle.year" })
  .int({ error: "validation.vehicle.year" })
  .min(MIN_VEHICLE_YEAR, { error: "validation.vehicle.year" })
  .refine((year) => year <= maxModelYear(), { error: "validation.vehicle.year" });

/** Kilometres, 0 … 2,000,000. */
export const mileageKmSchema = z
  .number({ error: "validation.vehicle.mileage" })
  .int({ error: "validation.vehicle.mileage" })
  .min(0, { error: "validation.vehicle.mileage" })
  .max(MAX_MILEAGE_KM, { error: "validation.vehicle.mileage" });

/**
 * A vehicle as the customer enters it (the API's `create`/`update` input).
 * `mileageKm` in kilometres; `engine` free text such as "2.0 TDI 150 KM" or "3.5 L V6".
 */
export const vehicleInputSchema = z.object({
  vin: optionalVinSchema,
  make: z
    .string({ error: "validation.vehicle.make" })
    .trim()
    .min(1, { error: "validation.vehicle.make" })
    .max(MAKE_MAX, { error: "validation.vehicle.make" }),
  model: z
    .string({ error: "validation.vehicle.model" })
    .trim()
    .min(1, { error: "validation.vehicle.model" })
    .max(MODEL_MAX, { error: "validation.vehicle.model" }),
  year: vehicleYearSchema,
  fuel: fuelTypeSchema,
  engine: z.string().trim().max(ENGINE_MAX, { error: "validation.vehicle.engine" }).default(""),
  mileageKm: mileageKmSchema.nullish().transform((km) => km ?? null),
  nickname: z
    .string()
    .trim()
    .max(NICKNAME_MAX, { error: "validation.vehicle.nickname" })
    .nullish()
    .transform((name) => name || null),
});
export type VehicleInput = z.input<typeof vehicleInputSchema>;
export type VehicleData = z.output<typeof vehicleInputSchema>;

export const vehicleIdSchema = z.object({ vehicleId: z.uuid({ error: "validation.invalid" }) });

export const modelsInputSchema = z.object({
  make: z.string().trim().min(1, { error: "validation.vehicle.make" }).max(MAKE_MAX, { error: "validation.vehicle.make" }),
});

/** Input of `garage.decodeVin`; the VIN's rules are checked by the service (BAD_REQUEST validation.vin.*). */
export const decodeVinInputSchema = z.object({ vin: z.string().max(64, { error: "validation.vin.length" }) });

/**
 * The add/edit form: the text fields as typed; the output is the same as `vehicleInputSchema`'s.
 * Mileage accepts spaces, dots or commas as thousands separators ("120 000").
 */
const fields = vehicleInputSchema.shape;
export const vehicleFormSchema = z.object({
  vin: fields.vin,
  make: fields.make,
  model: fields.model,
  year: z
    .string()
    .trim()
    .regex(/^\d{4}$/, { error: "validation.vehicle.year" })
    .transform(Number)
    .pipe(vehicleYearSchema),
  fuel: z.string().transform((value, ctx) => {
    const parsed = fuelTypeSchema.safeParse(value);
    if (parsed.success) return parsed.data;
    ctx.addIssue({ code: "custom", message: "validation.vehicle.fuel" });
    return z.NEVER;
  }),
  engine: fields.engine,
  mileageKm: z
    .string()
    .transform((text, ctx) => {
      const digits = text.replace(/[\s\u00a0.,]/g, "");
      if (digits === "") return null;
      if (/^\d+$/.test(digits)) return Number(digits);
      ctx.addIssue({ code: "custom", message: "validation.vehicle.mileage" });
      return z.NEVER;
    })
    .pipe(mileageKmSchema.nullable()),
  nickname: fields.nickname,
});
export type VehicleFormValues = z.input<typeof vehicleFormSchema>;
