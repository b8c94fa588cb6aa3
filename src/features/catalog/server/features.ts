import "server-only";
import { and, asc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import type { DbOrTx } from "@/server/db";
import { isUniqueViolation } from "@/server/db/errors";
import { features, featureSetItems, featureSets, fitments, productFeatureValues, products } from "@/server/db/schema";
import type { ProductType } from "../constants";
import type {
  featureInput,
  featureSetInput,
  featureSetUpdateInput,
  featureUpdateInput,
  productFeaturesInput,
  setFeatureValuesInput,
} from "../schemas";
import type { FeatureDef, FeatureField, FeatureSetDef, ProductFeatureForm } from "../types";
import { modelOf } from "./fitment-queries";
import { listFeatures, listFeatureSets } from "./queries";
import { platformShopId } from "./shops";

/**
 * Features (PrestaShop `ps_feature`), feature sets and product feature values. A value row with
 * `shop_id` null is the default every shop sees; a row with a shop id is that shop's override. A
 * variant inheriting features falls back to its parent's rows. The system feature `model` is never
 * stored: for parts it is the derived Model (union of the shop's original and replacement
 * vehicles), for vehicles their fitment name.
 */

/** Slug of the system feature holding the derived Model. */
export const MODEL_FEATURE_SLUG = "model";

type ProductRef = { id: string; type: ProductType; parentId: string | null; inheritFeatures: boolean };
type ValueRow = { productId: string; featureId: string; shopId: string | null; values: string[] };

async function valueRows(db: DbOrTx, product: ProductRef, shopId: string | null): Promise<ValueRow[]> {
  const ids = product.parentId && product.inheritFeatures ? [product.id, product.parentId] : [product.id];
  return db
    .select({
      productId: productFeatureValues.productId,
      featureId: productFeatureValues.featureId,
      shopId: productFeatureValues.shopId,
      values: productFeatureValues.values,
    })
    .from(productFeatureValues)
    .where(
      and(
        inArray(productFeatureValues.productId, ids),
        shopId ? or(isNull(productFeatureValues.shopId), eq(productFeatureValues.shopId, shopId)) : isNull(productFeatureValues.shopId),
      ),
    );
}

/** own / inherited / effective of one feature for a product in a scope (see the module comment). */
function resolve(rows: ValueRow[], product: ProductRef, featureId: string, shopId: string | null) {
  const find = (productId: string | null, shop: string | null) =>
    productId ? (rows.find((r) => r.productId === productId && r.featureId === featureId && r.shopId === shop)?.values ?? null) : null;
  const parentId = product.inheritFeatures ? product.parentId : null;
  const own = find(product.id, shopId);
  const inherited = shopId ? (find(product.id, null) ?? find(parentId, shopId) ?? find(parentId, null)) : find(parentId, null);
  return { own, inherited, effective: own ?? inherited ?? [] };
}

/** The derived Model of a part in a shop, or a vehicle's own fitment name. */
async function systemModel(db: DbOrTx, product: ProductRef, shopId: string): Promise<string[]> {
  const subjectId = product.parentId ?? product.id;
  if (product.type === "vehicle") {
    const [row] = await db.select({ name: products.vehicleName }).from(products).where(eq(products.id, subjectId));
    return row?.name ? [row.name] : [];
  }
  if (product.type !== "part") return [];
  const rows = await db
    .select({ vehicleName: sql<string>`${products.vehicleName}` })
    .from(fitments)
    .innerJoin(products, eq(products.id, fitments.vehicleId))
    .where(and(eq(fitments.shopId, shopId), eq(fitments.partId, subjectId)));
  return modelOf(rows);
}

/**
 * What the storefront shows of a product's features: the platform shop's values (override, else
 * default, else the parent's), only features with values, by feature position; Model included.
 */
export async function storefrontFeatures(
  db: DbOrTx,
  product: ProductRef,
): Promise<{ featureId: string; name: string; unit: string | null; values: string[] }[]> {
  const shopId = await platformShopId(db);
  const [defs, rows] = await Promise.all([listFeatures(db), valueRows(db, product, shopId)]);
  const out: { featureId: string; name: string; unit: string | null; values: string[] }[] = [];
  for (const f of defs) {
    const values =
      f.system && f.slug === MODEL_FEATURE_SLUG ? await systemModel(db, product, shopId) : resolve(rows, product, f.id, shopId).effective;
    if (values.length) out.push({ featureId: f.id, name: f.name, unit: f.unit, values });
  }
  return out;
}

async function productRef(db: DbOrTx, productId: string) {
  const [row] = await db
    .select({
      id: products.id,
      type: products.type,
      parentId: products.parentId,
      inheritFeatures: products.inheritFeatures,
      featureSetId: products.featureSetId,
      parentFeatureSetId: sql<string | null>`(select p.feature_set_id from ${products} p where p.id = ${products.parentId})`,
    })
    .from(products)
    .where(eq(products.id, productId));
  if (!row) throw new AppError("NOT_FOUND", "errors.catalog.productNotFound");
  return row;
}

/**
 * A product's feature form for a scope: `shopId` null = the defaults, a shop id = that shop's
 * overrides. Fields: the product's feature set (a variant uses its parent's when it has none),
 * then any other feature that has values; each with own / inherited / effective values.
 */
export async function featureForm(db: DbOrTx, input: z.output<typeof productFeaturesInput>): Promise<ProductFeatureForm> {
  const product = await productRef(db, input.productId);
  const setId = product.featureSetId ?? product.parentFeatureSetId;
  const [defs, sets, rows, modelShop] = await Promise.all([
    listFeatures(db),
    listFeatureSets(db),
    valueRows(db, product, input.shopId),
    input.shopId ? Promise.resolve(input.shopId) : platformShopId(db),
  ]);
  const set = sets.find((s) => s.id === setId) ?? null;
  const byId = new Map(defs.map((f) => [f.id, f]));
  const fields: FeatureField[] = [];
  const seen = new Set<string>();
  const add = async (feature: FeatureDef, item?: FeatureSetDef["items"][number]) => {
    if (seen.has(feature.id)) return;
    seen.add(feature.id);
    const base = { feature, required: item?.required ?? false, helpText: item?.helpText ?? null, defaultValue: item?.defaultValue ?? null };
    if (feature.system && feature.slug === MODEL_FEATURE_SLUG) {
      fields.push({ ...base, own: null, inherited: null, effective: await systemModel(db, product, modelShop) });
      return;
    }
    fields.push({ ...base, ...resolve(rows, product, feature.id, input.shopId) });
  };
  for (const item of set?.items ?? []) {
    const feature = byId.get(item.featureId);
    if (feature) await add(feature, item);
  }
  const withValues = new Set(rows.map((r) => r.featureId));
  for (const feature of defs) if (withValues.has(feature.id)) await add(feature);
  const model = defs.find((f) => f.system && f.slug === MODEL_FEATURE_SLUG);
  if (model && (product.type === "part" || product.type === "vehicle")) await add(model);
  return {
    productId: product.id,
    shopId: input.shopId,
    featureSet: set ? { id: set.id, name: set.name } : null,
    fields,
  };
}

/**
 * Checks and normalises values of one feature by its type (numbers within min/max, dates as
 * YYYY-MM-DD, booleans "true"/"false", select values from the predefined list, text against the
 * pattern). Throws BAD_REQUEST `errors.catalog.feature*` with `{ feature }`.
 */
export function normaliseFeatureValues(feature: FeatureDef, raw: string[]): string[] {
  const values = raw.map((v) => v.trim()).filter(Boolean);
  const p = { feature: feature.name };
  if (feature.system) throw new AppError("BAD_REQUEST", "errors.catalog.featureSystem", p);
  if (values.length > 1 && !feature.multiValue && feature.type !== "multiselect")
    throw new AppError("BAD_REQUEST", "errors.catalog.featureSingle", p);
  return values.map((value) => {
    switch (feature.type) {
      case "number": {
        const n = Number(value.replace(",", "."));
        if (!Number.isFinite(n)) throw new AppError("BAD_REQUEST", "errors.catalog.featureValue", p);
        const { min, max } = feature.validation;
        if ((min !== undefined && n < min) || (max !== undefined && n > max))
          throw new AppError("BAD_REQUEST", "errors.catalog.featureOutOfRange", { ...p, min: min ?? "−∞", max: max ?? "∞" });
        return String(n);
      }
      case "boolean":
        if (value !== "true" && value !== "false") throw new AppError("BAD_REQUEST", "errors.catalog.featureValue", p);
        return value;
      case "date":
        if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value)))
          throw new AppError("BAD_REQUEST", "errors.catalog.featureValue", p);
        return value;
      case "select":
      case "multiselect":
        if (!feature.predefinedValues.includes(value)) throw new AppError("BAD_REQUEST", "errors.catalog.featureOption", p);
        return value;
      case "text":
        if (feature.validation.pattern && !new RegExp(feature.validation.pattern).test(value))
          throw new AppError("BAD_REQUEST", "errors.catalog.featurePattern", p);
        return value;
    }
  });
}

