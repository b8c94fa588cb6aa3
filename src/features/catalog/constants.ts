/**
 * The catalogue's fixed lists and limits, dependency-free so the database schema, the zod schemas,
 * the server and the UI share them. Source of the model: seed 002 (PrestaShop's products,
 * combinations `ps_attribute*` and features `ps_feature*`).
 */

/** What a product is. Fitment links a `part` to a `vehicle`; `other` (oils, tools, clothing) fits nothing. */
export const PRODUCT_TYPES = ["vehicle", "part", "other"] as const;
export type ProductType = (typeof PRODUCT_TYPES)[number];

/** How a part fits a vehicle: `original` = OEM (Oryginał), `replacement` = aftermarket (Zamiennik). */
export const FITMENT_TYPES = ["original", "replacement"] as const;
export type FitmentType = (typeof FITMENT_TYPES)[number];

/** A fitment matrix cell: no fitment, or one of the two types (never both: one row per part × vehicle × shop). */
export type FitmentCell = FitmentType | null;

/** Types of a feature (PrestaShop `ps_feature`; seed 002 §1.2.1). */
export const FEATURE_TYPES = ["text", "number", "boolean", "select", "multiselect", "date"] as const;
export type FeatureType = (typeof FEATURE_TYPES)[number];

/** Colour groups show hex swatches; size groups sort by their values' position. */
export const ATTRIBUTE_GROUP_KINDS = ["color", "size", "other"] as const;
export type AttributeGroupKind = (typeof ATTRIBUTE_GROUP_KINDS)[number];

/** What a variant may take from its parent instead of having its own (seed 002 §1.1.5). */
export const INHERITABLE_FIELDS = ["images", "prices", "stock", "categories", "features"] as const;
export type InheritableField = (typeof INHERITABLE_FIELDS)[number];

/**
 * Category words removed from a vehicle product's name to get its fitment name
 * ("Pit Bike YCF Pilot 125" → "YCF Pilot 125"). The database table `vehicle_category_words`
 * holds the live, editable list; this is what a new installation starts with (seed 002's examples
 * plus the Polish shop categories they come from).
 */
export const DEFAULT_VEHICLE_CATEGORY_WORDS = [
  "Pit Bike",
  "Pitbike",
  "Dirt Bike",
  "Mini Cross",
  "Cross",
  "Enduro",
  "Quad",
  "ATV",
  "UTV",
  "Buggy",
  "Motorower",
  "Skuter",
  "Motocykl",
  "Samochód osobowy",
  "Samochód dostawczy",
  "Samochód",
] as const;

/** Matrix limits: rows and columns a page may ask for, and cells one save may carry. */
export const MATRIX_MAX_ROWS = 500;
export const MATRIX_MAX_COLUMNS = 300;
export const FITMENT_SAVE_MAX_CELLS = 20_000;

/** Variant generator limits: values per group and combinations per product in one run. */
export const GENERATOR_MAX_COMBINATIONS = 500;

/** Pagination of product lists. */
export const CATALOG_PAGE_SIZE = 24;
