import { describe, expect, it } from "vitest";
import { productListInput, productListSearch, productListStateFrom } from "./product-list-state";

describe("product list state", () => {
  it("reads the filters from the address and writes them back", () => {
    const state = productListStateFrom({ q: " pilot ", type: "vehicle", brand: "YCF", variants: "1", page: "3" });
    expect(state).toEqual({ q: "pilot", type: "vehicle", brand: "YCF", variants: true, page: 3 });
    expect(productListSearch(state)).toBe("?q=pilot&type=vehicle&brand=YCF&variants=1&page=3");
    expect(productListInput(state)).toEqual({ q: "pilot", type: "vehicle", brand: "YCF", withVariants: true, page: 3 });
  });

  it("falls back to the defaults on bad values and leaves them out of the address", () => {
    const state = productListStateFrom({ type: "boat", page: "-2", variants: "yes" });
    expect(state).toEqual({ q: "", type: "all", brand: "", variants: false, page: 1 });
    expect(productListSearch(state)).toBe("");
    expect(productListInput(state)).toEqual({ q: "", type: undefined, brand: undefined, withVariants: false, page: 1 });
  });
});