/**
 * Sets a product's feature values for the defaults (`shopId` null) or one shop, in one
 * transaction; `values: null` or no values removes the row (the shop falls back to the default).
 * Required features of the product's set cannot be emptied in the defaults.
 * Throws NOT_FOUND `errors.catalog.productNotFound` / `featureNotFound`, BAD_REQUEST `errors.catalog.feature*`.
 * @returns the form after the change.
 */
export async function setFeatureValues(db: DbOrTx, input: z.output<typeof setFeatureValuesInput>): Promise<ProductFeatureForm> {
  await db.transaction(async (tx) => {
    const product = await productRef(tx, input.productId);
    const defs = new Map((await listFeatures(tx)).map((f) => [f.id, f]));
    const setId = product.featureSetId ?? product.parentFeatureSetId;
    const required = setId
      ? new Set(
          (
            await tx
              .select({ featureId: featureSetItems.featureId })
              .from(featureSetItems)
              .where(and(eq(featureSetItems.setId, setId), eq(featureSetItems.required, true)))
          ).map((r) => r.featureId),
        )
      : new Set<string>();
    for (const change of input.values) {
      const feature = defs.get(change.featureId);
      if (!feature) throw new AppError("NOT_FOUND", "errors.catalog.featureNotFound");
      const values = change.values ? normaliseFeatureValues(feature, change.values) : [];
      const scope = input.shopId ? eq(productFeatureValues.shopId, input.shopId) : isNull(productFeatureValues.shopId);
      if (!values.length) {
        if (!input.shopId && required.has(feature.id) && !(product.parentId && product.inheritFeatures))
          throw new AppError("BAD_REQUEST", "errors.catalog.featureRequired", { feature: feature.name });
        await tx
          .delete(productFeatureValues)
          .where(and(eq(productFeatureValues.productId, product.id), eq(productFeatureValues.featureId, feature.id), scope));
        continue;
      }
      await tx
        .insert(productFeatureValues)
        .values({ productId: product.id, featureId: feature.id, shopId: input.shopId, values })
        .onConflictDoUpdate({
          target: [productFeatureValues.productId, productFeatureValues.featureId, productFeatureValues.shopId],
          set: { values, updatedAt: new Date() },
        });
    }
  });
  return featureForm(db, { productId: input.productId, shopId: input.shopId });
}

