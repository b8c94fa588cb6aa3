import "server-only";
import { TRPCError } from "@trpc/server";
import { createTRPCRouter, customerProcedure, publicProcedure } from "@/server/api/trpc";
import { decodeVinInputSchema, modelsInputSchema, vehicleIdSchema, vehicleInputSchema } from "../schemas";
import { listVehicles, vehicleById } from "./queries";
import { createVehicle, decodeVin, removeVehicle, setDefaultVehicle, updateVehicle } from "./service";
import { listMakes, listModels } from "./vpic";

/**
 * The customer's garage. A vehicle (`Vehicle`) is `{ id, vin: string | null, make, model, year,
 * fuel, engine, mileageKm: number | null (km), nickname: string | null, isDefault, decoded:
 * VinDecodeSnapshot | null, createdAt, updatedAt }`. Every vehicle procedure only sees the
 * caller's own vehicles: another customer's id gives NOT_FOUND `errors.garage.notFound`.
 * Customers only (others: FORBIDDEN `errors.forbidden`; signed out: UNAUTHORIZED).
 */
export const garageRouter = createTRPCRouter({
  /**
   * Customer: decodes a VIN offline (NHTSA vPIC). Input `{ vin }` (spaces and case ignored).
   * Returns `{ status: "decoded", vin, vehicle: { make, model, year, fuel | null, engine, trim,
   * bodyStyle }, snapshot }` or `{ status: "partial" | "undecodable", vin, reason (i18n key),
   * prefill: { make?, model?, year? } }`. BAD_REQUEST `validation.vin.characters | length |
   * checkDigit` for a malformed VIN.
   */
  decodeVin: customerProcedure.input(decodeVinInputSchema).query(({ input }) => decodeVin(input.vin)),

  /** Public: make names for the vehicle form (NHTSA vPIC + common European makes), sorted. */
  makes: publicProcedure.query(() => listMakes()),

  /** Public: model names of a make (`{ make }`, accents and case ignored), sorted; [] when unknown. */
  models: publicProcedure.input(modelsInputSchema).query(({ input }) => listModels(input.make)),

  /** Customer: own vehicles, the default first, then newest first. */
  list: customerProcedure.query(({ ctx }) => listVehicles(ctx.db, ctx.user.id)),

  /** Customer: one own vehicle `{ vehicleId }`. NOT_FOUND `errors.garage.notFound`. */
  byId: customerProcedure.input(vehicleIdSchema).query(async ({ ctx, input }) => {
    const vehicle = await vehicleById(ctx.db, ctx.user.id, input.vehicleId);
    if (!vehicle) throw new TRPCError({ code: "NOT_FOUND", message: "errors.garage.notFound" });
    return vehicle;
  }),

  /**
   * Customer: adds a vehicle `{ vin?, make, model, year, fuel, engine?, mileageKm? (km), nickname? }`;
   * the first one becomes the default. Returns the vehicle. CONFLICT `errors.garage.duplicateVin`.
   */
  create: customerProcedure.input(vehicleInputSchema).mutation(({ ctx, input }) => createVehicle(ctx.db, ctx.user.id, input)),

  /** Customer: replaces a vehicle's details `{ vehicleId, vehicle }`. NOT_FOUND; CONFLICT `errors.garage.duplicateVin`. */
  update: customerProcedure
    .input(vehicleIdSchema.extend({ vehicle: vehicleInputSchema }))
    .mutation(({ ctx, input }) => updateVehicle(ctx.db, ctx.user.id, input.vehicleId, input.vehicle)),

  /**
   * Customer: deletes a vehicle `{ vehicleId }`; if it was the default, the newest remaining one
   * becomes the default. Returns `{ id, newDefaultId: string | null }`. NOT_FOUND.
   */
  remove: customerProcedure.input(vehicleIdSchema).mutation(({ ctx, input }) => removeVehicle(ctx.db, ctx.user.id, input.vehicleId)),

  /** Customer: makes `{ vehicleId }` the default vehicle (others unset). Returns the vehicle. NOT_FOUND. */
  setDefault: customerProcedure
    .input(vehicleIdSchema)
    .mutation(({ ctx, input }) => setDefaultVehicle(ctx.db, ctx.user.id, input.vehicleId)),
});
