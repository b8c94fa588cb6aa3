import { describe, expect, it } from "vitest";
import type { VariantRow } from "../../../types";
import { variantFormDefaults, variantFormSchema } from "./variant-form-schema";

const inherit = { images: true, prices: true, stock: true, categories: true, features: true };

describe("variant form", () => {
  it("sends own values in grosze and keeps them while inheriting", () => {
    const parsed = variantFormSchema.parse({ inherit, price: "120,50", stock: "", images: [], active: true });
    expect(parsed).toEqual({ inherit, priceGrosze: 12050, stock: null, images: [], active: true });
  });

  it("asks for a price and stock of its own where the flag is off", () => {
    const result = variantFormSchema.safeParse({
      inherit: { ...inherit, prices: false, stock: false },
      price: "",
      stock: "",
      images: [],
      active: true,
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["price", "validation.required"],
      ["stock", "validation.required"],
    ]);
  });

  it("rejects amounts that are not money and stock that is not a whole number", () => {
    const result = variantFormSchema.safeParse({ inherit, price: "12,345", stock: "1.5", images: [], active: true });
    expect(result.error?.issues.map((i) => i.message)).toEqual(["validation.catalog.price", "validation.catalog.stock"]);
  });

  it("starts from the variant's own values", () => {
    const row = { inherit, priceGrosze: 9900, stock: 3, images: ["/a.jpg"], active: false } as unknown as VariantRow;
    expect(variantFormDefaults(row, "pl")).toEqual({ inherit, price: "99", stock: "3", images: ["/a.jpg"], active: false });
  });
});
