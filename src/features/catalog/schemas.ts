import { z } from "zod";
import {
  ATTRIBUTE_GROUP_KINDS,
  FEATURE_TYPES,
  FITMENT_SAVE_MAX_CELLS,
  FITMENT_TYPES,
  GENERATOR_MAX_COMBINATIONS,
  INHERITABLE_FIELDS,
  MATRIX_MAX_COLUMNS,
  MATRIX_MAX_ROWS,
  PRODUCT_TYPES,
} from "./constants";

/** Zod inputs of the catalogue's procedures. Messages are i18n keys (validation.json). */

const id = (error = "validation.invalid") => z.uuid({ error });
const name = (max = 200) => z.string().trim().min(1, { error: "validation.required" }).max(max, { error: "validation.tooLong" });
const optionalText = (max: number) => z.string().trim().max(max, { error: "validation.tooLong" });
const slug = z
  .string()
  .trim()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "validation.catalog.slug" })
  .max(80, { error: "validation.tooLong" });

export const productTypeSchema = z.enum(PRODUCT_TYPES);
export const fitmentTypeSchema = z.enum(FITMENT_TYPES);
export const fitmentCellSchema = fitmentTypeSchema.nullable();
export const featureTypeSchema = z.enum(FEATURE_TYPES);

/** A SKU: letters, digits and . _ / -, starting with a letter or digit, at most 64 characters. */
export const skuSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/, { error: "validation.catalog.sku" });

/** Money in grosze (minor units), 0 to 100 million PLN. */
const grosze = z
  .number({ error: "validation.catalog.price" })
  .int({ error: "validation.catalog.price" })
  .min(0, { error: "validation.catalog.price" })
  .max(10_000_000_000, { error: "validation.catalog.price" });
const stock = z
  .number({ error: "validation.catalog.stock" })
  .int({ error: "validation.catalog.stock" })
  .min(0, { error: "validation.catalog.stock" })
  .max(10_000_000, { error: "validation.catalog.stock" });
const year = z
  .number({ error: "validation.catalog.year" })
  .int({ error: "validation.catalog.year" })
  .min(1886, { error: "validation.catalog.year" })
  .max(2100, { error: "validation.catalog.year" });
