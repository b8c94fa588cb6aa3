import { eq, inArray, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { DbOrTx } from "@/server/db/client";
import {
  attributeGroups,
  attributeValues,
  featureSetItems,
  featureSets,
  features,
  fitments,
  productFeatureValues,
  productVariantAttributes,
  products,
  shops,
} from "@/server/db/schema";
import { buildCatalogPlan, type CatalogPlan } from "./catalog-plan";

/** Catalogue rows the seed inserted, per kind (0 everywhere when they were already there). */
export type CatalogSeedSummary = {
  catalogVehicles: number;
  catalogParts: number;
  /** Clothing, helmets, oils (parents). */
  catalogOther: number;
  catalogVariants: number;
  fitments: number;
  featureValues: number;
};

/** Rows per statement, as in the rest of the seed. */
const CHUNK = 1_000;

const snakeCase = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * Inserts rows (`on conflict do nothing`) as one JSON parameter per 1,000 rows, expanded by
 * `jsonb_populate_recordset` into the table's own row type. A typed drizzle insert sends one
 * parameter per value: for 11,000 products and 100,000 fitments the driver's per-parameter work took
 * most of the catalogue's time (fitments alone ~12 s on PGlite, ~5 s this way). A key some rows of a
 * chunk lack inserts null there, not the column default: give every row the same keys.
 * @returns the ids of the inserted rows when the table has an `id` column, else their number.
 */
async function insertJson(tx: DbOrTx, table: PgTable, rows: readonly Record<string, unknown>[], returnIds: true): Promise<string[]>;
async function insertJson(tx: DbOrTx, table: PgTable, rows: readonly Record<string, unknown>[], returnIds: false): Promise<number>;
async function insertJson(tx: DbOrTx, table: PgTable, rows: readonly Record<string, unknown>[], returnIds: boolean) {
  const ids: string[] = [];
  let count = 0;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const keys = [...new Set(chunk.flatMap((row) => Object.keys(row)))];
    const names = keys.map(snakeCase);
    const columns = sql.raw(names.map((n) => `"${n}"`).join(", "));
    const json = JSON.stringify(
      chunk.map((row) => {
        const out: Record<string, unknown> = {};
        keys.forEach((k, j) => (out[names[j]!] = row[k] ?? null));
        return out;
      }),
    );
    const result = await tx.execute<{ id: string }>(sql`
      insert into ${table} (${columns})
      select ${columns} from jsonb_populate_recordset(null::${table}, ${json}::jsonb)
      on conflict do nothing
      ${returnIds ? sql`returning id` : sql``}`);
    count += result.count;
    if (returnIds) for (const row of result) ids.push(row.id);
  }
  return returnIds ? ids : count;
}

/** Values of the product columns with defaults, so every row names every column (see `insertJson`). */
const PRODUCT_DEFAULTS = {
  parentId: null,
  description: "",
  priceGrosze: null,
  stock: null,
  categories: [] as string[],
  active: true,
  featureSetId: null as string | null,
  vehicleName: null,
  vehicleModel: null,
  vehicleMakeKey: null,
  vehicleModelKey: null,
  yearFrom: null,
  yearTo: null,
  inheritPrices: true,
  inheritStock: true,
  combinationKey: null,
};

/**
 * Definitions (features, feature sets, attribute groups and values) may already exist under the same
 * slug, made by someone else (an admin, another test): the catalogue then uses theirs.
 * @returns planned id → the id in the database.
 */
