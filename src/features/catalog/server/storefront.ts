import "server-only";
import { and, asc, desc, eq, sql, type SQL } from "drizzle-orm";
import type { z } from "zod";
import type { SessionUser } from "@/server/api/trpc";
import type { DbOrTx } from "@/server/db";
import { fitments, products, vehicles } from "@/server/db/schema";
import { CATALOG_PAGE_SIZE, type FitmentType } from "../constants";
import type { storefrontListInput } from "../schemas";
import type { StorefrontList, VehicleRef } from "../types";
import { vehicleKey } from "../vehicle-name";
import { partRefColumns, vehicleRefColumns } from "./columns";
import { platformShopId } from "./shops";
import { likePattern, pgArray } from "./sql";

/**
 * The storefront's parts with "fits your car". A garage car links to catalogue vehicles by
 * normalised make and model (`vehicleKey`) and its year within the vehicle's model years; a part
 * fits when the platform shop's fitment names one of those vehicles (original before replacement).
 */

type GarageCar = { id: string; make: string; model: string; year: number; nickname: string | null };

const carLabel = (car: GarageCar) => car.nickname?.trim() || `${car.make} ${car.model} ${car.year}`;

/** Catalogue vehicles a garage car is (make + model keys, year within yearFrom–yearTo; open ends allowed). */
export async function catalogueVehiclesFor(db: DbOrTx, car: Pick<GarageCar, "make" | "model" | "year">): Promise<VehicleRef[]> {
  return db
    .select(vehicleRefColumns)
    .from(products)
    .where(
      and(
        eq(products.type, "vehicle"),
        eq(products.active, true),
        sql`${products.parentId} is null`,
        eq(products.vehicleMakeKey, vehicleKey(car.make)),
        eq(products.vehicleModelKey, vehicleKey(car.model)),
        sql`coalesce(${products.yearFrom}, 0) <= ${car.year} and ${car.year} <= coalesce(${products.yearTo}, 9999)`,
      ),
    )
    .orderBy(asc(products.vehicleName));
}

/**
 * Active parts for the storefront, 24 a page, by name (parts that fit the car first). For a signed-in
 * customer with cars: `car` is `vehicleId` (theirs only) or their default car, and `fits` says
 * how each part fits it; `fitsMyCar` keeps only those. Input/Output: `storefrontListInput` / `StorefrontList`.
 */
export async function storefrontParts(
  db: DbOrTx,
  user: SessionUser | null,
  input: z.output<typeof storefrontListInput>,
): Promise<StorefrontList> {
  const shopId = await platformShopId(db);
  const cars: GarageCar[] =
    user?.role === "customer"
      ? await db
          .select({ id: vehicles.id, make: vehicles.make, model: vehicles.model, year: vehicles.year, nickname: vehicles.nickname })
          .from(vehicles)
          .where(eq(vehicles.ownerId, user.id))
          .orderBy(desc(vehicles.isDefault), asc(vehicles.createdAt))
      : [];
  const car = cars.find((c) => c.id === input.vehicleId) ?? cars[0] ?? null;
  const matched = car ? await catalogueVehiclesFor(db, car) : [];

  const fits: SQL<FitmentType | null> = matched.length
    ? sql`(select min(${fitments.type}::text)::fitment_type from ${fitments} where ${fitments.shopId} = ${shopId} and ${fitments.partId} = ${products.id} and ${fitments.vehicleId} = any(${pgArray(
        matched.map((m) => m.id),
        "uuid",
      )}))`
    : sql`null::fitment_type`;
  const where = and(
    eq(products.type, "part"),
    eq(products.active, true),
    sql`${products.parentId} is null`,
    input.brand ? eq(products.brand, input.brand) : undefined,
    input.q ? sql`(${products.name} ilike ${likePattern(input.q)} or ${products.sku} ilike ${likePattern(input.q)})` : undefined,
    input.fitsMyCar ? sql`${fits} is not null` : undefined,
  );
  const [items, [total], brands] = await Promise.all([
    db
      .select({ ...partRefColumns, fits })
      .from(products)
      .where(where)
      .orderBy(...(matched.length ? [sql`${fits} is null`] : []), asc(products.name), asc(products.sku))
      .offset((input.page - 1) * CATALOG_PAGE_SIZE)
      .limit(CATALOG_PAGE_SIZE),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(products)
      .where(where),
    db
      .selectDistinct({ brand: products.brand })
      .from(products)
      .where(and(eq(products.type, "part"), eq(products.active, true), sql`${products.parentId} is null`))
      .orderBy(asc(products.brand)),
  ]);
  return {
    items,
    total: total?.n ?? 0,
    page: input.page,
    pageSize: CATALOG_PAGE_SIZE,
    car: car ? { id: car.id, label: carLabel(car), catalogueVehicles: matched } : null,
    cars: cars.map((c) => ({ id: c.id, label: carLabel(c) })),
    brands: brands.map((b) => b.brand),
  };
}
