import { RADIUS_OPTIONS_M, SERVICE_CATEGORIES, type SearchWorkshopsInput, type ServiceCategory } from "./schemas";

/** The search as it lives in the page URL (/workshops?city=Kraków&category=brakes…), so it can be shared. */
export type SearchState = {
  city: string | null;
  lat: number | null;
  lng: number | null;
  /** Kilometres (URL-friendly); the API takes metres. */
  radiusKm: number;
  category: ServiceCategory | null;
  openNow: boolean;
  minRating: number | null;
  q: string | null;
  sort: "distance" | "rating" | "price" | null;
  page: number;
};

export const DEFAULT_RADIUS_KM = 25;
const RADIUS_KM = RADIUS_OPTIONS_M.map((m) => m / 1000);

type Params = Record<string, string | string[] | undefined> | URLSearchParams;

function read(params: Params, key: string): string | null {
  const value = params instanceof URLSearchParams ? params.get(key) : params[key];
  const first = Array.isArray(value) ? value[0] : value;
  return first?.trim() ? first.trim() : null;
}

function number(params: Params, key: string): number | null {
  const raw = read(params, key);
  if (raw === null) return null;
  const value = Number(raw);
  return Number.isFinite(value) ? value : null;
}

/** Reads the search from URL parameters, dropping anything malformed rather than failing. */
export function parseSearchState(params: Params): SearchState {
  const lat = number(params, "lat");
  const lng = number(params, "lng");
  const hasPoint = lat !== null && lng !== null && Math.abs(lat) <= 90 && Math.abs(lng) <= 180;
  const radius = number(params, "radius");
  const category = read(params, "category");
  const rating = number(params, "rating");
  const sort = read(params, "sort");
  const page = number(params, "page");
  return {
    city: hasPoint ? null : (read(params, "city")?.slice(0, 80) ?? null),
    lat: hasPoint ? lat : null,
    lng: hasPoint ? lng : null,
    radiusKm: radius !== null && RADIUS_KM.includes(radius) ? radius : DEFAULT_RADIUS_KM,
    category: SERVICE_CATEGORIES.includes(category as ServiceCategory) ? (category as ServiceCategory) : null,
    openNow: read(params, "open") === "1",
    minRating: rating !== null && rating > 0 && rating <= 5 ? rating : null,
    q: read(params, "q")?.slice(0, 80) ?? null,
    sort: sort === "distance" || sort === "rating" || sort === "price" ? sort : null,
    page: page !== null && Number.isInteger(page) && page >= 1 && page <= 500 ? page : 1,
  };
}

/** The URL query for a search state (defaults left out). */
export function searchStateToQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.lat !== null && state.lng !== null) {
    params.set("lat", state.lat.toFixed(5));
    params.set("lng", state.lng.toFixed(5));
  } else if (state.city) params.set("city", state.city);
  if (state.radiusKm !== DEFAULT_RADIUS_KM) params.set("radius", String(state.radiusKm));
  if (state.category) params.set("category", state.category);
  if (state.openNow) params.set("open", "1");
  if (state.minRating) params.set("rating", String(state.minRating));
  if (state.q) params.set("q", state.q);
  if (state.sort) params.set("sort", state.sort);
  if (state.page > 1) params.set("page", String(state.page));
  return params.toString();
}

/** The `workshops.search` input for a search state. */
export function searchStateToInput(state: SearchState): SearchWorkshopsInput {
  return {
    near: state.lat !== null && state.lng !== null ? { lat: state.lat, lng: state.lng } : undefined,
    city: state.lat === null && state.city ? state.city : undefined,
    radiusM: state.radiusKm * 1000,
    category: state.category ?? undefined,
    openNow: state.openNow,
    minRating: state.minRating ?? undefined,
    q: state.q ?? undefined,
    sort: state.sort ?? undefined,
    page: state.page,
  };
}