async function resolveDefinitions(tx: DbOrTx, plan: CatalogPlan) {
  const ids = new Map<string, string>();

  await tx.insert(features).values(plan.features).onConflictDoNothing();
  const featureRows = await tx
    .select({ id: features.id, slug: features.slug })
    .from(features)
    .where(
      inArray(
        features.slug,
        plan.features.map((f) => f.slug),
      ),
    );
  const featureBySlug = new Map(featureRows.map((r) => [r.slug, r.id]));
  for (const f of plan.features) ids.set(f.id, featureBySlug.get(f.slug)!);

  // A set may lose its slug to someone else's, or its "default for the type" to another default set:
  // the second insert keeps ours, as a non-default set.
  const freshSets = new Set<string>();
  for (const attempt of [plan.featureSets, plan.featureSets.map((s) => ({ ...s, isDefault: false }))]) {
    const inserted = await tx.insert(featureSets).values(attempt).onConflictDoNothing().returning({ id: featureSets.id });
    for (const r of inserted) freshSets.add(r.id);
  }
  const setRows = await tx
    .select({ id: featureSets.id, slug: featureSets.slug })
    .from(featureSets)
    .where(
      inArray(
        featureSets.slug,
        plan.featureSets.map((s) => s.slug),
      ),
    );
  const setBySlug = new Map(setRows.map((r) => [r.slug, r.id]));
  for (const s of plan.featureSets) ids.set(s.id, setBySlug.get(s.slug)!);
  const items = plan.featureSetItems.filter((i) => freshSets.has(i.setId)).map((i) => ({ ...i, featureId: ids.get(i.featureId)! }));
  if (items.length) await tx.insert(featureSetItems).values(items).onConflictDoNothing();

  await tx.insert(attributeGroups).values(plan.attributeGroups).onConflictDoNothing();
  const groupRows = await tx
    .select({ id: attributeGroups.id, slug: attributeGroups.slug })
    .from(attributeGroups)
    .where(
      inArray(
        attributeGroups.slug,
        plan.attributeGroups.map((g) => g.slug),
      ),
    );
  const groupBySlug = new Map(groupRows.map((r) => [r.slug, r.id]));
  for (const g of plan.attributeGroups) ids.set(g.id, groupBySlug.get(g.slug)!);
  await tx
    .insert(attributeValues)
    .values(plan.attributeValues.map((v) => ({ ...v, groupId: ids.get(v.groupId)! })))
    .onConflictDoNothing();
  const valueRows = await tx
    .select({ id: attributeValues.id, groupId: attributeValues.groupId, slug: attributeValues.slug })
    .from(attributeValues)
    .where(inArray(attributeValues.groupId, [...groupBySlug.values()]));
  const valueByKey = new Map(valueRows.map((r) => [`${r.groupId}:${r.slug}`, r.id]));
  for (const v of plan.attributeValues) {
    const actual = valueByKey.get(`${ids.get(v.groupId)}:${v.slug}`);
    // Someone else's group of that slug may lack one of our values (and ours may clash with theirs).
    if (actual) ids.set(v.id, actual);
  }
  return ids;
}

/**
 * Loads the demo parts catalogue (seed 002; see `buildCatalogPlan`): features (Model, Rok produkcji,
 * Pojemność silnika…) and four feature sets, attribute groups Kolor / Rozmiar / Materiał / Pojemność,
 * ~660 vehicles (car generations named as NHTSA vPIC names the models, pit bikes, quads), 10,000
 * parts, 60 clothing and oil products with ~500 variants, the PrestaShop shop "Sklep YCF" (pit-bike
 * and quad brands only) and ~100,000 fitments: ~70,000 in the platform storefront, ~30,000 in Sklep YCF.
 *
 * Idempotent like the rest of the seed: `on conflict do nothing`, and children (feature values,
 * variants, fitments) only for parents this run inserted. Rows a user made with the same slug or SKU
 * win: definitions are then shared, and our product of that SKU (and its children) is left out.
 * Runs inside the caller's transaction.
 * @param opts.adminId the demo admin (author and verifier of the fitments), null when it is not ours.
 * @returns how many rows of each kind were inserted.
 */
