import { z } from "zod";
import { shopInput, type ShopInput } from "../../../schemas";
import type { ShopSummary } from "../../../types";

/**
 * What the shop editor edits. The API key is write-only: the field starts empty and an empty field
 * keeps the stored key; `clearKey` sends "" to remove it. Brands: every brand, or the ticked ones
 * (possibly none).
 */
export const shopFormSchema = z.object({
  name: shopInput.shape.name,
  slug: shopInput.shape.slug,
  prestashopUrl: shopInput.shape.prestashopUrl,
  apiKey: z.string().trim().max(200, { error: "validation.tooLong" }),
  clearKey: z.boolean(),
  brandMode: z.enum(["all", "selected"]),
  brands: z.array(z.string()),
  active: z.boolean(),
});
export type ShopFormValues = z.input<typeof shopFormSchema>;
export type ShopFormOutput = z.output<typeof shopFormSchema>;

export function shopFormDefaults(shop: ShopSummary | null): ShopFormValues {
  return {
    name: shop?.name ?? "",
    slug: shop?.slug ?? "",
    prestashopUrl: shop?.prestashopUrl ?? "",
    apiKey: "",
    clearKey: false,
    brandMode: shop?.allowedBrands === null || !shop ? "all" : "selected",
    brands: shop?.allowedBrands ?? [],
    active: shop?.active ?? true,
  };
}

/** The form's output as `catalog.shops.create`'s input: no key typed = keep (undefined), cleared = "". */
export function shopFromForm(v: ShopFormOutput): ShopInput {
  return {
    name: v.name,
    slug: v.slug,
    prestashopUrl: v.prestashopUrl,
    apiKey: v.clearKey ? "" : v.apiKey || undefined,
    allowedBrands: v.brandMode === "all" ? null : v.brands,
    active: v.active,
  };
}
