import { describe, expect, it } from "vitest";
import { buildVin, isValidVin } from "./vin";
import { VIN_STEMS } from "./vin-stems";

describe("isValidVin", () => {
  it("accepts a correct check digit and rejects every other digit", () => {
    expect(isValidVin("1HGCM82633A004352")).toBe(true);
    expect(isValidVin("1hgcm82633a004352")).toBe(true);
    for (const wrong of "0124567890X".replace("3", "")) {
      expect(isValidVin(`1HGCM826${wrong}3A004352`)).toBe(false);
    }
  });
});

describe("buildVin", () => {
  it("fills in the check digit", () => {
    expect(buildVin("1HGCM826_3A", "004352")).toBe("1HGCM82633A004352");
  });

  it("makes valid VINs from every stem in the table", () => {
    for (const stem of VIN_STEMS) {
      const vin = buildVin(stem.stem, "123456");
      expect(isValidVin(vin), vin).toBe(true);
      expect(vin.slice(9, 10)).toBe(stem.stem.slice(9, 10));
    }
  });

  it("rejects bad stems and serials", () => {
    expect(() => buildVin("1HGCM8263A", "004352")).toThrow(/stem/);
    expect(() => buildVin("1HGCM826_3A", "00435")).toThrow(/serial/);
  });
});
