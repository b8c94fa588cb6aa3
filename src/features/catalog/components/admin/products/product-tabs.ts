import type { ProductDetail } from "../../../types";

/** The product page's tabs, as `?tab=` names them. */
export const PRODUCT_TABS = ["details", "variants", "features", "fitment", "parts"] as const;
export type ProductTab = (typeof PRODUCT_TABS)[number];

/**
 * The tabs a product has: variants only for products that are not variants themselves; fitment
 * ("Dopasowania") for parts and matching parts ("Pasujące części") for vehicles, both kept on the
 * parent, so a variant has neither.
 */
export function productTabs(product: Pick<ProductDetail, "type" | "parent">): ProductTab[] {
  const tabs: ProductTab[] = ["details"];
  if (!product.parent) tabs.push("variants");
  tabs.push("features");
  if (!product.parent && product.type === "part") tabs.push("fitment");
  if (!product.parent && product.type === "vehicle") tabs.push("parts");
  return tabs;
}

/** The tab to open: the asked one when the product has it, else "details". */
export function pickTab(asked: string | null | undefined, tabs: readonly ProductTab[]): ProductTab {
  return tabs.includes(asked as ProductTab) ? (asked as ProductTab) : "details";
}
