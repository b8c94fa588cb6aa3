/**
 * The matrix's filters as they live in the address bar
 * (`?shop=<id>&q=klocki&brand=Brembo&fitted=unfitted&vq=pilot&vb=YCF&vb=Kayo&cp=2`), and the
 * `catalog.matrix.page` input and query key they make. Shared by the page (server prefetch) and
 * the editor, so both build the same key.
 */
import { MATRIX_MAX_COLUMNS } from "../../constants";
import type { MatrixPageInput } from "../../schemas";
import type { ShopSummary } from "../../types";

/** Rows per page of the infinite list; columns come in one window of up to MATRIX_MAX_COLUMNS. */
export const MATRIX_ROW_PAGE = 200;
export const MATRIX_COLUMN_PAGE = MATRIX_MAX_COLUMNS;

export const FITTED_FILTERS = ["all", "fitted", "unfitted"] as const;
export type FittedFilter = (typeof FITTED_FILTERS)[number];

export type MatrixState = {
  /** null: the platform shop (or the first one). */
  shop: string | null;
  /** Part search (SKU or name). */
  q: string;
  /** Part brand, exact. */
  brand: string;
  fitted: FittedFilter;
  /** Vehicle search. */
  vq: string;
  /** Vehicle brands the columns are narrowed to (none = every brand the shop accepts). */
  vb: string[];
  /** 1-based window of MATRIX_COLUMN_PAGE columns. */
  cp: number;
};

export const defaultMatrixState: MatrixState = { shop: null, q: "", brand: "", fitted: "all", vq: "", vb: [], cp: 1 };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const text = (v: string | string[] | undefined, max: number) => (first(v) ?? "").trim().slice(0, max);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The state from the page's search params; bad values fall back to defaults. */
export function matrixStateFrom(params: Record<string, string | string[] | undefined>): MatrixState {
  const shop = first(params.shop);
  const fitted = first(params.fitted);
  const cp = Number(first(params.cp));
  const vb = (Array.isArray(params.vb) ? params.vb : params.vb ? [params.vb] : [])
    .map((b) => b.trim().slice(0, 80))
    .filter(Boolean)
    .slice(0, 100);
  return {
    shop: shop && UUID.test(shop) ? shop : null,
    q: text(params.q, 100),
    brand: text(params.brand, 80),
    fitted: FITTED_FILTERS.includes(fitted as FittedFilter) ? (fitted as FittedFilter) : "all",
    vq: text(params.vq, 100),
    vb: [...new Set(vb)],
    cp: Number.isInteger(cp) && cp >= 1 && cp <= 10_000 ? cp : 1,
  };
}

/** The search string that reproduces a state (defaults left out). */
export function matrixSearch(state: MatrixState): string {
  const params = new URLSearchParams();
  if (state.shop) params.set("shop", state.shop);
  if (state.q) params.set("q", state.q);
  if (state.brand) params.set("brand", state.brand);
  if (state.fitted !== "all") params.set("fitted", state.fitted);
  if (state.vq) params.set("vq", state.vq);
  for (const b of state.vb) params.append("vb", b);
  if (state.cp > 1) params.set("cp", String(state.cp));
  const search = params.toString();
  return search ? `?${search}` : "";
}

/** The shop the matrix opens: the one asked for if it exists, else the platform storefront, else the first. */
export function pickShopId(shops: readonly Pick<ShopSummary, "id" | "isPlatform">[] | undefined, wanted: string | null): string | null {
  if (!shops || shops.length === 0) return null;
  if (wanted && shops.some((s) => s.id === wanted)) return wanted;
  return (shops.find((s) => s.isPlatform) ?? shops[0]!).id;
}

/** `catalog.matrix.page` input without the row offset (the infinite query's page parameter). */
export type MatrixQueryInput = Omit<MatrixPageInput, "rowOffset">;

export function matrixQueryInput(state: MatrixState, shopId: string): MatrixQueryInput {
  const input: MatrixQueryInput = {
    shopId,
    rowQuery: state.q,
    columnQuery: state.vq,
    rowLimit: MATRIX_ROW_PAGE,
    columnOffset: (state.cp - 1) * MATRIX_COLUMN_PAGE,
    columnLimit: MATRIX_COLUMN_PAGE,
  };
  // Absent rather than undefined, so the server's and the browser's query keys hash the same.
  if (state.brand) input.rowBrand = state.brand;
  if (state.fitted !== "all") input.rowFitted = state.fitted === "fitted";
  if (state.vb.length > 0) input.columnBrands = state.vb;
  return input;
}

/** The infinite query's key, in tRPC's own shape, so `trpc.catalog.matrix.pathFilter()` invalidates it. */
export function matrixQueryKey(pathKey: readonly unknown[], input: MatrixQueryInput) {
  return [...pathKey, { input, type: "infinite" }] as const;
}

/** The next page's row offset, or undefined when every row is loaded. */
export function nextRowOffset(lastPage: { rows: unknown[]; totalRows: number }, lastOffset: number): number | undefined {
  const next = lastOffset + lastPage.rows.length;
  return lastPage.rows.length > 0 && next < lastPage.totalRows ? next : undefined;
}
