import { describe, expect, it } from "vitest";
import { workshopListInput, workshopListSearch, workshopListStateFrom } from "./admin-workshop-filters";

describe("admin workshop list state", () => {
  it("defaults to the first page of pending workshops", () => {
    const state = workshopListStateFrom({});
    expect(state).toEqual({ status: "pending", q: "", page: 1 });
    expect(workshopListSearch(state)).toBe("");
    expect(workshopListInput(state)).toEqual({ status: "pending", q: undefined, page: 1, pageSize: 20 });
  });

  it("reads and writes the URL's search params", () => {
    const state = workshopListStateFrom({ status: "all", q: " łódź ", page: "3" });
    expect(state).toEqual({ status: "all", q: "łódź", page: 3 });
    expect(workshopListInput(state).status).toBeUndefined();
    expect(workshopListStateFrom(Object.fromEntries(new URLSearchParams(workshopListSearch(state))))).toEqual(state);
  });

  it("ignores values it does not know", () => {
    expect(workshopListStateFrom({ status: "deleted", page: "-1" })).toEqual({ status: "pending", q: "", page: 1 });
    expect(workshopListStateFrom({ status: ["active", "pending"], page: "2.5" })).toEqual({ status: "active", q: "", page: 1 });
  });
});
