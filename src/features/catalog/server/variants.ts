import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import type { DbOrTx } from "@/server/db";
import { isUniqueViolation } from "@/server/db/errors";
import { attributeGroups, attributeValues, products, productVariantAttributes } from "@/server/db/schema";
import { GENERATOR_MAX_COMBINATIONS } from "../constants";
import type { InheritFlags, generateVariantsInput, variantUpdateInput } from "../schemas";
import type { VariantRow } from "../types";
import { combinations, combinationKey } from "../combinations";
import { variantsOf } from "./queries";
import { pgTextArray } from "./sql";

/**
 * Variants (PrestaShop combinations): products with a parent, their own SKU
 * `PARENT-SKU-value-slug-…` and one attribute value per group. Seed 002 §2.1.
 */

type ValueRef = { id: string; groupId: string; slug: string; value: string; groupPosition: number; position: number };

/** SKU of a combination: the parent's SKU and the values' slugs in group order, cut to 64 characters. */
export function variantSku(parentSku: string, values: readonly { slug: string }[]): string {
  return [parentSku, ...values.map((v) => v.slug)]
    .join("-")
    .slice(0, 64)
    .replace(/[-._/]+$/, "");
}

/**
 * Generates every combination of the chosen values (one value per group) for one product, skipping
 * combinations it already has. Input `{ productId, valueIds, inherit }`. See `generateVariantsFor`.
 */
export async function generateVariants(
  db: DbOrTx,
  input: z.output<typeof generateVariantsInput>,
): Promise<{ created: VariantRow[]; skipped: number }> {
  const result = await generateVariantsFor(db, { productIds: [input.productId], valueIds: input.valueIds, inherit: input.inherit });
  const created = new Set(result.createdIds);
  return { created: (await variantsOf(db, input.productId)).filter((v) => created.has(v.id)), skipped: result.skipped };
}

/**
 * The cartesian generator for many products in one transaction (seed 002's bulk "Masowe tworzenie
 * wariantów"): parents are locked, existing combinations skipped (idempotent: a second run creates
 * nothing), SKUs made unique with -2, -3… when taken. Variants inherit per `inherit`; their own
 * price, stock and images start empty.
 * Throws NOT_FOUND `errors.catalog.productNotFound` / `valueNotFound`, BAD_REQUEST
 * `errors.catalog.variantOfVariant`, `errors.catalog.tooManyCombinations` {count, max}.
 * @returns ids of the created variants and how many combinations already existed.
 */
