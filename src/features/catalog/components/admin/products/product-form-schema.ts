import { z } from "zod";
import { groszeToZlotyInput } from "@/lib/format";
import type { ProductType } from "../../../constants";
import { productInput } from "../../../schemas";
import type { ProductDetail } from "../../../types";
import { zlotyToGrosze } from "./zloty-text";

const fields = productInput.shape;

/** Złoty as typed ("120", "120,50") → grosze, then the product schema's own price rule. */
const zloty = z.string().transform(zlotyToGrosze).pipe(fields.priceGrosze);

/** A whole number as typed; empty counts as 0. */
const stockText = z
  .string()
  .trim()
  .transform((value) => value || "0")
  .pipe(z.string().regex(/^\d+$/, { error: "validation.catalog.stock" }))
  .transform(Number)
  .pipe(fields.stock.unwrap());

/** A model year as typed; empty means "not given" (null). */
const yearText = z
  .string()
  .trim()
  .transform((value) => (value === "" ? null : Number(value)))
  .pipe(fields.yearFrom.unwrap());

/**
 * What the product form edits: the price as złoty text, stock and years as text, everything else
 * as `productInput` has it. Parses into `productInput`'s own field rules (same i18n-key messages),
 * so what the form sends is what `catalog.products.create` / `update` accept. Fields that only
 * vehicles have are dropped for other types.
 */
export const productFormSchema = z
  .object({
    type: z
      .string()
      .refine((v) => v !== "", { error: "validation.required" })
      .pipe(fields.type),
    sku: fields.sku,
    name: fields.name,
    description: fields.description,
    brand: fields.brand,
    price: zloty,
    stock: stockText,
    images: fields.images,
    categories: fields.categories,
    active: z.boolean(),
    featureSetId: fields.featureSetId,
    vehicleModel: z
      .string()
      .trim()
      .transform((v) => v || undefined)
      .pipe(fields.vehicleModel),
    yearFrom: yearText,
    yearTo: yearText,
  })
  .refine((v) => v.type !== "vehicle" || v.yearFrom === null || v.yearTo === null || v.yearFrom <= v.yearTo, {
    error: "errors.catalog.vehicleYears",
    path: ["yearTo"],
  })
  .transform(({ price, ...v }) => ({
    ...v,
    priceGrosze: price,
    currency: "PLN" as const,
    ...(v.type === "vehicle" ? {} : { vehicleModel: undefined, yearFrom: null, yearTo: null }),
  }));

export type ProductFormValues = z.input<typeof productFormSchema>;
export type ProductFormOutput = z.output<typeof productFormSchema>;

/** Starting values: an existing product (grosze shown as złoty) or a blank one of `type` ("" = not chosen yet). */
export function productFormDefaults(product: ProductDetail | null, locale: string, type: ProductType | "" = ""): ProductFormValues {
  if (!product) {
    return {
      type,
      sku: "",
      name: "",
      description: "",
      brand: "",
      price: "",
      stock: "0",
      images: [],
      categories: [],
      active: true,
      featureSetId: null,
      vehicleModel: "",
      yearFrom: "",
      yearTo: "",
    };
  }
  return {
    type: product.type,
    sku: product.sku,
    name: product.name,
    description: product.description,
    brand: product.brand,
    price: groszeToZlotyInput(product.priceGrosze, locale),
    stock: String(product.stock),
    images: product.images,
    categories: product.categories,
    active: product.active,
    featureSetId: product.featureSetId,
    vehicleModel: product.vehicleModel ?? "",
    yearFrom: product.yearFrom === null ? "" : String(product.yearFrom),
    yearTo: product.yearTo === null ? "" : String(product.yearTo),
  };
}
