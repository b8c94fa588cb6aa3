import type { StorefrontListInput } from "../../schemas";
import type { ProductDetail } from "../../types";

/** The parts search as it lives in the page URL (/parts?q=klocki&brand=Brembo&fits=1&car=…&page=2), so it can be shared. */
export type PartsSearchState = {
  q: string;
  brand: string | null;
  /** Only parts that fit the chosen car. */
  fits: boolean;
  /** A garage vehicle id (the customer's default car when null). */
  car: string | null;
  page: number;
};

type Params = Record<string, string | string[] | undefined> | URLSearchParams;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function read(params: Params, key: string): string | null {
  const value = params instanceof URLSearchParams ? params.get(key) : params[key];
  const first = Array.isArray(value) ? value[0] : value;
  return first?.trim() ? first.trim() : null;
}

/** Reads the search from URL parameters, dropping anything malformed rather than failing (the API would reject it). */
export function parsePartsSearch(params: Params): PartsSearchState {
  const car = read(params, "car");
  const page = Number(read(params, "page") ?? "1");
  return {
    q: read(params, "q")?.slice(0, 100) ?? "",
    brand: read(params, "brand")?.slice(0, 80) ?? null,
    fits: read(params, "fits") === "1",
    car: car && UUID.test(car) ? car.toLowerCase() : null,
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
  };
}

/** The URL query for a search state, defaults left out. */
export function partsSearchToQuery(state: PartsSearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  if (state.brand) params.set("brand", state.brand);
  if (state.fits) params.set("fits", "1");
  if (state.car) params.set("car", state.car);
  if (state.page > 1) params.set("page", String(state.page));
  return params.toString();
}

/**
 * The `catalog.parts.list` input for a search state. The server page and the browser both build it
 * here, so the prefetched query and the client's query share one key.
 */
export function partsSearchToInput(state: PartsSearchState): StorefrontListInput {
  return {
    q: state.q,
    brand: state.brand ?? undefined,
    fitsMyCar: state.fits,
    vehicleId: state.car ?? undefined,
    page: state.page,
  };
}

/**
 * The `catalog.parts.list` input a product page asks with to learn the customer's car (`car`: a
 * garage vehicle id from the link, else the default car) and whether the part fits it.
 */
export function carCheckInput(sku: string, car: string | null): StorefrontListInput {
  return partsSearchToInput({ q: sku, brand: null, fits: false, car, page: 1 });
}

/** A `?car=` value from a product page's URL, when it is a garage vehicle id. */
export function parseCarParam(value: string | string[] | undefined): string | null {
  return parsePartsSearch({ car: value }).car;
}

/**
 * The product whose fitment a product page shows: a variant's fitment is its parent's (the matrix
 * lists products, not combinations).
 */
export function fitmentTargetOf(product: Pick<ProductDetail, "id" | "sku" | "parent">): { id: string; sku: string } {
  return product.parent ? { id: product.parent.id, sku: product.parent.sku } : { id: product.id, sku: product.sku };
}
