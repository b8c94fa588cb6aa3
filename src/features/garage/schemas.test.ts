import { describe, expect, it } from "vitest";
import { optionalVinSchema, vehicleFormSchema, vehicleInputSchema, vinSchema } from "./schemas";

const messages = (result: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) =>
  (result.error?.issues ?? []).map((issue) => `${issue.path.join(".")}:${issue.message}`);

describe("vinSchema", () => {
  it("normalises to upper case without spaces", () => {
    expect(vinSchema.parse(" 1hgcm 82673a123456 ")).toBe("1HGCM82673A123456");
  });

  it.each([
    ["1HGCM82673A12345", "validation.vin.length"],
    ["1HGCM82673A12345O", "validation.vin.characters"],
    ["1HGCM82633A123456", "validation.vin.checkDigit"],
  ])("rejects %s with %s", (vin, key) => {
    expect(messages(vinSchema.safeParse(vin))).toEqual([`:${key}`]);
  });

  it("accepts a European VIN whatever its position 9", () => {
    expect(vinSchema.parse("WVWZZZ1JZXW000001")).toBe("WVWZZZ1JZXW000001");
  });

  it("treats an empty optional VIN as none", () => {
    expect(optionalVinSchema.parse("  ")).toBeNull();
    expect(optionalVinSchema.parse(undefined)).toBeNull();
    expect(optionalVinSchema.parse(null)).toBeNull();
    expect(messages(optionalVinSchema.safeParse("1HGCM"))).toEqual([":validation.vin.length"]);
  });
});

describe("vehicleInputSchema", () => {
  const valid = { make: " Toyota ", model: "Corolla", year: 2018, fuel: "hybrid" as const };

  it("trims and fills the optional fields", () => {
    expect(vehicleInputSchema.parse(valid)).toEqual({
      vin: null,
      make: "Toyota",
      model: "Corolla",
      year: 2018,
      fuel: "hybrid",
      engine: "",
      mileageKm: null,
      nickname: null,
    });
  });

  it("bounds the year from 1950 to next year", () => {
    const next = new Date().getFullYear() + 1;
    expect(vehicleInputSchema.safeParse({ ...valid, year: 1950 }).success).toBe(true);
    expect(vehicleInputSchema.safeParse({ ...valid, year: next }).success).toBe(true);
    expect(messages(vehicleInputSchema.safeParse({ ...valid, year: 1949 }))).toEqual(["year:validation.vehicle.year"]);
    expect(messages(vehicleInputSchema.safeParse({ ...valid, year: next + 1 }))).toEqual(["year:validation.vehicle.year"]);
  });

  it("bounds lengths and mileage with field keys", () => {
    const result = vehicleInputSchema.safeParse({
      ...valid,
      make: "",
      model: "m".repeat(61),
      engine: "e".repeat(61),
      nickname: "n".repeat(41),
      mileageKm: 2_000_001,
      fuel: "steam",
    });
    expect(messages(result).sort()).toEqual([
      "engine:validation.vehicle.engine",
      "fuel:validation.vehicle.fuel",
      "make:validation.vehicle.make",
      "mileageKm:validation.vehicle.mileage",
      "model:validation.vehicle.model",
      "nickname:validation.vehicle.nickname",
    ]);
  });
});

describe("vehicleFormSchema", () => {
  const form = {
    vin: "",
    make: "Škoda",
    model: "Octavia",
    year: "2017",
    fuel: "diesel",
    engine: "2.0 TDI",
    mileageKm: "182 500",
    nickname: "",
  };

  it("turns the typed text into the API input", () => {
    expect(vehicleFormSchema.parse(form)).toEqual({
      vin: null,
      make: "Škoda",
      model: "Octavia",
      year: 2017,
      fuel: "diesel",
      engine: "2.0 TDI",
      mileageKm: 182_500,
      nickname: null,
    });
    expect(vehicleFormSchema.parse({ ...form, mileageKm: "" }).mileageKm).toBeNull();
    expect(vehicleFormSchema.parse({ ...form, mileageKm: "1.234" }).mileageKm).toBe(1234);
  });

  it("reports every wrong field at once", () => {
    const result = vehicleFormSchema.safeParse({ ...form, make: " ", year: "17", fuel: "", mileageKm: "dużo" });
    expect(messages(result).sort()).toEqual([
      "fuel:validation.vehicle.fuel",
      "make:validation.vehicle.make",
      "mileageKm:validation.vehicle.mileage",
      "year:validation.vehicle.year",
    ]);
  });
});