export async function generateVariantsFor(
  db: DbOrTx,
  input: { productIds: string[]; valueIds: string[]; inherit: InheritFlags },
): Promise<{ createdIds: string[]; skipped: number }> {
  return db.transaction(async (tx) => {
    const parents = await tx
      .select({
        id: products.id,
        type: products.type,
        sku: products.sku,
        name: products.name,
        brand: products.brand,
        parentId: products.parentId,
      })
      .from(products)
      .where(inArray(products.id, input.productIds))
      .orderBy(products.id)
      .for("update");
    if (parents.length !== new Set(input.productIds).size) throw new AppError("NOT_FOUND", "errors.catalog.productNotFound");
    if (parents.some((p) => p.parentId)) throw new AppError("BAD_REQUEST", "errors.catalog.variantOfVariant");

    const values: ValueRef[] = await tx
      .select({
        id: attributeValues.id,
        groupId: attributeValues.groupId,
        slug: attributeValues.slug,
        value: attributeValues.value,
        groupPosition: attributeGroups.position,
        position: attributeValues.position,
      })
      .from(attributeValues)
      .innerJoin(attributeGroups, eq(attributeGroups.id, attributeValues.groupId))
      .where(inArray(attributeValues.id, input.valueIds));
    if (values.length !== new Set(input.valueIds).size) throw new AppError("NOT_FOUND", "errors.catalog.valueNotFound");
    const combos = combinations(
      values,
      (v) => v.groupId,
      (a, b) => a.groupPosition - b.groupPosition || a.groupId.localeCompare(b.groupId),
    );
    if (combos.length > GENERATOR_MAX_COMBINATIONS)
      throw new AppError("BAD_REQUEST", "errors.catalog.tooManyCombinations", { count: combos.length, max: GENERATOR_MAX_COMBINATIONS });

    const existing = await tx
      .select({ parentId: products.parentId, key: products.combinationKey })
      .from(products)
      .where(inArray(products.parentId, input.productIds));
    const have = new Set(existing.map((e) => `${e.parentId}|${e.key}`));

    const planned: { parent: (typeof parents)[number]; combo: ValueRef[]; key: string; sku: string }[] = [];
    let skipped = 0;
    for (const parent of parents)
      for (const combo of combos) {
        const key = combinationKey(combo.map((v) => v.id));
        if (have.has(`${parent.id}|${key}`)) {
          skipped++;
          continue;
        }
        planned.push({
          parent,
          combo,
          key,
          sku: variantSku(parent.sku, combo),
        });
      }
    if (!planned.length) return { createdIds: [], skipped };

    // SKUs already taken (by other products, or twice in this plan) get -2, -3…
    const taken = new Set(
      (
        await tx
          .select({ sku: sql<string>`lower(${products.sku})` })
          .from(products)
          .where(sql`lower(${products.sku}) = any(${pgTextArray(planned.map((p) => p.sku.toLowerCase()))})`)
      ).map((r) => r.sku),
    );
    for (const p of planned) {
      let sku = p.sku;
      for (let n = 2; taken.has(sku.toLowerCase()); n++) sku = `${p.sku.slice(0, 60)}-${n}`;
      taken.add(sku.toLowerCase());
      p.sku = sku;
    }

    const createdIds: string[] = [];
    try {
      for (let i = 0; i < planned.length; i += 1000) {
        const chunk = planned.slice(i, i + 1000);
        const rows = await tx
          .insert(products)
          .values(
            chunk.map((p) => ({
              type: p.parent.type,
              parentId: p.parent.id,
              sku: p.sku,
              name: `${p.parent.name} (${p.combo.map((v) => v.value).join(", ")})`,
              brand: p.parent.brand,
              combinationKey: p.key,
              inheritImages: input.inherit.images,
              inheritPrices: input.inherit.prices,
              inheritStock: input.inherit.stock,
              inheritCategories: input.inherit.categories,
              inheritFeatures: input.inherit.features,
            })),
          )
          .returning({ id: products.id });
        rows.forEach((r) => createdIds.push(r.id));
        await tx
          .insert(productVariantAttributes)
          .values(chunk.flatMap((p, j) => p.combo.map((v) => ({ variantId: rows[j]!.id, groupId: v.groupId, valueId: v.id }))));
      }
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError("CONFLICT", "errors.catalog.skuTaken", { sku: planned[0]!.sku });
      throw error;
    }
    return { createdIds, skipped };
  });
}

/**
 * A variant's inherit flags and own values (price in grosze, stock, images), used where the
 * flag is off. Throws NOT_FOUND `errors.catalog.variantNotFound`.
 */
export async function updateVariant(db: DbOrTx, input: z.output<typeof variantUpdateInput>): Promise<VariantRow> {
  const [row] = await db
    .update(products)
    .set({
      inheritImages: input.inherit.images,
      inheritPrices: input.inherit.prices,
      inheritStock: input.inherit.stock,
      inheritCategories: input.inherit.categories,
      inheritFeatures: input.inherit.features,
      priceGrosze: input.priceGrosze,
      stock: input.stock,
      images: input.images,
      active: input.active,
    })
    .where(and(eq(products.id, input.variantId), sql`${products.parentId} is not null`))
    .returning({ parentId: products.parentId });
  if (!row?.parentId) throw new AppError("NOT_FOUND", "errors.catalog.variantNotFound");
  const found = (await variantsOf(db, row.parentId)).find((v) => v.id === input.variantId);
  return found!;
}