function featureRow(input: z.output<typeof featureInput>) {
  return {
    name: input.name,
    slug: input.slug,
    type: input.type,
    unit: input.unit,
    validation: input.validation,
    predefinedValues: input.predefinedValues,
    multiValue: input.multiValue || input.type === "multiselect",
    position: input.position,
  };
}

async function featureById(db: DbOrTx, id: string): Promise<FeatureDef> {
  const found = (await listFeatures(db)).find((f) => f.id === id);
  if (!found) throw new AppError("NOT_FOUND", "errors.catalog.featureNotFound");
  return found;
}

/** Adds a feature. Throws CONFLICT `errors.catalog.slugTaken`. */
export async function createFeature(db: DbOrTx, input: z.output<typeof featureInput>): Promise<FeatureDef> {
  try {
    const [row] = await db.insert(features).values(featureRow(input)).returning({ id: features.id });
    return featureById(db, row!.id);
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "errors.catalog.slugTaken");
    throw error;
  }
}

/**
 * Edits a feature. A system feature (Model) keeps its slug, type and flags; only its name and
 * position change. Throws NOT_FOUND `errors.catalog.featureNotFound`, CONFLICT `errors.catalog.slugTaken`.
 */
export async function updateFeature(db: DbOrTx, input: z.output<typeof featureUpdateInput>): Promise<FeatureDef> {
  const current = await featureById(db, input.featureId);
  try {
    await db
      .update(features)
      .set(current.system ? { name: input.name, position: input.position } : featureRow(input))
      .where(eq(features.id, input.featureId));
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "errors.catalog.slugTaken");
    throw error;
  }
  return featureById(db, input.featureId);
}

