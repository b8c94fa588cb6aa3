import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  foreignKey,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import { ATTRIBUTE_GROUP_KINDS, FEATURE_TYPES, FITMENT_TYPES, PRODUCT_TYPES } from "@/features/catalog/constants";
import { users } from "./accounts";

/**
 * The parts catalogue (seed 002): products typed vehicle / part / other, variants (PrestaShop
 * combinations), features and feature sets (PrestaShop features), shops (sales channels) and
 * fitment (which part fits which vehicle, per shop, original or replacement).
 */

export const productType = pgEnum("product_type", PRODUCT_TYPES);
export const fitmentType = pgEnum("fitment_type", FITMENT_TYPES);
export const featureType = pgEnum("feature_type", FEATURE_TYPES);
export const attributeGroupKind = pgEnum("attribute_group_kind", ATTRIBUTE_GROUP_KINDS);

/**
 * Sales channels: PrestaShop shops and the platform's own storefront (`is_platform`, exactly one).
 * `allowed_brands`: vehicle brands whose vehicles this shop's fitment may name; null = all, empty = none.
 */
export const shops = pgTable(
  "shops",
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: text().notNull().unique(),
    name: text().notNull(),
    /** PrestaShop webservice base URL (e.g. https://sklep.example/api); null for the storefront. */
    prestashopUrl: text(),
    /** PrestaShop webservice key, AES-256-GCM encrypted (`features/catalog/server/secrets.ts`); never sent to a browser. */
    apiKeyEncrypted: text(),
    allowedBrands: text().array(),
    isPlatform: boolean().notNull().default(false),
    active: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    uniqueIndex("shops_one_platform_key")
      .on(t.isPlatform)
      .where(sql`${t.isPlatform}`),
  ],
);