const imageUrl = z
  .string()
  .trim()
  .max(2000, { error: "validation.tooLong" })
  .refine((v) => v.startsWith("/") || /^https?:\/\//.test(v), { error: "validation.catalog.imageUrl" });
const brand = name(80);
const page = z.number().int().min(1).max(10_000).default(1);

// ---------- Shops ----------

/** `catalog.shops.create` / `update`: a sales channel. `apiKey`: write-only (undefined = keep, "" = clear). */
export const shopInput = z.object({
  name: name(120),
  slug,
  prestashopUrl: z
    .union([z.literal(""), z.url({ protocol: /^https?$/, error: "validation.catalog.url" })])
    .transform((v) => v || null)
    .nullable()
    .default(null),
  apiKey: z.string().trim().max(200, { error: "validation.tooLong" }).optional(),
  /** null = every brand; [] = none. */
  allowedBrands: z.array(brand).max(500).nullable(),
  active: z.boolean().default(true),
});
export type ShopInput = z.input<typeof shopInput>;
export const shopUpdateInput = shopInput.extend({ shopId: id() });
export const shopIdInput = z.object({ shopId: id() });

// ---------- Products ----------

export const productListInput = z.object({
  q: optionalText(100).default(""),
  type: productTypeSchema.optional(),
  brand: brand.optional(),
  /** Include variants (rows with a parent) in the list. */
  withVariants: z.boolean().default(false),
  page,
});
export type ProductListInput = z.input<typeof productListInput>;

/** `catalog.products.create` / `update`. Vehicles also carry model years; their fitment name is derived from `name`. */
export const productInput = z.object({
  type: productTypeSchema,
  sku: skuSchema,
  name: name(200),
  description: optionalText(5000).default(""),
  brand,
  priceGrosze: grosze,
  currency: z.literal("PLN").default("PLN"),
  stock: stock.default(0),
  images: z.array(imageUrl).max(20).default([]),
  categories: z.array(slug).max(20).default([]),
  active: z.boolean().default(true),
  featureSetId: id().nullable().default(null),
  /** Vehicles: the model within the make; derived from the name when omitted. */
  vehicleModel: optionalText(120).optional(),
  yearFrom: year.nullable().default(null),
  yearTo: year.nullable().default(null),
});
export type ProductInput = z.input<typeof productInput>;
export const productUpdateInput = productInput.extend({ productId: id() });
export const productIdInput = z.object({ productId: id() });
export const productSkuInput = z.object({ sku: z.string().trim().min(1).max(64) });

/** `catalog.categoryWords.set`: the whole list of vehicle category words; vehicle names are re-derived. */
export const categoryWordsInput = z.object({ words: z.array(name(60)).max(200) });

// ---------- Variants ----------

export const attributeGroupInput = z.object({
  name: name(80),
  slug,
  kind: z.enum(ATTRIBUTE_GROUP_KINDS).default("other"),
  position: z.number().int().min(0).max(10_000).default(0),
});
export const attributeGroupUpdateInput = attributeGroupInput.extend({ groupId: id() });
export const attributeValueInput = z.object({
  groupId: id(),
  value: name(80),
  /** "#RRGGBB" for colour groups. */
  colorHex: z
    .string()
    .regex(/^#[0-9A-Fa-f]{6}$/, { error: "validation.catalog.hex" })
    .nullable()
    .default(null),
  position: z.number().int().min(0).max(10_000).default(0),
});
export const attributeValueUpdateInput = attributeValueInput.omit({ groupId: true }).extend({ valueId: id() });
export const attributeValueIdInput = z.object({ valueId: id() });

const inherit = z.object(
  Object.fromEntries(INHERITABLE_FIELDS.map((f) => [f, z.boolean()])) as Record<(typeof INHERITABLE_FIELDS)[number], z.ZodBoolean>,
);
export type InheritFlags = z.infer<typeof inherit>;

/**
 * `catalog.variants.generate`: every combination of the chosen values (one per group), skipping
 * combinations the product already has. `values`: value ids, grouped server-side by their group.
 */
export const generateVariantsInput = z.object({
  productId: id(),
  valueIds: z.array(id()).min(1, { error: "validation.catalog.pickValues" }).max(200),
  inherit: inherit.default({ images: true, prices: true, stock: true, categories: true, features: true }),
});
export type GenerateVariantsInput = z.input<typeof generateVariantsInput>;
/** `catalog.variants.generateMany`: the same combinations for many products at once (seed 002's bulk generator). */
export const generateManyVariantsInput = generateVariantsInput.omit({ productId: true }).extend({
  productIds: z.array(id()).min(1, { error: "validation.catalog.pickProducts" }).max(5_000),
});
export const GENERATOR_LIMIT = GENERATOR_MAX_COMBINATIONS;

/** `catalog.variants.update`: a variant's inherit flags and own values (used when the flag is off). */
export const variantUpdateInput = z.object({
  variantId: id(),
  inherit,
  priceGrosze: grosze.nullable(),
  stock: stock.nullable(),
  images: z.array(imageUrl).max(20),
  active: z.boolean(),
});

// ---------- Features ----------

export const featureInput = z.object({
  name: name(80),
  slug,
  type: featureTypeSchema,
  unit: optionalText(20)
    .transform((v) => v || null)
    .nullable()
    .default(null),
  validation: z
    .object({
      min: z.number().optional(),
      max: z.number().optional(),
      pattern: z
        .string()
        .max(200)
        .refine(
          (p) => {
            try {
              new RegExp(p);
              return true;
            } catch {
              return false;
            }
          },
          { error: "validation.catalog.pattern" },
        )
        .optional(),
    })
    .default({}),
  predefinedValues: z.array(name(120)).max(500).default([]),
  multiValue: z.boolean().default(false),
  position: z.number().int().min(0).max(10_000).default(0),
});
export type FeatureInput = z.input<typeof featureInput>;
export const featureUpdateInput = featureInput.extend({ featureId: id() });

export const featureSetInput = z.object({
  name: name(120),
  slug,
  description: optionalText(1000).default(""),
  productType: productTypeSchema,
  isDefault: z.boolean().default(false),
  items: z
    .array(
      z.object({
        featureId: id(),
        required: z.boolean().default(false),
        defaultValue: optionalText(200)
          .transform((v) => v || null)
          .nullable()
          .default(null),
        helpText: optionalText(300)
          .transform((v) => v || null)
          .nullable()
          .default(null),
      }),
    )
    .max(100),
});
export type FeatureSetInput = z.input<typeof featureSetInput>;
export const featureSetUpdateInput = featureSetInput.extend({ setId: id() });

/** `catalog.featureValues.forProduct`: a product's feature form for the defaults (shopId null) or one shop. */
export const productFeaturesInput = z.object({ productId: id(), shopId: id().nullable() });

/**
 * `catalog.featureValues.set`: values of the product's features for the defaults (shopId null) or
 * one shop's override. `values: null` removes the row (a shop falls back to the default).
 */
export const setFeatureValuesInput = z.object({
  productId: id(),
  shopId: id().nullable(),
  values: z.array(z.object({ featureId: id(), values: z.array(z.string().trim().max(500)).max(200).nullable() })).max(200),
});
export type SetFeatureValuesInput = z.input<typeof setFeatureValuesInput>;

// ---------- Fitment ----------

/** `catalog.fitment.vehiclesOfPart`: shop defaults to the platform storefront. */
export const vehiclesOfPartInput = z.object({ partId: id(), shopId: id().optional() });
/** `catalog.fitment.partsOfVehicle`: shop defaults to the platform storefront. */
export const partsOfVehicleInput = z.object({ vehicleId: id(), shopId: id().optional() });

/** `catalog.matrix.page`: a window of the matrix; rows are parts, columns vehicles of the shop's brands. */
export const matrixPageInput = z.object({
  shopId: id(),
  rowQuery: optionalText(100).default(""),
  rowBrand: brand.optional(),
  /** Only parts with at least one fitment in this shop (true) or with none (false). */
  rowFitted: z.boolean().optional(),
  columnQuery: optionalText(100).default(""),
  /** Narrow columns to these brands (within what the shop accepts). */
  columnBrands: z.array(brand).max(100).optional(),
  rowOffset: z.number().int().min(0).default(0),
  rowLimit: z.number().int().min(1).max(MATRIX_MAX_ROWS).default(200),
  columnOffset: z.number().int().min(0).default(0),
  columnLimit: z.number().int().min(1).max(MATRIX_MAX_COLUMNS).default(100),
});
export type MatrixPageInput = z.input<typeof matrixPageInput>;

/**
 * `catalog.matrix.save`: cell edits in one transaction. `from` is what the editor saw; if the
 * database holds something else now (another admin saved), nothing is written and the answer lists
 * the conflicts. `batchId` makes a resend idempotent.
 */
export const matrixSaveInput = z.object({
  shopId: id(),
  batchId: id(),
  changes: z
    .array(z.object({ partId: id(), vehicleId: id(), from: fitmentCellSchema, to: fitmentCellSchema }))
    .min(1, { error: "validation.catalog.noChanges" })
    .max(FITMENT_SAVE_MAX_CELLS, { error: "validation.catalog.tooManyChanges" }),
});
export type MatrixSaveInput = z.input<typeof matrixSaveInput>;

/** `catalog.matrix.history`: the audit log, newest first, optionally for one part. */
export const matrixHistoryInput = z.object({
  shopId: id(),
  partId: id().optional(),
  limit: z.number().int().min(1).max(200).default(50),
});

/** `catalog.fitment.copyShop`: copy fitment from one shop to another (vehicles the target does not accept are skipped). */
export const copyShopInput = z
  .object({
    fromShopId: id(),
    toShopId: id(),
    /** Only these parts; all parts when omitted. */
    partIds: z.array(id()).max(10_000).optional(),
    /** merge: keep the target's other fitment, overwrite clashes; replace: the target's fitment of those parts becomes the source's. */
    mode: z.enum(["merge", "replace"]).default("merge"),
  })
  .refine((v) => v.fromShopId !== v.toShopId, { error: "validation.catalog.sameShop", path: ["toShopId"] });
export type CopyShopInput = z.input<typeof copyShopInput>;

/** `catalog.fitment.setMeta`: notes and verification of one fitment. */
export const fitmentMetaInput = z.object({
  shopId: id(),
  partId: id(),
  vehicleId: id(),
  notes: optionalText(1000)
    .transform((v) => v || null)
    .nullable(),
  verified: z.boolean(),
});

// ---------- Storefront ----------

/**
 * `catalog.parts.list`: active parts of the storefront. `fitsMyCar`: only parts that fit the
 * signed-in customer's car (`vehicleId` from their garage, else their default car).
 */
export const storefrontListInput = z.object({
  q: optionalText(100).default(""),
  brand: brand.optional(),
  fitsMyCar: z.boolean().default(false),
  vehicleId: id().optional(),
  page,
});
export type StorefrontListInput = z.input<typeof storefrontListInput>;
