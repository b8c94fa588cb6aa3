import "server-only";
import { and, asc, desc, eq, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/server/api/trpc";
import type { DbOrTx } from "@/server/db";
import { fitmentChanges, fitments, products, shops, users } from "@/server/db/schema";
import type { FitmentType } from "../constants";
import type { matrixHistoryInput, matrixPageInput, partsOfVehicleInput, vehiclesOfPartInput } from "../schemas";
import type { FitmentEntry, FitmentHistoryEntry, MatrixPage, PartFitment, PartRef, VehicleParts } from "../types";
import { partRefColumns, vehicleRefColumns } from "./columns";
import { shopById } from "./shops";
import { likePattern, pgArray, pgTextArray } from "./sql";

/**
 * Fitment reads. Both directions are single index range scans: "vehicles of a part in a shop" on
 * the primary key (shop_id, part_id, vehicle_id), "parts of a vehicle in a shop" on
 * `fitments_vehicle_idx` (shop_id, vehicle_id, type, part_id). No cache: what a save wrote is what
 * the next read sees.
 */

const isAdmin = (user: SessionUser | null) => user?.role === "admin";

/** Vehicles whose brand the shop accepts (`allowed_brands` null = all); fitment of other brands is hidden. */
export function brandAllowed(brand: SQL | typeof products.brand, allowedBrands: string[] | null): SQL {
  return allowedBrands === null ? sql`true` : sql`${brand} = any(${pgTextArray(allowedBrands)})`;
}

/**
 * The shop a read is about and the product it is about, in one round trip: the given shop for
 * admins, the platform storefront for everyone else (other shops' fitment is the catalogue team's
 * working data: FORBIDDEN `errors.forbidden`). NOT_FOUND `errors.catalog.shopNotFound` /
 * `productNotFound` (inactive products too, unless admin).
 */
async function shopAndProduct(db: DbOrTx, user: SessionUser | null, shopId: string | undefined, productId: string) {
  const [row] = await db
    .select({
      shop: { id: shops.id, name: shops.name, allowedBrands: shops.allowedBrands, isPlatform: shops.isPlatform },
      product: { type: products.type, sku: products.sku, active: products.active },
    })
    .from(shops)
    .leftJoin(products, eq(products.id, productId))
    .where(shopId ? eq(shops.id, shopId) : eq(shops.isPlatform, true))
    .limit(1)
    .prepare(shopId ? "catalog_shop_and_product" : "catalog_platform_and_product")
    .execute();
  if (!row) throw new AppError("NOT_FOUND", "errors.catalog.shopNotFound");
  if (!row.shop.isPlatform && !isAdmin(user)) throw new AppError("FORBIDDEN", "errors.forbidden");
  if (!row.product || (!row.product.active && !isAdmin(user))) throw new AppError("NOT_FOUND", "errors.catalog.productNotFound");
  return { shop: row.shop, product: row.product };
}

/**
 * A part's vehicles in a shop, split into original and replacement, and the derived Model (their
 * union of fitment names, sorted). Input `{ partId, shopId? }` (default: the storefront).
 * Throws NOT_FOUND `errors.catalog.productNotFound` (also for inactive parts unless admin),
 * BAD_REQUEST `errors.catalog.notAPart`, FORBIDDEN for another shop unless admin.
 */
export async function vehiclesOfPart(
  db: DbOrTx,
  user: SessionUser | null,
  input: z.output<typeof vehiclesOfPartInput>,
): Promise<PartFitment> {
  const { shop, product: part } = await shopAndProduct(db, user, input.shopId, input.partId);
  if (part.type !== "part") throw new AppError("BAD_REQUEST", "errors.catalog.notAPart", { sku: part.sku });

  const verifier = alias(users, "verifier");
  const rows = await db
    .select({
      ...vehicleRefColumns,
      type: fitments.type,
      notes: fitments.notes,
      verifiedAt: fitments.verifiedAt,
      verifiedByName: verifier.name,
    })
    .from(fitments)
    .innerJoin(products, eq(products.id, fitments.vehicleId))
    .leftJoin(verifier, eq(verifier.id, fitments.verifiedBy))
    .where(
      and(
        eq(fitments.shopId, shop.id),
        eq(fitments.partId, input.partId),
        brandAllowed(products.brand, shop.allowedBrands),
        isAdmin(user) ? undefined : eq(products.active, true),
      ),
    )
    .orderBy(asc(products.vehicleName), asc(products.yearFrom));
  const original: FitmentEntry[] = rows.filter((r) => r.type === "original");
  const replacement: FitmentEntry[] = rows.filter((r) => r.type === "replacement");
  return { shop: { id: shop.id, name: shop.name }, original, replacement, model: modelOf(rows) };
}

/** The derived Model: distinct fitment names of original and replacement vehicles, sorted (pl collation). */
export function modelOf(rows: readonly { vehicleName: string }[]): string[] {
  return [...new Set(rows.map((r) => r.vehicleName))].sort((a, b) => a.localeCompare(b, "pl", { numeric: true }));
}

/**
 * A vehicle's matching parts in a shop, split into original and replacement (seed 002's "Pasujące
 * części" tab). Input `{ vehicleId, shopId? }`. Throws NOT_FOUND `errors.catalog.productNotFound`,
 * BAD_REQUEST `errors.catalog.notAVehicle`, FORBIDDEN for another shop unless admin.
 *
 * Two prepared statements (planned once per connection): the shop with the vehicle, then its
 * parts from `fitments_vehicle_idx`.
 */
export async function partsOfVehicle(
  db: DbOrTx,
  user: SessionUser | null,
  input: z.output<typeof partsOfVehicleInput>,
): Promise<VehicleParts> {
  const { shop, product: vehicle } = await shopAndProduct(db, user, input.shopId, input.vehicleId);
  if (vehicle.type !== "vehicle") throw new AppError("BAD_REQUEST", "errors.catalog.notAVehicle", { sku: vehicle.sku });
  // A named prepared statement: Postgres plans it once per connection, which keeps the tail short.
  const rows = await db
    .select({ ...partRefColumns, type: fitments.type })
    .from(fitments)
    .innerJoin(products, eq(products.id, fitments.partId))
    .where(
      and(eq(fitments.shopId, shop.id), eq(fitments.vehicleId, input.vehicleId), isAdmin(user) ? undefined : eq(products.active, true)),
    )
    .orderBy(asc(products.name), asc(products.sku))
    .prepare(`catalog_parts_of_vehicle_${isAdmin(user) ? "all" : "active"}`)
    .execute();
  const strip = ({ type: _type, ...part }: PartRef & { type: FitmentType }): PartRef => part;
  return {
    shop: { id: shop.id, name: shop.name },
    original: rows.filter((r) => r.type === "original").map(strip),
    replacement: rows.filter((r) => r.type === "replacement").map(strip),
  };
}

/**
 * A window of the fitment matrix: parts (rows, by SKU) × vehicles of the shop's accepted brands
 * (columns, by brand and name), and the non-empty cells inside the window. Four queries; the
 * cells come from the primary key restricted to the window's parts and vehicles.
 * Throws NOT_FOUND `errors.catalog.shopNotFound`.
 */
export async function matrixPage(db: DbOrTx, input: z.output<typeof matrixPageInput>): Promise<MatrixPage> {
  const shop = await shopById(db, input.shopId);

  const rowWhere = and(
    eq(products.type, "part"),
    sql`${products.parentId} is null`,
    input.rowQuery
      ? sql`(${products.name} ilike ${likePattern(input.rowQuery)} or ${products.sku} ilike ${likePattern(input.rowQuery)})`
      : undefined,
    input.rowBrand ? eq(products.brand, input.rowBrand) : undefined,
    input.rowFitted === undefined
      ? undefined
      : sql`${input.rowFitted ? sql`` : sql`not`} exists (select 1 from ${fitments} where ${fitments.shopId} = ${shop.id} and ${fitments.partId} = ${products.id})`,
  );
  const allowed = input.columnBrands?.length
    ? shop.allowedBrands === null
      ? input.columnBrands
      : input.columnBrands.filter((b) => shop.allowedBrands!.includes(b))
    : shop.allowedBrands;
  const columnWhere = and(
    eq(products.type, "vehicle"),
    sql`${products.parentId} is null`,
    brandAllowed(products.brand, allowed),
    input.columnQuery ? sql`${products.vehicleName} ilike ${likePattern(input.columnQuery)}` : undefined,
  );

  const [rows, [rowCount], columns, [columnCount], brands] = await Promise.all([
    db
      .select({
        id: products.id,
        sku: products.sku,
        name: products.name,
        brand: products.brand,
      })
      .from(products)
      .where(rowWhere)
      .orderBy(asc(products.sku))
      .offset(input.rowOffset)
      .limit(input.rowLimit),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(products)
      .where(rowWhere),
    db
      .select({
        id: products.id,
        vehicleName: sql<string>`${products.vehicleName}`,
        brand: products.brand,
        yearFrom: products.yearFrom,
        yearTo: products.yearTo,
      })
      .from(products)
      .where(columnWhere)
      .orderBy(asc(products.brand), asc(products.vehicleName), asc(products.yearFrom), asc(products.id))
      .offset(input.columnOffset)
      .limit(input.columnLimit),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(products)
      .where(columnWhere),
    db
      .selectDistinct({ brand: products.brand })
      .from(products)
      .where(and(eq(products.type, "vehicle"), sql`${products.parentId} is null`, brandAllowed(products.brand, shop.allowedBrands)))
      .orderBy(asc(products.brand)),
  ]);

  // Counts and cells for the window only, each from the primary key joined to the window's parts.
  const partIds = pgArray(
    rows.map((r) => r.id),
    "uuid",
  );
  const [counts, found] = rows.length
    ? await Promise.all([
        db.execute<{ part_id: string; n: number }>(sql`
          select f.part_id, count(*)::int as n
          from unnest(${partIds}) as p(id) join ${fitments} f on f.shop_id = ${shop.id} and f.part_id = p.id
          group by f.part_id`),
        columns.length
          ? db.execute<{ part_id: string; vehicle_id: string; type: FitmentType }>(sql`
              select f.part_id, f.vehicle_id, f.type
              from unnest(${partIds}) as p(id) join ${fitments} f on f.shop_id = ${shop.id} and f.part_id = p.id
              where f.vehicle_id = any(${pgArray(
                columns.map((c) => c.id),
                "uuid",
              )})`)
          : Promise.resolve([]),
      ])
    : [[], []];
  const countOf = new Map(counts.map((c) => [c.part_id, c.n]));
  const rowIndex = new Map(rows.map((r, i) => [r.id, i]));
  const columnIndex = new Map(columns.map((c, i) => [c.id, i]));
  const cells: [number, number, FitmentType][] = found.map((f) => [rowIndex.get(f.part_id)!, columnIndex.get(f.vehicle_id)!, f.type]);

  return {
    shop: { id: shop.id, name: shop.name, allowedBrands: shop.allowedBrands },
    rows: rows.map((r) => ({ ...r, fitmentCount: countOf.get(r.id) ?? 0 })),
    columns,
    cells,
    totalRows: rowCount?.n ?? 0,
    totalColumns: columnCount?.n ?? 0,
    columnBrands: brands.map((b) => b.brand),
  };
}

/** The fitment audit log of a shop (optionally one part), newest first. */
export async function fitmentHistory(db: DbOrTx, input: z.output<typeof matrixHistoryInput>): Promise<FitmentHistoryEntry[]> {
  const part = alias(products, "part");
  const vehicle = alias(products, "vehicle");
  return db
    .select({
      id: fitmentChanges.id,
      batchId: fitmentChanges.batchId,
      partId: fitmentChanges.partId,
      partSku: part.sku,
      partName: part.name,
      vehicleId: fitmentChanges.vehicleId,
      vehicleName: vehicle.vehicleName,
      before: fitmentChanges.before,
      after: fitmentChanges.after,
      actorName: users.name,
      at: fitmentChanges.at,
    })
    .from(fitmentChanges)
    .leftJoin(part, eq(part.id, fitmentChanges.partId))
    .leftJoin(vehicle, eq(vehicle.id, fitmentChanges.vehicleId))
    .leftJoin(users, eq(users.id, fitmentChanges.actorId))
    .where(and(eq(fitmentChanges.shopId, input.shopId), input.partId ? eq(fitmentChanges.partId, input.partId) : undefined))
    .orderBy(desc(fitmentChanges.at), desc(fitmentChanges.id))
    .limit(input.limit);
}