/** Words removed from vehicle product names to get the fitment name ("Pit Bike", "Quad"…); editable data. */
export const vehicleCategoryWords = pgTable("vehicle_category_words", {
  word: text().primaryKey(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/**
 * Products. A variant (PrestaShop combination) is a product with `parent_id` and its own SKU; its
 * null price / stock / images mean "inherit" when the matching `inherit_*` flag is set.
 * Money in grosze (minor units of `currency`).
 */
export const products = pgTable(
  "products",
  {
    id: uuid().primaryKey().defaultRandom(),
    type: productType().notNull(),
    parentId: uuid().references((): AnyPgColumn => products.id, { onDelete: "cascade" }),
    sku: text().notNull(),
    name: text().notNull(),
    description: text().notNull().default(""),
    /** Manufacturer; for vehicles the make (YCF, Toyota) that shops filter by. */
    brand: text().notNull(),
    priceGrosze: integer(),
    currency: text().notNull().default("PLN"),
    stock: integer(),
    /** Image URLs in display order. */
    images: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Category slugs (the storefront's tree comes with the PrestaShop sync). */
    categories: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    active: boolean().notNull().default(true),
    featureSetId: uuid().references((): AnyPgColumn => featureSets.id, { onDelete: "set null" }),
    /** Vehicles: the product name without category words ("YCF Pilot 125"), the name fitment shows. */
    vehicleName: text(),
    /** Vehicles: the model within the make ("Pilot 125"); matched with garage cars. */
    vehicleModel: text(),
    /** Vehicles: normalised make and model (lower-case ASCII letters and digits) for the garage link. */
    vehicleMakeKey: text(),
    vehicleModelKey: text(),
    /** Vehicles: model years covered (inclusive). */
    yearFrom: smallint(),
    yearTo: smallint(),
    inheritImages: boolean().notNull().default(true),
    inheritPrices: boolean().notNull().default(true),
    inheritStock: boolean().notNull().default(true),
    inheritCategories: boolean().notNull().default(true),
    inheritFeatures: boolean().notNull().default(true),
    /** Variants: the attribute value ids of the combination, sorted and joined with "+". */
    combinationKey: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    uniqueIndex("products_sku_key").on(sql`lower(${t.sku})`),
    unique("products_id_type_key").on(t.id, t.type),
    uniqueIndex("products_combination_key")
      .on(t.parentId, t.combinationKey)
      .where(sql`${t.parentId} is not null`),
    index("products_type_idx").on(t.type, t.active, t.name),
    index("products_parent_idx").on(t.parentId),
    /** The matrix's rows: parts (not variants) by SKU. */
    index("products_part_sku_idx")
      .on(t.sku)
      .where(sql`${t.type} = 'part' and ${t.parentId} is null`),
    index("products_brand_idx").on(t.type, t.brand),
    index("products_vehicle_key_idx")
      .on(t.vehicleMakeKey, t.vehicleModelKey)
      .where(sql`${t.type} = 'vehicle'`),
    index("products_name_trgm_idx").using("gin", sql`${t.name} gin_trgm_ops`),
    index("products_sku_trgm_idx").using("gin", sql`${t.sku} gin_trgm_ops`),
    check("products_price", sql`${t.priceGrosze} is null or ${t.priceGrosze} between 0 and 10000000000`),
    check("products_price_required", sql`${t.priceGrosze} is not null or ${t.parentId} is not null`),
    check("products_stock", sql`${t.stock} is null or ${t.stock} >= 0`),
    check("products_sku_format", sql`${t.sku} ~ '^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$'`),
    check("products_variant_combination", sql`(${t.parentId} is null) = (${t.combinationKey} is null)`),
    check("products_vehicle_fields", sql`${t.type} = 'vehicle' or (${t.vehicleName} is null and ${t.vehicleModel} is null)`),
    check("products_vehicle_name", sql`${t.type} <> 'vehicle' or ${t.parentId} is not null or ${t.vehicleName} is not null`),
    check("products_years", sql`${t.yearFrom} is null or ${t.yearTo} is null or ${t.yearFrom} <= ${t.yearTo}`),
  ],
);

/** Attribute groups for variants (Kolor, Rozmiar…; PrestaShop `ps_attribute_group`). */
export const attributeGroups = pgTable("attribute_groups", {
  id: uuid().primaryKey().defaultRandom(),
  slug: text().notNull().unique(),
  name: text().notNull(),
  kind: attributeGroupKind().notNull().default("other"),
  position: integer().notNull().default(0),
  active: boolean().notNull().default(true),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** Values of an attribute group (Czerwony #FF0000, XXL; PrestaShop `ps_attribute`). */
export const attributeValues = pgTable(
  "attribute_values",
  {
    id: uuid().primaryKey().defaultRandom(),
    groupId: uuid()
      .notNull()
      .references(() => attributeGroups.id, { onDelete: "cascade" }),
    value: text().notNull(),
    slug: text().notNull(),
    /** Colour groups: "#RRGGBB". */
    colorHex: text(),
    /** Order within the group (sizes: S < M < L). */
    position: integer().notNull().default(0),
    active: boolean().notNull().default(true),
  },
  (t) => [
    unique("attribute_values_group_slug_key").on(t.groupId, t.slug),
    unique("attribute_values_id_group_key").on(t.id, t.groupId),
    check("attribute_values_hex", sql`${t.colorHex} is null or ${t.colorHex} ~ '^#[0-9A-Fa-f]{6}$'`),
  ],
);

/** A variant's combination: one value per group (PrestaShop `ps_product_attribute_combination`). */
export const productVariantAttributes = pgTable(
  "product_variant_attributes",
  {
    variantId: uuid()
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    groupId: uuid().notNull(),
    valueId: uuid().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.variantId, t.groupId] }),
    foreignKey({ columns: [t.valueId, t.groupId], foreignColumns: [attributeValues.id, attributeValues.groupId] }).onDelete("cascade"),
    index("product_variant_attributes_value_idx").on(t.valueId),
  ],
);

/** Validation of a feature's values: numbers within min/max, text matching a pattern (e.g. a VIN). */
export type FeatureValidation = { min?: number; max?: number; pattern?: string };

/** Features (Model, Rok produkcji, Pojemność silnika…; PrestaShop `ps_feature`). */
export const features = pgTable("features", {
  id: uuid().primaryKey().defaultRandom(),
  slug: text().notNull().unique(),
  name: text().notNull(),
  type: featureType().notNull().default("text"),
  unit: text(),
  validation: jsonb().$type<FeatureValidation>().notNull().default({}),
  /** Allowed values for select / multiselect. */
  predefinedValues: text()
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  /** A product may hold several values (PrestaShop: several `ps_feature_product` rows). */
  multiValue: boolean().notNull().default(false),
  /** Filled by the system (the derived Model), never edited by hand. */
  system: boolean().notNull().default(false),
  position: integer().notNull().default(0),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** Feature sets: templates of features per product type ("Pojazdy elektryczne", "Pojazdy spalinowe"). */
export const featureSets = pgTable(
  "feature_sets",
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: text().notNull().unique(),
    name: text().notNull(),
    description: text().notNull().default(""),
    productType: productType().notNull(),
    /** The set new products of this type start with (at most one per type). */
    isDefault: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("feature_sets_one_default_key")
      .on(t.productType)
      .where(sql`${t.isDefault}`),
  ],
);

/** Features in a set, with required flag, default value and help text. */
export const featureSetItems = pgTable(
  "feature_set_items",
  {
    setId: uuid()
      .notNull()
      .references(() => featureSets.id, { onDelete: "cascade" }),
    featureId: uuid()
      .notNull()
      .references(() => features.id, { onDelete: "cascade" }),
    required: boolean().notNull().default(false),
    defaultValue: text(),
    helpText: text(),
    position: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.setId, t.featureId] }), index("feature_set_items_feature_idx").on(t.featureId)],
);

/**
 * A product's feature values: `shop_id` null = the default every shop sees, a shop id = that shop's
 * override. Several values for multi-value features (in order).
 */
export const productFeatureValues = pgTable(
  "product_feature_values",
  {
    id: uuid().primaryKey().defaultRandom(),
    productId: uuid()
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    featureId: uuid()
      .notNull()
      .references(() => features.id, { onDelete: "cascade" }),
    shopId: uuid().references(() => shops.id, { onDelete: "cascade" }),
    values: text().array().notNull(),
    updatedAt: timestamp({ withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    unique("product_feature_values_key").on(t.productId, t.featureId, t.shopId).nullsNotDistinct(),
    index("product_feature_values_feature_idx").on(t.featureId),
    check("product_feature_values_not_empty", sql`cardinality(${t.values}) > 0`),
  ],
);

/**
 * Fitment: part × vehicle × shop, original or replacement. The primary key makes "both original and
 * replacement for the same part, vehicle and shop" impossible; the composite foreign keys through
 * `(id, type)` make "the part is a part, the vehicle a vehicle" a constraint; the trigger
 * `fitments_brand_allowed` (migration 0005) rejects vehicles whose brand the shop does not accept.
 */
export const fitments = pgTable(
  "fitments",
  {
    shopId: uuid()
      .notNull()
      .references(() => shops.id, { onDelete: "cascade" }),
    partId: uuid().notNull(),
    vehicleId: uuid().notNull(),
    partType: productType().notNull().default("part"),
    vehicleType: productType().notNull().default("vehicle"),
    type: fitmentType().notNull(),
    notes: text(),
    verifiedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    verifiedAt: timestamp({ withTimezone: true }),
    createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: "fitments_pkey", columns: [t.shopId, t.partId, t.vehicleId] }),
    foreignKey({ name: "fitments_part_fk", columns: [t.partId, t.partType], foreignColumns: [products.id, products.type] }).onDelete(
      "cascade",
    ),
    foreignKey({
      name: "fitments_vehicle_fk",
      columns: [t.vehicleId, t.vehicleType],
      foreignColumns: [products.id, products.type],
    }).onDelete("cascade"),
    /** "Parts of a vehicle in a shop", by type, answered from the index alone. */
    index("fitments_vehicle_idx").on(t.shopId, t.vehicleId, t.type, t.partId),
    check("fitments_part_is_part", sql`${t.partType} = 'part'`),
    check("fitments_vehicle_is_vehicle", sql`${t.vehicleType} = 'vehicle'`),
  ],
);

/** Who changed which fitment cell, from what to what (null = no fitment); one `batch_id` per save. */
export const fitmentChanges = pgTable(
  "fitment_changes",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    batchId: uuid().notNull(),
    shopId: uuid()
      .notNull()
      .references(() => shops.id, { onDelete: "cascade" }),
    partId: uuid().notNull(),
    vehicleId: uuid().notNull(),
    before: fitmentType(),
    after: fitmentType(),
    actorId: uuid().references(() => users.id, { onDelete: "set null" }),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("fitment_changes_part_idx").on(t.shopId, t.partId, t.at),
    index("fitment_changes_at_idx").on(t.at),
    index("fitment_changes_batch_idx").on(t.batchId),
  ],
);
