import "server-only";
import { and, desc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/server/db";
import { vehicles } from "@/server/db/schema";

/** What the garage returns for a vehicle (never the owner id). */
export const vehicleColumns = {
  id: vehicles.id,
  /** Upper-cased, 17 characters, or null for vehicles added without one. */
  vin: vehicles.vin,
  make: vehicles.make,
  model: vehicles.model,
  year: vehicles.year,
  fuel: vehicles.fuel,
  engine: vehicles.engine,
  /** Kilometres, or null when not given. */
  mileageKm: vehicles.mileageKm,
  nickname: vehicles.nickname,
  isDefault: vehicles.isDefault,
  /** What NHTSA vPIC said when the VIN was added (null when it could not decode it). */
  decoded: vehicles.decoded,
  createdAt: vehicles.createdAt,
  updatedAt: vehicles.updatedAt,
};

/** The customer's vehicles: the default one first, then newest first. */
export function listVehicles(db: DbOrTx, ownerId: string) {
  return db
    .select(vehicleColumns)
    .from(vehicles)
    .where(eq(vehicles.ownerId, ownerId))
    .orderBy(desc(vehicles.isDefault), desc(vehicles.createdAt), desc(vehicles.id));
}

/** One of the customer's vehicles, or null when it does not exist or is someone else's. */
export async function vehicleById(db: DbOrTx, ownerId: string, vehicleId: string) {
  const [row] = await db
    .select(vehicleColumns)
    .from(vehicles)
    .where(and(eq(vehicles.id, vehicleId), eq(vehicles.ownerId, ownerId)))
    .limit(1);
  return row ?? null;
}

export type Vehicle = NonNullable<Awaited<ReturnType<typeof vehicleById>>>;
