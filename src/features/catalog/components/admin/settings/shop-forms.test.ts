import { describe, expect, it } from "vitest";
import { shopInput } from "../../../schemas";
import type { ShopSummary } from "../../../types";
import { shopFormDefaults, shopFormSchema, shopFromForm } from "./shop-forms";

const shop: ShopSummary = {
  id: "7b0c1f4e-9d1a-4a57-8a53-2f7d0e6b7c11",
  slug: "moto-sklep",
  name: "Moto Sklep",
  prestashopUrl: "https://moto.example.pl",
  hasApiKey: true,
  allowedBrands: ["YCF", "Kayo"],
  isPlatform: false,
  active: true,
  fitmentCount: 12,
};

const submit = (values: Partial<ReturnType<typeof shopFormDefaults>>) =>
  shopInput.parse(shopFromForm(shopFormSchema.parse({ ...shopFormDefaults(shop), ...values })));

describe("shop form", () => {
  it("keeps the stored API key when the field is left empty", () => {
    expect(submit({}).apiKey).toBeUndefined();
  });

  it("sends a typed key, and an empty string when the key is cleared", () => {
    expect(submit({ apiKey: " KEY123 " }).apiKey).toBe("KEY123");
    expect(submit({ apiKey: "ignored", clearKey: true }).apiKey).toBe("");
  });

  it("sends null for every brand and the ticked list (possibly empty) for chosen brands", () => {
    expect(submit({ brandMode: "all" }).allowedBrands).toBeNull();
    expect(submit({}).allowedBrands).toEqual(["YCF", "Kayo"]);
    expect(submit({ brands: [] }).allowedBrands).toEqual([]);
  });

  it("starts a new shop with every brand and no address", () => {
    const values = shopFormDefaults(null);
    expect(values.brandMode).toBe("all");
    expect(shopFromForm(shopFormSchema.parse({ ...values, name: "Nowy", slug: "nowy" })).prestashopUrl).toBeNull();
  });

  it("rejects an address that is not http(s)", () => {
    const result = shopFormSchema.safeParse({ ...shopFormDefaults(shop), prestashopUrl: "ftp://x.pl" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("validation.catalog.url");
  });
});
