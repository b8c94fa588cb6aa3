import "server-only";
import { and, eq, isNotNull, sql } from "drizzle-orm";
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import type { DbOrTx } from "@/server/db";
import { isUniqueViolation, pgErrorCode } from "@/server/db/errors";
import { featureSetItems, productFeatureValues, products, vehicleCategoryWords } from "@/server/db/schema";
import type { productInput, productUpdateInput } from "../schemas";
import type { ProductDetail } from "../types";
import { deriveVehicleName, modelFromVehicleName, vehicleKey } from "../vehicle-name";
import { defaultFeatureSet } from "./features";
import { listCategoryWords, productDetail } from "./queries";

/**
 * Product writes. Vehicles get their fitment name from the product name without category words
 * (`vehicle_category_words`), a model (given, or the name without the brand) and the normalised
 * make/model keys garage cars are matched on.
 */

type ProductFields = z.output<typeof productInput>;

async function vehicleColumns(db: DbOrTx, input: ProductFields) {
  if (input.type !== "vehicle")
    return { vehicleName: null, vehicleModel: null, vehicleMakeKey: null, vehicleModelKey: null, yearFrom: null, yearTo: null };
  if (input.yearFrom !== null && input.yearTo !== null && input.yearFrom > input.yearTo)
    throw new AppError("BAD_REQUEST", "errors.catalog.vehicleYears");
  const vehicleName = deriveVehicleName(input.name, await listCategoryWords(db));
  const vehicleModel = input.vehicleModel?.trim() || modelFromVehicleName(vehicleName, input.brand);
  return {
    vehicleName,
    vehicleModel,
    vehicleMakeKey: vehicleKey(input.brand),
    vehicleModelKey: vehicleKey(vehicleModel),
    yearFrom: input.yearFrom,
    yearTo: input.yearTo,
  };
}

function mapWriteError(error: unknown, sku: string): never {
  if (isUniqueViolation(error)) throw new AppError("CONFLICT", "errors.catalog.skuTaken", { sku });
  // 23503: the (id, type) foreign keys of fitment refuse a type change of a product with fitment.
  if (pgErrorCode(error) === "23503") throw new AppError("CONFLICT", "errors.catalog.typeHasFitment");
  throw error;
}

/**
 * Adds a product (vehicle / part / other). Without a feature set it gets its type's default set,
 * whose default values are written as the product's default feature values.
 * Throws CONFLICT `errors.catalog.skuTaken` {sku}, BAD_REQUEST `errors.catalog.vehicleYears`.
 * @returns the product as the editor shows it.
 */
export async function createProduct(db: DbOrTx, input: ProductFields): Promise<ProductDetail> {
  let id: string;
  try {
    id = await db.transaction(async (tx) => {
      const featureSetId = input.featureSetId ?? (await defaultFeatureSet(tx, input.type));
      const [row] = await tx
        .insert(products)
        .values({
          type: input.type,
          sku: input.sku,
          name: input.name,
          description: input.description,
          brand: input.brand,
          priceGrosze: input.priceGrosze,
          currency: input.currency,
          stock: input.stock,
          images: input.images,
          categories: input.categories,
          active: input.active,
          featureSetId,
          ...(await vehicleColumns(tx, input)),
        })
        .returning({ id: products.id });
      if (featureSetId) {
        const defaults = await tx
          .select({ featureId: featureSetItems.featureId, value: featureSetItems.defaultValue })
          .from(featureSetItems)
          .where(and(eq(featureSetItems.setId, featureSetId), isNotNull(featureSetItems.defaultValue)));
        if (defaults.length)
          await tx
            .insert(productFeatureValues)
            .values(defaults.map((d) => ({ productId: row!.id, featureId: d.featureId, shopId: null, values: [d.value!] })));
      }
      return row!.id;
    });
  } catch (error) {
    return mapWriteError(error, input.sku);
  }
  return productDetail(db, id);
}

/**
 * Edits a product. A type change carries its variants along and is refused while it has fitment
 * (CONFLICT `errors.catalog.typeHasFitment`). For a variant, price, stock and images are edited
 * with `catalog.variants.update` and ignored here. Throws NOT_FOUND `errors.catalog.productNotFound`,
 * CONFLICT `errors.catalog.skuTaken`, BAD_REQUEST `errors.catalog.vehicleYears`.
 */
export async function updateProduct(db: DbOrTx, input: z.output<typeof productUpdateInput>): Promise<ProductDetail> {
  try {
    await db.transaction(async (tx) => {
      const [current] = await tx
        .select({ parentId: products.parentId, type: products.type })
        .from(products)
        .where(eq(products.id, input.productId))
        .for("update");
      if (!current) throw new AppError("NOT_FOUND", "errors.catalog.productNotFound");
      const type = current.parentId ? current.type : input.type;
      const own = current.parentId ? {} : { priceGrosze: input.priceGrosze, stock: input.stock, images: input.images };
      await tx
        .update(products)
        .set({
          type,
          sku: input.sku,
          name: input.name,
          description: input.description,
          brand: input.brand,
          currency: input.currency,
          categories: input.categories,
          active: input.active,
          featureSetId: input.featureSetId,
          ...own,
          ...(current.parentId ? {} : await vehicleColumns(tx, { ...input, type })),
        })
        .where(eq(products.id, input.productId));
      if (!current.parentId && type !== current.type) await tx.update(products).set({ type }).where(eq(products.parentId, input.productId));
    });
  } catch (error) {
    return mapWriteError(error, input.sku);
  }
  return productDetail(db, input.productId);
}

/**
 * Replaces the vehicle category words and re-derives every vehicle's fitment name in the same
 * transaction (models and keys stay: they may have been set by hand).
 * @returns the new list and how many vehicle names changed.
 */
export async function setCategoryWords(db: DbOrTx, words: string[]): Promise<{ words: string[]; renamed: number }> {
  const unique = [...new Set(words.map((w) => w.trim()).filter(Boolean))];
  const renamed = await db.transaction(async (tx) => {
    await tx.delete(vehicleCategoryWords);
    if (unique.length) await tx.insert(vehicleCategoryWords).values(unique.map((word) => ({ word })));
    const vehicles = await tx
      .select({ id: products.id, name: products.name, vehicleName: products.vehicleName })
      .from(products)
      .where(and(eq(products.type, "vehicle"), sql`${products.parentId} is null`));
    const changed = vehicles
      .map((v) => ({ id: v.id, next: deriveVehicleName(v.name, unique) }))
      .filter((v, i) => v.next !== vehicles[i]!.vehicleName);
    for (let i = 0; i < changed.length; i += 1000) {
      const chunk = changed.slice(i, i + 1000);
      await tx.execute(sql`
        update ${products} p set vehicle_name = c.name
        from jsonb_to_recordset(${JSON.stringify(chunk.map((c) => ({ id: c.id, name: c.next })))}::jsonb) as c(id uuid, name text)
        where p.id = c.id`);
    }
    return changed.length;
  });
  return { words: unique.sort((a, b) => a.localeCompare(b)), renamed };
}
