import { describe, expect, it } from "vitest";
import { userListInput, userListSearch, userListStateFrom } from "./admin-user-filters";

describe("admin user list state", () => {
  it("defaults to everyone, first page", () => {
    const state = userListStateFrom({});
    expect(state).toEqual({ role: "all", q: "", page: 1 });
    expect(userListSearch(state)).toBe("");
    expect(userListInput(state)).toEqual({ role: undefined, q: undefined, page: 1, pageSize: 20 });
  });

  it("round-trips through the URL", () => {
    const state = userListStateFrom({ role: "provider", q: "kowal", page: "2" });
    expect(state).toEqual({ role: "provider", q: "kowal", page: 2 });
    expect(userListStateFrom(Object.fromEntries(new URLSearchParams(userListSearch(state))))).toEqual(state);
  });

  it("ignores unknown roles", () => {
    expect(userListStateFrom({ role: "root" }).role).toBe("all");
  });
});