async function writeSet(tx: DbOrTx, setId: string, input: z.output<typeof featureSetInput>) {
  if (input.isDefault)
    await tx
      .update(featureSets)
      .set({ isDefault: false })
      .where(and(eq(featureSets.productType, input.productType), eq(featureSets.isDefault, true), sql`${featureSets.id} <> ${setId}`));
  await tx
    .update(featureSets)
    .set({ name: input.name, slug: input.slug, description: input.description, productType: input.productType, isDefault: input.isDefault })
    .where(eq(featureSets.id, setId));
  await tx.delete(featureSetItems).where(eq(featureSetItems.setId, setId));
  const unique = [...new Map(input.items.map((i) => [i.featureId, i])).values()];
  if (unique.length) await tx.insert(featureSetItems).values(unique.map((item, position) => ({ setId, ...item, position })));
}

async function setById(db: DbOrTx, id: string): Promise<FeatureSetDef> {
  const found = (await listFeatureSets(db)).find((s) => s.id === id);
  if (!found) throw new AppError("NOT_FOUND", "errors.catalog.featureSetNotFound");
  return found;
}

function mapSetErrors(error: unknown): never {
  if (isUniqueViolation(error)) throw new AppError("CONFLICT", "errors.catalog.slugTaken");
  if ((error as { code?: string }).code === "23503" || /foreign key/i.test(String((error as Error).message)))
    throw new AppError("NOT_FOUND", "errors.catalog.featureNotFound");
  throw error;
}

/**
 * Adds a feature set with its items (order = list order). `isDefault` makes it the type's default
 * (the previous default stops being one). Throws CONFLICT `errors.catalog.slugTaken`,
 * NOT_FOUND `errors.catalog.featureNotFound` for an unknown feature.
 */
export async function createFeatureSet(db: DbOrTx, input: z.output<typeof featureSetInput>): Promise<FeatureSetDef> {
  try {
    const id = await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(featureSets)
        .values({ name: input.name, slug: input.slug, productType: input.productType })
        .returning({ id: featureSets.id });
      await writeSet(tx, row!.id, input);
      return row!.id;
    });
    return setById(db, id);
  } catch (error) {
    return mapSetErrors(error);
  }
}

/** Replaces a feature set's fields and items. Throws as `createFeatureSet`, and NOT_FOUND `errors.catalog.featureSetNotFound`. */
export async function updateFeatureSet(db: DbOrTx, input: z.output<typeof featureSetUpdateInput>): Promise<FeatureSetDef> {
  await setById(db, input.setId);
  try {
    await db.transaction((tx) => writeSet(tx, input.setId, input));
  } catch (error) {
    return mapSetErrors(error);
  }
  return setById(db, input.setId);
}

/** The default feature set of a product type (new products start with it), or null. */
export async function defaultFeatureSet(db: DbOrTx, type: ProductType) {
  const [row] = await db
    .select({ id: featureSets.id })
    .from(featureSets)
    .where(and(eq(featureSets.productType, type), eq(featureSets.isDefault, true)))
    .orderBy(asc(featureSets.name))
    .limit(1);
  return row?.id ?? null;
}
