import { describe, expect, it } from "vitest";
import { parseSearchState, searchStateToInput, searchStateToQuery } from "./search-params";

describe("workshop search in the URL", () => {
  it("round-trips a full search through the query string", () => {
    const query = "city=Krak%C3%B3w&radius=10&category=brakes&open=1&rating=4&q=auto&sort=price&page=2";
    const state = parseSearchState(new URLSearchParams(query));
    expect(state).toEqual({
      city: "Kraków",
      lat: null,
      lng: null,
      radiusKm: 10,
      category: "brakes",
      openNow: true,
      minRating: 4,
      q: "auto",
      sort: "price",
      page: 2,
    });
    expect(parseSearchState(new URLSearchParams(searchStateToQuery(state)))).toEqual(state);
  });

  it("prefers coordinates over a city and turns kilometres into metres for the API", () => {
    const state = parseSearchState({ lat: "50.06", lng: "19.94", city: "Gdańsk", radius: "50" });
    expect(state.city).toBeNull();
    expect(searchStateToInput(state)).toMatchObject({ near: { lat: 50.06, lng: 19.94 }, city: undefined, radiusM: 50_000 });
  });

  it("drops malformed values instead of failing", () => {
    const state = parseSearchState({ lat: "x", lng: "19", radius: "7", category: "spaceship", rating: "9", page: "-3", sort: "random" });
    expect(state).toMatchObject({ lat: null, lng: null, radiusKm: 25, category: null, minRating: null, page: 1, sort: null });
  });

  it("leaves defaults out of the URL", () => {
    expect(searchStateToQuery(parseSearchState({}))).toBe("");
  });
});
