/** Workshop statuses, in the order the admin pages show them. */
export const WORKSHOP_STATUSES = ["pending", "active", "suspended", "rejected"] as const;
export type WorkshopStatus = (typeof WORKSHOP_STATUSES)[number];

/** The admin workshop list's filter: one status (pending by default) or all. */
export type WorkshopStatusFilter = WorkshopStatus | "all";
export const WORKSHOPS_PAGE_SIZE = 20;

export type WorkshopListState = { status: WorkshopStatusFilter; q: string; page: number };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The list's state from the page's search params (`?status=active&q=łódź&page=2`); bad values fall back to defaults. */
export function workshopListStateFrom(params: Record<string, string | string[] | undefined>): WorkshopListState {
  const status = first(params.status);
  const page = Number(first(params.page));
  return {
    status: status === "all" || WORKSHOP_STATUSES.includes(status as WorkshopStatus) ? (status as WorkshopStatusFilter) : "pending",
    q: (first(params.q) ?? "").trim().slice(0, 80),
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** The `workshops.adminList` input for a list state. */
export function workshopListInput(state: WorkshopListState) {
  return {
    status: state.status === "all" ? undefined : state.status,
    q: state.q || undefined,
    page: state.page,
    pageSize: WORKSHOPS_PAGE_SIZE,
  };
}

/** The search string that reproduces a list state (defaults left out). */
export function workshopListSearch(state: WorkshopListState): string {
  const params = new URLSearchParams();
  if (state.status !== "pending") params.set("status", state.status);
  if (state.q) params.set("q", state.q);
  if (state.page > 1) params.set("page", String(state.page));
  const search = params.toString();
  return search ? `?${search}` : "";
}
