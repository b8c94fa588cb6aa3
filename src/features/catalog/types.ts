import type { AttributeGroupKind, FeatureType, FitmentType, InheritableField, ProductType } from "./constants";

/** Output shapes of the catalogue's procedures (client-safe). Money in grosze; times are Date (UTC). */

export type ShopSummary = {
  id: string;
  slug: string;
  name: string;
  prestashopUrl: string | null;
  /** Whether a PrestaShop key is stored (the key itself never leaves the server). */
  hasApiKey: boolean;
  /** null = every brand; [] = none. */
  allowedBrands: string[] | null;
  isPlatform: boolean;
  active: boolean;
  fitmentCount: number;
};

/** A vehicle brand of the catalogue, with how many vehicle products carry it. */
export type BrandSummary = { brand: string; vehicles: number };

export type ProductRow = {
  id: string;
  type: ProductType;
  sku: string;
  name: string;
  brand: string;
  /** Effective (a variant's own or its parent's). */
  priceGrosze: number;
  currency: string;
  stock: number;
  image: string | null;
  active: boolean;
  parentId: string | null;
  variantCount: number;
  /** Vehicles: the fitment name ("YCF Pilot 125"). */
  vehicleName: string | null;
};

export type ProductList = { items: ProductRow[]; total: number; page: number; pageSize: number };

export type VehicleRef = {
  id: string;
  sku: string;
  name: string;
  vehicleName: string;
  brand: string;
  yearFrom: number | null;
  yearTo: number | null;
};

export type FitmentEntry = VehicleRef & {
  type: FitmentType;
  notes: string | null;
  verifiedAt: Date | null;
  verifiedByName: string | null;
};

/** A part's vehicles in one shop, split by type; `model` is their union (vehicle names, sorted), never edited. */
export type PartFitment = {
  shop: { id: string; name: string };
  original: FitmentEntry[];
  replacement: FitmentEntry[];
  model: string[];
};

export type PartRef = {
  id: string;
  sku: string;
  name: string;
  brand: string;
  priceGrosze: number;
  currency: string;
  stock: number;
  image: string | null;
};

/** A vehicle's matching parts in one shop, split by type. */
export type VehicleParts = { shop: { id: string; name: string }; original: PartRef[]; replacement: PartRef[] };

export type CombinationPart = { groupId: string; groupName: string; valueId: string; value: string; colorHex: string | null };

export type VariantRow = {
  id: string;
  sku: string;
  name: string;
  active: boolean;
  combination: CombinationPart[];
  inherit: Record<InheritableField, boolean>;
  /** Own values (null = none of its own). */
  priceGrosze: number | null;
  stock: number | null;
  images: string[];
  /** What the variant shows: own values where the flag is off, the parent's where it is on. */
  effective: { priceGrosze: number; stock: number; images: string[]; categories: string[] };
};

export type ProductDetail = {
  id: string;
  type: ProductType;
  sku: string;
  name: string;
  description: string;
  brand: string;
  /** Effective values (a variant's resolved through its parent). */
  priceGrosze: number;
  currency: string;
  stock: number;
  images: string[];
  categories: string[];
  active: boolean;
  featureSetId: string | null;
  vehicleName: string | null;
  vehicleModel: string | null;
  yearFrom: number | null;
  yearTo: number | null;
  parent: { id: string; sku: string; name: string } | null;
  combination: CombinationPart[];
  variants: VariantRow[];
  /** Feature values the storefront shows (platform shop, falling back to defaults); the derived Model included for parts. */
  features: { featureId: string; name: string; unit: string | null; values: string[] }[];
};

export type AttributeValueDef = { id: string; value: string; slug: string; colorHex: string | null; position: number; active: boolean };
export type AttributeGroupDef = {
  id: string;
  slug: string;
  name: string;
  kind: AttributeGroupKind;
  position: number;
  active: boolean;
  values: AttributeValueDef[];
};

export type FeatureDef = {
  id: string;
  slug: string;
  name: string;
  type: FeatureType;
  unit: string | null;
  validation: { min?: number; max?: number; pattern?: string };
  predefinedValues: string[];
  multiValue: boolean;
  /** Filled by Pitstop (the derived Model); read-only in forms. */
  system: boolean;
  position: number;
};

export type FeatureSetDef = {
  id: string;
  slug: string;
  name: string;
  description: string;
  productType: ProductType;
  isDefault: boolean;
  items: { featureId: string; required: boolean; defaultValue: string | null; helpText: string | null; position: number }[];
};

/** One field of a product's feature form for a scope (defaults or a shop). */
export type FeatureField = {
  feature: FeatureDef;
  required: boolean;
  helpText: string | null;
  defaultValue: string | null;
  /** The row of this scope (null = none). */
  own: string[] | null;
  /** What applies without `own`: for a shop the default row, for a variant inheriting features the parent's. */
  inherited: string[] | null;
  effective: string[];
};

export type ProductFeatureForm = {
  productId: string;
  shopId: string | null;
  featureSet: { id: string; name: string } | null;
  fields: FeatureField[];
};

export type MatrixRow = { id: string; sku: string; name: string; brand: string; fitmentCount: number };
export type MatrixColumn = { id: string; vehicleName: string; brand: string; yearFrom: number | null; yearTo: number | null };

/**
 * A window of the fitment matrix. `cells`: [row index, column index, type] for every non-empty
 * cell of the window (indexes into `rows` / `columns`).
 */
export type MatrixPage = {
  shop: { id: string; name: string; allowedBrands: string[] | null };
  rows: MatrixRow[];
  columns: MatrixColumn[];
  cells: [number, number, FitmentType][];
  totalRows: number;
  totalColumns: number;
  /** Brands the columns may be narrowed to (the shop's accepted brands that have vehicles). */
  columnBrands: string[];
};

export type MatrixConflict = { partId: string; vehicleId: string; current: FitmentType | null };

export type MatrixSaveResult =
  { ok: true; batchId: string; applied: number; replayed: boolean } | { ok: false; conflicts: MatrixConflict[] };

export type FitmentHistoryEntry = {
  id: number;
  batchId: string;
  partId: string;
  partSku: string | null;
  partName: string | null;
  vehicleId: string;
  vehicleName: string | null;
  before: FitmentType | null;
  after: FitmentType | null;
  actorName: string | null;
  at: Date;
};

export type StorefrontPart = PartRef & {
  /** How it fits the chosen car (null: it does not, or no car). */
  fits: FitmentType | null;
};

export type StorefrontList = {
  items: StorefrontPart[];
  total: number;
  page: number;
  pageSize: number;
  /** The garage car fitment is checked against, and the catalogue vehicles it matched (make + model + year). */
  car: { id: string; label: string; catalogueVehicles: VehicleRef[] } | null;
  cars: { id: string; label: string }[];
  brands: string[];
};
