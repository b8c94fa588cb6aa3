import { describe, expect, it } from "vitest";
import { pickTab, productTabs } from "./product-tabs";

const parent = { id: "p", sku: "P-1", name: "Parent" };

describe("product tabs", () => {
  it("gives parts fitment, vehicles matching parts and other products neither", () => {
    expect(productTabs({ type: "part", parent: null })).toEqual(["details", "variants", "features", "fitment"]);
    expect(productTabs({ type: "vehicle", parent: null })).toEqual(["details", "variants", "features", "parts"]);
    expect(productTabs({ type: "other", parent: null })).toEqual(["details", "variants", "features"]);
  });

  it("gives a variant no variants and no fitment of its own", () => {
    expect(productTabs({ type: "part", parent })).toEqual(["details", "features"]);
  });

  it("opens the asked tab only when the product has it", () => {
    const tabs = productTabs({ type: "part", parent: null });
    expect(pickTab("fitment", tabs)).toBe("fitment");
    expect(pickTab("parts", tabs)).toBe("details");
    expect(pickTab(undefined, tabs)).toBe("details");
  });
});