export async function seedDemoCatalog(
  tx: DbOrTx,
  opts: { adminId: string | null; log?: (msg: string) => void },
): Promise<CatalogSeedSummary> {
  const log = opts.log ?? (() => {});
  const started = performance.now();
  const plan = buildCatalogPlan();
  const planned = performance.now();

  const ids = await resolveDefinitions(tx, plan);
  const mapped = (id: string | null | undefined) => (id ? (ids.get(id) ?? id) : id);

  await tx.insert(shops).values(plan.shop).onConflictDoNothing();
  const [platform] = await tx.select({ id: shops.id }).from(shops).where(eq(shops.isPlatform, true)).limit(1);
  const [demo] = await tx.select({ id: shops.id }).from(shops).where(eq(shops.slug, plan.shop.slug)).limit(1);
  // A shop of that slug someone else made keeps its own brands and fitment: none of ours goes there.
  const shopIds: Record<"platform" | "demo", string | null> = {
    platform: platform?.id ?? null,
    demo: demo?.id === plan.shop.id ? demo.id : null,
  };

  const insertProducts = (rows: CatalogPlan["parts"]) =>
    insertJson(
      tx,
      products,
      rows.map((p) => ({ ...PRODUCT_DEFAULTS, ...p, featureSetId: mapped(p.featureSetId) ?? null })),
      true,
    );
  const freshVehicles = await insertProducts(plan.vehicles);
  const freshParts = await insertProducts(plan.parts);
  const freshOthers = await insertProducts(plan.others);
  const fresh = new Set([...freshVehicles, ...freshParts, ...freshOthers]);

  // Variants of new parents; their combination key is rebuilt from the value ids in the database.
  const valuesOf = new Map<string, string[]>();
  for (const a of plan.variantAttributes) valuesOf.set(a.variantId, [...(valuesOf.get(a.variantId) ?? []), mapped(a.valueId)!]);
  const variants = plan.variants
    .filter((v) => fresh.has(v.parentId!))
    .map((v) => ({ ...v, combinationKey: [...valuesOf.get(v.id)!].sort().join("+") }));
  const freshVariants = new Set(await insertProducts(variants));
  const knownValues = new Set(ids.values());
  await insertJson(
    tx,
    productVariantAttributes,
    plan.variantAttributes
      .filter((a) => freshVariants.has(a.variantId) && knownValues.has(mapped(a.valueId)!))
      .map((a) => ({ ...a, groupId: mapped(a.groupId)!, valueId: mapped(a.valueId)! })),
    false,
  );

  const featureValues = await insertJson(
    tx,
    productFeatureValues,
    plan.featureValues
      .filter((v) => fresh.has(v.productId) && (v.shopId === null || v.shopId === shopIds.demo))
      .map((v) => ({ ...v, featureId: mapped(v.featureId)! })),
    false,
  );

  // Fitment of new parts, to vehicles that are ours (inserted now or by an earlier run).
  const planVehicles = plan.vehicles.map((v) => v.id);
  const vehicleIds = new Set(
    (await tx.select({ id: products.id }).from(products).where(inArray(products.id, planVehicles))).map((r) => r.id),
  );
  const adminId = opts.adminId;
  // Fixed dates (autumn 2025), so the data does not depend on the clock.
  const verifiedAt = (i: number) => new Date(Date.UTC(2025, 8, 1 + (i % 90), 8 + (i % 9), (i * 7) % 60));
  const fitmentRows = plan.fitments.flatMap((f, i) => {
    const shopId = shopIds[f.shop];
    if (!shopId || !fresh.has(f.partId) || !vehicleIds.has(f.vehicleId)) return [];
    const verified = f.verified && !!adminId;
    return [
      {
        shopId,
        partId: f.partId,
        vehicleId: f.vehicleId,
        type: f.type,
        notes: f.notes,
        verifiedBy: verified ? adminId : null,
        verifiedAt: verified ? verifiedAt(i) : null,
        createdBy: adminId,
      },
    ];
  });
  const fitmentCount = await insertJson(tx, fitments, fitmentRows, false);

  const summary: CatalogSeedSummary = {
    catalogVehicles: freshVehicles.length,
    catalogParts: freshParts.length,
    catalogOther: freshOthers.length,
    catalogVariants: freshVariants.size,
    fitments: fitmentCount,
    featureValues,
  };
  log(
    `Demo catalogue: ${summary.catalogVehicles} vehicles, ${summary.catalogParts} parts, ${summary.catalogOther} other products ` +
      `(+${summary.catalogVariants} variants), ${summary.fitments} fitments (plan ${Math.round(planned - started)} ms, ` +
      `inserted in ${Math.round(performance.now() - planned)} ms)`,
  );
  return summary;
}
