/** Account roles, in the order the admin pages show them. */
export const USER_ROLES = ["customer", "provider", "admin"] as const;
export type UserRole = (typeof USER_ROLES)[number];
export type UserRoleFilter = UserRole | "all";
export const USERS_PAGE_SIZE = 20;

export type UserListState = { role: UserRoleFilter; q: string; page: number };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The list's state from the page's search params (`?role=provider&q=kowal&page=2`); bad values fall back to defaults. */
export function userListStateFrom(params: Record<string, string | string[] | undefined>): UserListState {
  const role = first(params.role);
  const page = Number(first(params.page));
  return {
    role: USER_ROLES.includes(role as UserRole) ? (role as UserRole) : "all",
    q: (first(params.q) ?? "").trim().slice(0, 80),
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** The `accounts.listUsers` input for a list state. */
export function userListInput(state: UserListState) {
  return {
    role: state.role === "all" ? undefined : state.role,
    q: state.q || undefined,
    page: state.page,
    pageSize: USERS_PAGE_SIZE,
  };
}

/** The search string that reproduces a list state (defaults left out). */
export function userListSearch(state: UserListState): string {
  const params = new URLSearchParams();
  if (state.role !== "all") params.set("role", state.role);
  if (state.q) params.set("q", state.q);
  if (state.page > 1) params.set("page", String(state.page));
  const search = params.toString();
  return search ? `?${search}` : "";
}
