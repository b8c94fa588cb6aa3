import { PRODUCT_TYPES, type ProductType } from "../../../constants";
import type { ProductListInput } from "../../../schemas";

/** The admin product list's filters as the address bar keeps them (`?q=pilot&type=vehicle&brand=YCF&variants=1&page=2`). */
export type ProductListState = {
  q: string;
  type: ProductType | "all";
  brand: string;
  /** Whether variants are listed as rows of their own. */
  variants: boolean;
  page: number;
};

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The list's state from the page's search params; bad values fall back to the defaults. */
export function productListStateFrom(params: Record<string, string | string[] | undefined>): ProductListState {
  const type = first(params.type);
  const page = Number(first(params.page));
  return {
    q: (first(params.q) ?? "").trim().slice(0, 100),
    type: PRODUCT_TYPES.includes(type as ProductType) ? (type as ProductType) : "all",
    brand: (first(params.brand) ?? "").trim().slice(0, 80),
    variants: first(params.variants) === "1",
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
  };
}

/** The `catalog.products.adminList` input for a list state. */
export function productListInput(state: ProductListState): ProductListInput {
  return {
    q: state.q,
    type: state.type === "all" ? undefined : state.type,
    brand: state.brand || undefined,
    withVariants: state.variants,
    page: state.page,
  };
}

/** The search string that reproduces a list state (defaults left out), "" when everything is default. */
export function productListSearch(state: ProductListState): string {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  if (state.type !== "all") params.set("type", state.type);
  if (state.brand) params.set("brand", state.brand);
  if (state.variants) params.set("variants", "1");
  if (state.page > 1) params.set("page", String(state.page));
  const search = params.toString();
  return search ? `?${search}` : "";
}
