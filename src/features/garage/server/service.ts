import "server-only";
import { and, desc, eq, ne, sql } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import type { DbOrTx } from "@/server/db";
import { isUniqueViolation } from "@/server/db/errors";
import { vehicles, type VinDecodeSnapshot } from "@/server/db/schema";
import { vehicleInputSchema, type VehicleInput } from "../schemas";
import type { VinDecodeResult } from "../types";
import { normalizeVin, vinProblem } from "../vin";
import { vehicleColumns, type Vehicle } from "./queries";
import { decodeVinOffline } from "./vpic";

const NOT_FOUND = () => new AppError("NOT_FOUND", "errors.garage.notFound");

/**
 * Decodes a VIN offline with NHTSA vPIC (see `decodeVinOffline` for the result's shape).
 * Spaces are removed and letters upper-cased first. A VIN vPIC does not know is no error: the
 * result is `partial`/`undecodable` with a reason and whatever could be derived.
 * @throws AppError BAD_REQUEST `validation.vin.characters` | `validation.vin.length` |
 *   `validation.vin.checkDigit` (the latter only for North American and Chinese VINs).
 */
export async function decodeVin(raw: string): Promise<VinDecodeResult> {
  const vin = normalizeVin(raw);
  const problem = vinProblem(vin);
  if (problem) throw new AppError("BAD_REQUEST", `validation.vin.${problem}`);
  return decodeVinOffline(vin);
}

/** What vPIC says about a VIN, to store with the vehicle; null when it could not decode it. */
async function snapshotFor(vin: string | null): Promise<VinDecodeSnapshot | null> {
  if (!vin) return null;
  const result = await decodeVinOffline(vin);
  return result.status === "decoded" ? result.snapshot : null;
}

/** Serialises the garage writes of one customer (the one-default rule spans several rows). */
async function lockGarage(tx: DbOrTx, ownerId: string) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`pitstop.garage:${ownerId}`}))`);
}

const duplicateVin = (error: unknown) =>
  isUniqueViolation(error, "vehicles_owner_vin_key") ? new AppError("CONFLICT", "errors.garage.duplicateVin") : error;

/**
 * Adds a vehicle to the customer's garage (mileage in km). With a VIN, decodes it again on the
 * server and stores NHTSA vPIC's answer in `decoded`; the make/model/year stored are the ones
 * the customer confirmed. The customer's first vehicle becomes the default one.
 * @returns the vehicle as `garage.list` returns it.
 * @throws ZodError for invalid input; AppError CONFLICT `errors.garage.duplicateVin` when the
 *   VIN is already in this customer's garage.
 */
export async function createVehicle(db: DbOrTx, ownerId: string, input: VehicleInput): Promise<Vehicle> {
  const data = vehicleInputSchema.parse(input);
  const decoded = await snapshotFor(data.vin);
  try {
    return await db.transaction(async (tx) => {
      await lockGarage(tx, ownerId);
      const [current] = await tx
        .select({ id: vehicles.id })
        .from(vehicles)
        .where(and(eq(vehicles.ownerId, ownerId), eq(vehicles.isDefault, true)))
        .limit(1);
      const [row] = await tx
        .insert(vehicles)
        .values({ ...data, ownerId, decoded, isDefault: !current })
        .returning(vehicleColumns);
      return row!;
    });
  } catch (error) {
    throw duplicateVin(error);
  }
}

/**
 * Replaces a vehicle's details. A changed VIN is decoded again (snapshot replaced); a removed
 * VIN clears the snapshot; an unchanged VIN keeps it.
 * @throws AppError NOT_FOUND `errors.garage.notFound` (also for another customer's vehicle);
 *   CONFLICT `errors.garage.duplicateVin`; ZodError for invalid input.
 */
export async function updateVehicle(db: DbOrTx, ownerId: string, vehicleId: string, input: VehicleInput): Promise<Vehicle> {
  const data = vehicleInputSchema.parse(input);
  const own = and(eq(vehicles.id, vehicleId), eq(vehicles.ownerId, ownerId));
  const [existing] = await db.select({ vin: vehicles.vin, decoded: vehicles.decoded }).from(vehicles).where(own).limit(1);
  if (!existing) throw NOT_FOUND();
  const decoded = data.vin === existing.vin ? existing.decoded : await snapshotFor(data.vin);
  try {
    const [row] = await db
      .update(vehicles)
      .set({ ...data, decoded })
      .where(own)
      .returning(vehicleColumns);
    if (!row) throw NOT_FOUND();
    return row;
  } catch (error) {
    throw duplicateVin(error);
  }
}

/**
 * Deletes a vehicle. When it was the default, the newest remaining vehicle becomes the default
 * in the same transaction.
 * @returns the removed id and the new default's id (null when none changed or none is left).
 * @throws AppError NOT_FOUND `errors.garage.notFound` (also for another customer's vehicle).
 */
export async function removeVehicle(db: DbOrTx, ownerId: string, vehicleId: string) {
  return db.transaction(async (tx) => {
    await lockGarage(tx, ownerId);
    const [removed] = await tx
      .delete(vehicles)
      .where(and(eq(vehicles.id, vehicleId), eq(vehicles.ownerId, ownerId)))
      .returning({ id: vehicles.id, isDefault: vehicles.isDefault });
    if (!removed) throw NOT_FOUND();
    let newDefaultId: string | null = null;
    if (removed.isDefault) {
      const [next] = await tx
        .select({ id: vehicles.id })
        .from(vehicles)
        .where(eq(vehicles.ownerId, ownerId))
        .orderBy(desc(vehicles.createdAt), desc(vehicles.id))
        .limit(1);
      if (next) {
        await tx.update(vehicles).set({ isDefault: true }).where(eq(vehicles.id, next.id));
        newDefaultId = next.id;
      }
    }
    return { id: removed.id, newDefaultId };
  });
}

/**
 * Makes a vehicle the customer's default one (used to pre-select it in diagnosis and booking);
 * the previous default is unset in the same transaction.
 * @throws AppError NOT_FOUND `errors.garage.notFound` (also for another customer's vehicle).
 */
export async function setDefaultVehicle(db: DbOrTx, ownerId: string, vehicleId: string): Promise<Vehicle> {
  return db.transaction(async (tx) => {
    await lockGarage(tx, ownerId);
    const [target] = await tx
      .select({ id: vehicles.id })
      .from(vehicles)
      .where(and(eq(vehicles.id, vehicleId), eq(vehicles.ownerId, ownerId)))
      .limit(1);
    if (!target) throw NOT_FOUND();
    await tx
      .update(vehicles)
      .set({ isDefault: false })
      .where(and(eq(vehicles.ownerId, ownerId), eq(vehicles.isDefault, true), ne(vehicles.id, vehicleId)));
    const [row] = await tx.update(vehicles).set({ isDefault: true }).where(eq(vehicles.id, target.id)).returning(vehicleColumns);
    return row!;
  });
}
