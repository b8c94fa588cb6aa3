import { describe, expect, it } from "vitest";
import type { ProductDetail } from "../../../types";
import { productFormDefaults, productFormSchema } from "./product-form-schema";

const blank = productFormDefaults(null, "pl", "vehicle");

describe("product form", () => {
  it("parses into the product input: złoty to grosze, text to numbers", () => {
    const parsed = productFormSchema.parse({
      ...blank,
      sku: "YCF-PILOT-125",
      name: "Pit Bike YCF Pilot 125",
      brand: "YCF",
      price: "8 999,99",
      stock: "4",
      yearFrom: "2019",
      yearTo: "",
    });
    expect(parsed).toMatchObject({
      type: "vehicle",
      priceGrosze: 899_999,
      currency: "PLN",
      stock: 4,
      yearFrom: 2019,
      yearTo: null,
      vehicleModel: undefined,
    });
  });

  it("reports i18n keys, years in the wrong order on the 'to' year", () => {
    const result = productFormSchema.safeParse({ ...blank, type: "", sku: "-x", price: "abc", yearFrom: "2020", yearTo: "2010" });
    const issues = Object.fromEntries(result.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(issues).toMatchObject({
      type: "validation.required",
      sku: "validation.catalog.sku",
      name: "validation.required",
      price: "validation.catalog.price",
    });
    const years = productFormSchema.safeParse({ ...blank, sku: "A", name: "A", brand: "A", price: "1", yearFrom: "2020", yearTo: "2010" });
    expect(years.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([["yearTo", "errors.catalog.vehicleYears"]]);
  });

  it("drops the vehicle-only fields of other products", () => {
    const parsed = productFormSchema.parse({
      ...blank,
      type: "part",
      sku: "P-1",
      name: "Klocki",
      brand: "EBC",
      price: "99",
      vehicleModel: "x",
      yearFrom: "2020",
    });
    expect(parsed).toMatchObject({ type: "part", vehicleModel: undefined, yearFrom: null, yearTo: null });
  });

  it("shows an existing product's grosze as złoty", () => {
    const product = {
      type: "part",
      sku: "P-1",
      name: "Klocki",
      description: "",
      brand: "EBC",
      priceGrosze: 12050,
      stock: 2,
      images: [],
      categories: [],
      active: true,
      featureSetId: null,
      vehicleModel: null,
      yearFrom: null,
      yearTo: null,
    } as unknown as ProductDetail;
    expect(productFormDefaults(product, "pl")).toMatchObject({ price: "120,50", stock: "2", yearFrom: "", vehicleModel: "" });
  });
});
