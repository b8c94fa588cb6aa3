import { describe, expect, it } from "vitest";
import { carCheckInput, fitmentTargetOf, parsePartsSearch, partsSearchToInput, partsSearchToQuery } from "./search-params";

const CAR = "0b6f6d3e-8f57-4a8e-9d0b-3c2f1a7e9b10";

describe("parts search in the URL", () => {
  it("reads a shared link and writes it back without the defaults", () => {
    const state = parsePartsSearch(new URLSearchParams(`q=klocki&brand=Brembo&fits=1&car=${CAR}&page=3`));
    expect(state).toEqual({ q: "klocki", brand: "Brembo", fits: true, car: CAR, page: 3 });
    expect(partsSearchToQuery(state)).toBe(`q=klocki&brand=Brembo&fits=1&car=${CAR}&page=3`);
    expect(partsSearchToQuery({ ...state, q: "", brand: null, fits: false, car: null, page: 1 })).toBe("");
  });

  it("drops malformed values instead of failing", () => {
    expect(parsePartsSearch({ car: "not-a-uuid", page: "-2", fits: "yes", q: "  " })).toEqual({
      q: "",
      brand: null,
      fits: false,
      car: null,
      page: 1,
    });
    expect(parsePartsSearch({ page: "1.5" }).page).toBe(1);
  });

  it("builds the API input the page prefetches and the browser asks for", () => {
    expect(partsSearchToInput(parsePartsSearch({ q: "filtr", fits: "1" }))).toEqual({
      q: "filtr",
      brand: undefined,
      fitsMyCar: true,
      vehicleId: undefined,
      page: 1,
    });
    expect(carCheckInput("BP-100", CAR)).toEqual({ q: "BP-100", brand: undefined, fitsMyCar: false, vehicleId: CAR, page: 1 });
  });

  it("reads a variant's fitment from its parent", () => {
    expect(fitmentTargetOf({ id: "v", sku: "BP-100-RED", parent: { id: "p", sku: "BP-100", name: "Pads" } })).toEqual({
      id: "p",
      sku: "BP-100",
    });
    expect(fitmentTargetOf({ id: "p", sku: "BP-100", parent: null })).toEqual({ id: "p", sku: "BP-100" });
  });
});
