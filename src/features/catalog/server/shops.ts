import "server-only";
import { asc, desc, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import type { DbOrTx } from "@/server/db";
import { isUniqueViolation } from "@/server/db/errors";
import { fitments, shops } from "@/server/db/schema";
import type { shopInput, shopUpdateInput } from "../schemas";
import type { ShopSummary } from "../types";
import { encryptApiKey } from "./secrets";

const summaryColumns = {
  id: shops.id,
  slug: shops.slug,
  name: shops.name,
  prestashopUrl: shops.prestashopUrl,
  hasApiKey: sql<boolean>`${shops.apiKeyEncrypted} is not null`,
  allowedBrands: shops.allowedBrands,
  isPlatform: shops.isPlatform,
  active: shops.active,
  fitmentCount: sql<number>`(select count(*)::int from ${fitments} where ${fitments.shopId} = ${shops.id})`,
};

/** Every shop, the platform storefront first. API keys never leave the server (`hasApiKey` only). */
export async function listShops(db: DbOrTx): Promise<ShopSummary[]> {
  return db.select(summaryColumns).from(shops).orderBy(desc(shops.isPlatform), asc(shops.name));
}

async function shopSummary(db: DbOrTx, shopId: string): Promise<ShopSummary> {
  const [row] = await db.select(summaryColumns).from(shops).where(eq(shops.id, shopId));
  if (!row) throw new AppError("NOT_FOUND", "errors.catalog.shopNotFound");
  return row;
}

/** Brands trimmed, de-duplicated and sorted; null stays null (= every brand). */
function cleanBrands(brands: string[] | null): string[] | null {
  if (brands === null) return null;
  return [...new Set(brands.map((b) => b.trim()).filter(Boolean))].sort((a, b) => a.localeCompare(b));
}

/**
 * Adds a sales channel. Throws CONFLICT `errors.catalog.slugTaken`.
 * Fitment already stored is untouched by later brand-filter changes (it is hidden, not deleted).
 */
export async function createShop(db: DbOrTx, input: z.output<typeof shopInput>): Promise<ShopSummary> {
  try {
    const [row] = await db
      .insert(shops)
      .values({
        name: input.name,
        slug: input.slug,
        prestashopUrl: input.prestashopUrl,
        apiKeyEncrypted: input.apiKey ? encryptApiKey(input.apiKey) : null,
        allowedBrands: cleanBrands(input.allowedBrands),
        active: input.active,
      })
      .returning({ id: shops.id });
    return shopSummary(db, row!.id);
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "errors.catalog.slugTaken");
    throw error;
  }
}

/**
 * Edits a shop. `apiKey` undefined keeps the stored key, "" clears it. The platform storefront
 * stays active. Throws NOT_FOUND `errors.catalog.shopNotFound`, CONFLICT `errors.catalog.slugTaken`.
 */
export async function updateShop(db: DbOrTx, input: z.output<typeof shopUpdateInput>): Promise<ShopSummary> {
  try {
    const [row] = await db
      .update(shops)
      .set({
        name: input.name,
        slug: input.slug,
        prestashopUrl: input.prestashopUrl,
        ...(input.apiKey === undefined ? {} : { apiKeyEncrypted: input.apiKey ? encryptApiKey(input.apiKey) : null }),
        allowedBrands: cleanBrands(input.allowedBrands),
        active: sql`${input.active} or ${shops.isPlatform}`,
      })
      .where(eq(shops.id, input.shopId))
      .returning({ id: shops.id });
    if (!row) throw new AppError("NOT_FOUND", "errors.catalog.shopNotFound");
    return shopSummary(db, row.id);
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "errors.catalog.slugTaken");
    throw error;
  }
}

/** The platform storefront's id (created by migration 0005). */
export async function platformShopId(db: DbOrTx): Promise<string> {
  const [row] = await db.select({ id: shops.id }).from(shops).where(eq(shops.isPlatform, true)).limit(1);
  if (!row) throw new AppError("NOT_FOUND", "errors.catalog.shopNotFound");
  return row.id;
}

/** A shop's name and brand filter; NOT_FOUND `errors.catalog.shopNotFound`. */
export async function shopById(db: DbOrTx, shopId: string) {
  const [row] = await db
    .select({ id: shops.id, name: shops.name, allowedBrands: shops.allowedBrands, isPlatform: shops.isPlatform })
    .from(shops)
    .where(eq(shops.id, shopId));
  if (!row) throw new AppError("NOT_FOUND", "errors.catalog.shopNotFound");
  return row;
}
