import "server-only";
import { and, asc, count, eq, inArray, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import type { DbOrTx } from "@/server/db";
import {
  attributeGroups,
  attributeValues,
  features,
  featureSetItems,
  featureSets,
  products,
  productVariantAttributes,
  vehicleCategoryWords,
} from "@/server/db/schema";
import { CATALOG_PAGE_SIZE } from "../constants";
import type { productListInput } from "../schemas";
import type {
  AttributeGroupDef,
  BrandSummary,
  CombinationPart,
  FeatureDef,
  FeatureSetDef,
  ProductDetail,
  ProductList,
  VariantRow,
} from "../types";
import { storefrontFeatures } from "./features";
import { likePattern } from "./sql";

/** The parent row joined to every product, so a variant's effective values resolve in SQL. */
const parent = alias(products, "parent");

/**
 * Effective values of a product: a variant takes its parent's when the inherit flag is set or it
 * has none of its own (seed 002 §3.1: "jeżeli brak to dziedziczą po rodzicu").
 */
const effective = {
  priceGrosze: sql<number>`coalesce(case when ${products.inheritPrices} then ${parent.priceGrosze} end, ${products.priceGrosze}, ${parent.priceGrosze}, 0)`,
  stock: sql<number>`coalesce(case when ${products.inheritStock} then ${parent.stock} end, ${products.stock}, ${parent.stock}, 0)`,
  images: sql<
    string[]
  >`case when ${products.parentId} is not null and (${products.inheritImages} or cardinality(${products.images}) = 0) then ${parent.images} else ${products.images} end`,
  categories: sql<
    string[]
  >`case when ${products.parentId} is not null and (${products.inheritCategories} or cardinality(${products.categories}) = 0) then ${parent.categories} else ${products.categories} end`,
};

/**
 * Admin product list: search by name or SKU (trigram indexes), type and brand filters, variants
 * hidden unless asked for; ordered by name. Prices in grosze, effective for variants.
 */
export async function listProducts(db: DbOrTx, input: z.output<typeof productListInput>): Promise<ProductList> {
  const where = and(
    input.withVariants ? undefined : sql`${products.parentId} is null`,
    input.type ? eq(products.type, input.type) : undefined,
    input.brand ? eq(products.brand, input.brand) : undefined,
    input.q ? sql`(${products.name} ilike ${likePattern(input.q)} or ${products.sku} ilike ${likePattern(input.q)})` : undefined,
  );
  const [items, [total]] = await Promise.all([
    db
      .select({
        id: products.id,
        type: products.type,
        sku: products.sku,
        name: products.name,
        brand: products.brand,
        priceGrosze: effective.priceGrosze,
        currency: products.currency,
        stock: effective.stock,
        image: sql<string | null>`(${effective.images})[1]`,
        active: products.active,
        parentId: products.parentId,
        variantCount: sql<number>`(select count(*)::int from ${products} v where v.parent_id = ${products.id})`,
        vehicleName: products.vehicleName,
      })
      .from(products)
      .leftJoin(parent, eq(parent.id, products.parentId))
      .where(where)
      .orderBy(asc(products.name), asc(products.sku))
      .offset((input.page - 1) * CATALOG_PAGE_SIZE)
      .limit(CATALOG_PAGE_SIZE),
    db.select({ n: count() }).from(products).where(where),
  ]);
  return { items, total: total?.n ?? 0, page: input.page, pageSize: CATALOG_PAGE_SIZE };
}

/** Combinations of the given variants: group and value names, ordered by group position. */
async function combinationsOf(db: DbOrTx, variantIds: string[]): Promise<Map<string, CombinationPart[]>> {
  const out = new Map<string, CombinationPart[]>();
  if (!variantIds.length) return out;
  const rows = await db
    .select({
      variantId: productVariantAttributes.variantId,
      groupId: attributeGroups.id,
      groupName: attributeGroups.name,
      valueId: attributeValues.id,
      value: attributeValues.value,
      colorHex: attributeValues.colorHex,
    })
    .from(productVariantAttributes)
    .innerJoin(attributeGroups, eq(attributeGroups.id, productVariantAttributes.groupId))
    .innerJoin(attributeValues, eq(attributeValues.id, productVariantAttributes.valueId))
    .where(inArray(productVariantAttributes.variantId, variantIds))
    .orderBy(asc(attributeGroups.position), asc(attributeGroups.name));
  for (const { variantId, ...part } of rows) {
    const list = out.get(variantId) ?? [];
    list.push(part);
    out.set(variantId, list);
  }
  return out;
}

/** The variants of a product with their combinations, own and effective values; ordered by SKU. */
export async function variantsOf(db: DbOrTx, productId: string): Promise<VariantRow[]> {
  const rows = await db
    .select({
      id: products.id,
      sku: products.sku,
      name: products.name,
      active: products.active,
      inheritImages: products.inheritImages,
      inheritPrices: products.inheritPrices,
      inheritStock: products.inheritStock,
      inheritCategories: products.inheritCategories,
      inheritFeatures: products.inheritFeatures,
      priceGrosze: products.priceGrosze,
      stock: products.stock,
      images: products.images,
      effective,
    })
    .from(products)
    .innerJoin(parent, eq(parent.id, products.parentId))
    .where(eq(products.parentId, productId))
    .orderBy(asc(products.sku));
  const combos = await combinationsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    sku: r.sku,
    name: r.name,
    active: r.active,
    combination: combos.get(r.id) ?? [],
    inherit: {
      images: r.inheritImages,
      prices: r.inheritPrices,
      stock: r.inheritStock,
      categories: r.inheritCategories,
      features: r.inheritFeatures,
    },
    priceGrosze: r.priceGrosze,
    stock: r.stock,
    images: r.images,
    effective: r.effective,
  }));
}

