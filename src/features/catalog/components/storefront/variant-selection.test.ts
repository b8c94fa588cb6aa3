import { describe, expect, it } from "vitest";
import type { VariantRow } from "../../types";
import { findVariant, initialVariant, isCombinable, optionGroups, pickValue, selectionOf } from "./variant-selection";

const colour = (valueId: string, value: string, colorHex: string) => ({
  groupId: "g-colour",
  groupName: "Kolor",
  valueId,
  value,
  colorHex,
});
const size = (valueId: string, value: string) => ({ groupId: "g-size", groupName: "Rozmiar", valueId, value, colorHex: null });

function variant(sku: string, combination: VariantRow["combination"], stock = 5): VariantRow {
  return {
    id: sku,
    sku,
    name: sku,
    active: true,
    combination,
    inherit: { images: true, prices: true, stock: false, categories: true, features: true },
    priceGrosze: null,
    stock,
    images: [],
    effective: { priceGrosze: 10_000, stock, images: [], categories: [] },
  };
}

const red = colour("red", "Czerwony", "#ff0000");
const black = colour("black", "Czarny", "#000000");
const variants = [
  variant("R-L", [red, size("l", "L")]),
  variant("R-S", [red, size("s", "S")], 0),
  variant("B-M", [black, size("m", "M")]),
  variant("R-M", [red, size("m", "M")]),
];

describe("optionGroups", () => {
  it("lists each group once with its values deduplicated, sizes small to large", () => {
    const groups = optionGroups(variants);
    expect(groups.map((g) => g.name)).toEqual(["Kolor", "Rozmiar"]);
    expect(groups[0]!.swatches).toBe(true);
    expect(groups[0]!.options.map((o) => o.value)).toEqual(["Czerwony", "Czarny"]);
    expect(groups[1]!.swatches).toBe(false);
    expect(groups[1]!.options.map((o) => o.value)).toEqual(["S", "M", "L"]);
  });

  it("sorts numeric values ascending and keeps other values in the server's order", () => {
    const numbers = optionGroups([
      variant("a", [size("a", "120 mm")]),
      variant("b", [size("b", "90 mm")]),
      variant("c", [size("c", "100 mm")]),
    ]);
    expect(numbers[0]!.options.map((o) => o.value)).toEqual(["90 mm", "100 mm", "120 mm"]);
    const words = optionGroups([variant("a", [size("a", "Sport")]), variant("b", [size("b", "Comfort")])]);
    expect(words[0]!.options.map((o) => o.value)).toEqual(["Sport", "Comfort"]);
  });
});

describe("picking values", () => {
  it("finds the variant of an exact combination", () => {
    expect(findVariant(variants, { "g-colour": "red", "g-size": "m" })?.sku).toBe("R-M");
    expect(findVariant(variants, { "g-colour": "black", "g-size": "l" })).toBeUndefined();
  });

  it("keeps the other choices when the combination exists", () => {
    expect(pickValue(variants, selectionOf(variants[0]!), "g-size", "m")?.sku).toBe("R-M");
  });

  it("lands on a real combination when the other choices do not exist with the new value", () => {
    expect(isCombinable(variants, selectionOf(variants[0]!), "g-colour", "black")).toBe(false);
    expect(pickValue(variants, selectionOf(variants[0]!), "g-colour", "black")?.sku).toBe("B-M");
  });

  it("starts with the variant from the URL, else the first in stock", () => {
    expect(initialVariant(variants, "b-m")?.sku).toBe("B-M");
    expect(initialVariant([variants[1]!, variants[2]!], null)?.sku).toBe("B-M");
    expect(initialVariant([variants[1]!], "nope")?.sku).toBe("R-S");
  });
});
