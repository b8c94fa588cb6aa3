import { z } from "zod";
import { groszeToZlotyInput } from "@/lib/format";
import { INHERITABLE_FIELDS } from "../../../constants";
import { productInput, variantUpdateInput } from "../../../schemas";
import type { VariantRow } from "../../../types";
import { zlotyToGrosze } from "./zloty-text";

const fields = variantUpdateInput.shape;

/** Złoty as typed → grosze; empty → null (no own price). */
const optionalZloty = z
  .string()
  .trim()
  .transform((value, ctx) => (value === "" ? null : zlotyToGrosze(value, ctx)))
  .pipe(fields.priceGrosze);

/** A whole number as typed; empty → null (no own stock). */
const optionalStock = z
  .string()
  .trim()
  .transform((value) => (value === "" ? null : value))
  .pipe(z.string().regex(/^\d+$/, { error: "validation.catalog.stock" }).transform(Number).nullable())
  .pipe(fields.stock);

/**
 * What the variant editor edits: inherit flags, and own price (złoty text), stock (text) and images
 * used where a flag is off, which then must be given. Parses into `catalog.variants.update`'s input
 * without `variantId`; own values kept while inheriting are sent back unchanged.
 */
export const variantFormSchema = z
  .object({
    inherit: fields.inherit,
    price: optionalZloty,
    stock: optionalStock,
    images: productInput.shape.images.unwrap(),
    active: z.boolean(),
  })
  .superRefine((v, ctx) => {
    if (!v.inherit.prices && v.price === null) ctx.addIssue({ code: "custom", message: "validation.required", path: ["price"] });
    if (!v.inherit.stock && v.stock === null) ctx.addIssue({ code: "custom", message: "validation.required", path: ["stock"] });
  })
  .transform(({ price, ...v }) => ({ ...v, priceGrosze: price }));

export type VariantFormValues = z.input<typeof variantFormSchema>;
export type VariantFormOutput = z.output<typeof variantFormSchema>;

/** The editor's starting values from a variant's row. */
export function variantFormDefaults(variant: VariantRow, locale: string): VariantFormValues {
  return {
    inherit: Object.fromEntries(INHERITABLE_FIELDS.map((f) => [f, variant.inherit[f]])) as VariantFormValues["inherit"],
    price: variant.priceGrosze === null ? "" : groszeToZlotyInput(variant.priceGrosze, locale),
    stock: variant.stock === null ? "" : String(variant.stock),
    images: variant.images,
    active: variant.active,
  };
}