async function detailWhere(db: DbOrTx, where: SQL, includeInactive: boolean): Promise<ProductDetail> {
  const [row] = await db
    .select({
      id: products.id,
      type: products.type,
      sku: products.sku,
      name: products.name,
      description: products.description,
      brand: products.brand,
      currency: products.currency,
      active: products.active,
      featureSetId: products.featureSetId,
      vehicleName: products.vehicleName,
      vehicleModel: products.vehicleModel,
      yearFrom: products.yearFrom,
      yearTo: products.yearTo,
      parentId: products.parentId,
      parentSku: parent.sku,
      parentName: parent.name,
      parentActive: parent.active,
      inheritFeatures: products.inheritFeatures,
      ...effective,
    })
    .from(products)
    .leftJoin(parent, eq(parent.id, products.parentId))
    .where(where);
  if (!row || (!includeInactive && (!row.active || row.parentActive === false)))
    throw new AppError("NOT_FOUND", "errors.catalog.productNotFound");
  const { parentId, parentSku, parentName, parentActive: _pa, inheritFeatures, ...product } = row;
  const [variants, combination, featureValues] = await Promise.all([
    parentId ? Promise.resolve([]) : variantsOf(db, row.id),
    parentId ? combinationsOf(db, [row.id]).then((m) => m.get(row.id) ?? []) : Promise.resolve([]),
    storefrontFeatures(db, { id: row.id, type: row.type, parentId, inheritFeatures }),
  ]);
  return {
    ...product,
    parent: parentId ? { id: parentId, sku: parentSku!, name: parentName! } : null,
    combination,
    variants: includeInactive ? variants : variants.filter((v) => v.active),
    features: featureValues,
  };
}

/** A product for the admin editor (inactive included). Throws NOT_FOUND `errors.catalog.productNotFound`. */
export function productDetail(db: DbOrTx, productId: string): Promise<ProductDetail> {
  return detailWhere(db, eq(products.id, productId), true);
}

/** A product by SKU (case-insensitive) for the storefront. Throws NOT_FOUND `errors.catalog.productNotFound`. */
export function productDetailBySku(db: DbOrTx, sku: string, opts: { includeInactive: boolean }): Promise<ProductDetail> {
  return detailWhere(db, sql`lower(${products.sku}) = lower(${sku})`, opts.includeInactive);
}

/** Vehicle brands (makes) of the catalogue with their number of vehicle products, by name. */
export async function listBrands(db: DbOrTx): Promise<BrandSummary[]> {
  return db
    .select({ brand: products.brand, vehicles: sql<number>`count(*)::int` })
    .from(products)
    .where(and(eq(products.type, "vehicle"), sql`${products.parentId} is null`))
    .groupBy(products.brand)
    .orderBy(asc(products.brand));
}

/** The editable list of vehicle category words, alphabetically. */
export async function listCategoryWords(db: DbOrTx): Promise<string[]> {
  const rows = await db.select({ word: vehicleCategoryWords.word }).from(vehicleCategoryWords).orderBy(asc(vehicleCategoryWords.word));
  return rows.map((r) => r.word);
}

/** Attribute groups with their values, groups and values by position. */
export async function listAttributeGroups(db: DbOrTx): Promise<AttributeGroupDef[]> {
  const [groups, values] = await Promise.all([
    db.select().from(attributeGroups).orderBy(asc(attributeGroups.position), asc(attributeGroups.name)),
    db.select().from(attributeValues).orderBy(asc(attributeValues.position), asc(attributeValues.value)),
  ]);
  return groups.map((g) => ({
    id: g.id,
    slug: g.slug,
    name: g.name,
    kind: g.kind,
    position: g.position,
    active: g.active,
    values: values
      .filter((v) => v.groupId === g.id)
      .map((v) => ({ id: v.id, value: v.value, slug: v.slug, colorHex: v.colorHex, position: v.position, active: v.active })),
  }));
}

const featureColumns = {
  id: features.id,
  slug: features.slug,
  name: features.name,
  type: features.type,
  unit: features.unit,
  validation: features.validation,
  predefinedValues: features.predefinedValues,
  multiValue: features.multiValue,
  system: features.system,
  position: features.position,
};

/** Every feature, by position then name. */
export async function listFeatures(db: DbOrTx): Promise<FeatureDef[]> {
  return db.select(featureColumns).from(features).orderBy(asc(features.position), asc(features.name));
}

/** Feature sets with their items (by position). */
export async function listFeatureSets(db: DbOrTx): Promise<FeatureSetDef[]> {
  const [sets, items] = await Promise.all([
    db.select().from(featureSets).orderBy(asc(featureSets.productType), asc(featureSets.name)),
    db.select().from(featureSetItems).orderBy(asc(featureSetItems.position)),
  ]);
  return sets.map((s) => ({
    id: s.id,
    slug: s.slug,
    name: s.name,
    description: s.description,
    productType: s.productType,
    isDefault: s.isDefault,
    items: items
      .filter((i) => i.setId === s.id)
      .map((i) => ({
        featureId: i.featureId,
        required: i.required,
        defaultValue: i.defaultValue,
        helpText: i.helpText,
        position: i.position,
      })),
  }));
}
