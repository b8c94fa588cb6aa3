import { ErrorCategory, ErrorCode, ErrorSeverity, type DecodeResult, type PatternMatch } from "@cardog/corgi";
import { describe, expect, it } from "vitest";
import { formatEngine, looksLikeCompanyName, mapVpicFuel, normalizeMakeName, pickWmiMake, toDecodeResult } from "./vpic-mapping";

describe("mapVpicFuel", () => {
  it.each([
    [{ primary: "Gasoline" }, "petrol"],
    [{ primary: "Diesel" }, "diesel"],
    [{ primary: "Electric" }, "electric"],
    [{ primary: "Hybrid" }, "hybrid"],
    [{ primary: "Gasoline, Electric" }, "hybrid"],
    [{ primary: "Gasoline", secondary: "Electric" }, "hybrid"],
    [{ primary: "Plug-in Hybrid" }, "plugin_hybrid"],
    [{ primary: "Gasoline", secondary: "Electric", electrification: "PHEV (Plug-in Hybrid Electric Vehicle)" }, "plugin_hybrid"],
    [{ primary: "Gasoline", electrification: "Strong HEV (Hybrid Electric Vehicle)" }, "hybrid"],
    [{ primary: "Gasoline", electrification: "Mild HEV (Hybrid Electric Vehicle)" }, "hybrid"],
    [{ primary: "Electric", electrification: "BEV (Battery Electric Vehicle)" }, "electric"],
    [{ primary: "Compressed Hydrogen/Hydrogen" }, "hydrogen"],
    [{ primary: "Fuel Cell", electrification: "FCEV (Fuel Cell Electric Vehicle)" }, "hydrogen"],
    [{ primary: "Flexible Fuel Vehicle (FFV)" }, "petrol"],
    [{ primary: "Ethanol (E85)" }, "petrol"],
    [{ primary: "Compressed Natural Gas (CNG)" }, "cng"],
    [{ primary: "Liquefied Natural Gas (LNG)" }, "cng"],
    [{ primary: "Liquefied Petroleum Gas (propane or LPG)" }, "lpg"],
    [{ primary: "Methanol (M85)" }, "petrol"],
    [{ primary: "Steam" }, "other"],
  ] as const)("%o → %s", (input, fuel) => {
    expect(mapVpicFuel(input)).toBe(fuel);
  });

  it("gives null when vPIC says nothing", () => {
    expect(mapVpicFuel({})).toBeNull();
    expect(mapVpicFuel({ primary: "  " })).toBeNull();
  });
});

describe("formatEngine", () => {
  it.each([
    [{ displacementL: "2.0", cylinders: "4", configuration: "In-Line" }, "2.0 L, 4 cyl"],
    [{ displacementL: "2", cylinders: "4" }, "2.0 L, 4 cyl"],
    [{ displacementL: "3.5", cylinders: "6", configuration: "V-Shaped" }, "3.5 L V6"],
    [{ displacementL: "6.0", cylinders: "12", configuration: "W Shaped" }, "6.0 L W12"],
    [{ displacementL: "2.5", cylinders: "4", configuration: "Horizontally opposed (boxer)" }, "2.5 L H4"],
    [{ displacementL: "1.3", configuration: "Rotary" }, "1.3 L Wankel"],
    [{ cylinders: "6", configuration: "V-Shaped", model: "J30A4" }, "V6 (J30A4)"],
    [{ displacementL: "1.8", cylinders: "4", model: "2ZR-FE" }, "1.8 L, 4 cyl (2ZR-FE)"],
    [{ displacementL: "1.998" }, "2.0 L"],
    [{ displacementCc: "1984", cylinders: "4" }, "2.0 L, 4 cyl"],
    [{ model: "Single Motor" }, "Single Motor"],
    [{}, ""],
    [{ displacementL: "abc", cylinders: "0" }, ""],
  ])("%o → %s", (input, text) => {
    expect(formatEngine(input)).toBe(text);
  });

  it("never exceeds the engine field's 60 characters", () => {
    expect(formatEngine({ displacementL: "2.0", cylinders: "4", model: "X".repeat(80) }).length).toBeLessThanOrEqual(60);
  });
});

describe("make names", () => {
  it("normalises accents, case and punctuation", () => {
    expect(normalizeMakeName("Škoda")).toBe("skoda");
    expect(normalizeMakeName("Citroën")).toBe("citroen");
    expect(normalizeMakeName("Mercedes Benz")).toBe(normalizeMakeName("Mercedes-Benz"));
    expect(normalizeMakeName("  ")).toBe("");
  });

  it("recognises company names that are not makes", () => {
    expect(looksLikeCompanyName("Chongqing Zongshen Automotive Industry Co., Ltd.")).toBe(true);
    expect(looksLikeCompanyName("GEELY GROUP ZHEJIANG MOTORCYCLE CO., LTD / COLEMAN")).toBe(true);
    expect(looksLikeCompanyName("Toyota")).toBe(false);
    expect(looksLikeCompanyName("Harley-Davidson")).toBe(false);
  });

  it("picks the make a manufacturer is named after, else the most used one", () => {
    expect(
      pickWmiMake([
        { make: "Eagle", manufacturer: "RENAULT GROUP", weight: 40 },
        { make: "Renault", manufacturer: "RENAULT GROUP", weight: 3 },
      ]),
    ).toBe("Renault");
    expect(
      pickWmiMake([
        { make: "Fiat", manufacturer: "FCA ITALY S.P.A.", weight: 5 },
        { make: "Jeep", manufacturer: "FCA ITALY S.P.A.", weight: 20 },
      ]),
    ).toBe("Jeep");
    expect(pickWmiMake([])).toBeNull();
  });
});

const pattern = (element: string, value: string): PatternMatch => ({
  element,
  value,
  code: element,
  attributeId: null,
  confidence: 1,
  positions: [],
  schema: "test",
});

function corgiResult(vin: string, overrides: Partial<DecodeResult> = {}): DecodeResult {
  return {
    vin,
    valid: true,
    components: {
      wmi: {
        code: vin.slice(0, 3),
        manufacturer: "HONDA",
        make: "Honda",
        country: "USA",
        vehicleType: "Passenger Car",
        region: "NORTH AMERICA",
      },
      vehicle: { make: "Honda", model: "Accord", year: 2003, trim: "EX-V6", bodyStyle: "Coupe", fuelType: "Gasoline" },
      engine: { cylinders: "6", displacement: "3.0", fuel: "Gasoline" },
      plant: { country: "UNITED STATES (USA)", code: "A" },
    },
    patterns: [pattern("Fuel Type - Primary", "Gasoline"), pattern("Engine Configuration", "V-Shaped")],
    errors: [],
    ...overrides,
  };
}

describe("toDecodeResult", () => {
  it("maps a full North American decode, with the snapshot to store", () => {
    const result = toDecodeResult("1HGCM82673A123456", corgiResult("1HGCM82673A123456"), "Honda");
    expect(result).toEqual({
      status: "decoded",
      vin: "1HGCM82673A123456",
      vehicle: { make: "Honda", model: "Accord", year: 2003, fuel: "petrol", engine: "3.0 L V6", trim: "EX-V6", bodyStyle: "Coupe" },
      snapshot: {
        source: "nhtsa-vpic",
        make: "Honda",
        model: "Accord",
        year: 2003,
        trim: "EX-V6",
        bodyStyle: "Coupe",
        fuel: "Gasoline",
        engine: "3.0 L V6",
        manufacturer: "HONDA",
        plantCountry: "UNITED STATES (USA)",
      },
    });
  });

  it("detects plug-in hybrids from the electrification level", () => {
    const base = corgiResult("1HGCM82673A123456");
    const result = toDecodeResult(
      "1HGCM82673A123456",
      { ...base, patterns: [...(base.patterns ?? []), pattern("Electrification Level", "PHEV (Plug-in Hybrid Electric Vehicle)")] },
      null,
    );
    expect(result.status === "decoded" && result.vehicle.fuel).toBe("plugin_hybrid");
  });

  it("does not trust the year of a European VIN without a valid check digit", () => {
    const vin = "WBA3A5C50CF256651";
    const result = toDecodeResult(
      vin,
      corgiResult(vin, { components: { ...corgiResult(vin).components, vehicle: { make: "BMW", model: "328i", year: 2012 } } }),
      "BMW",
    );
    expect(result).toEqual({
      status: "partial",
      vin,
      reason: "garage.decode.reasons.yearUnknown",
      prefill: { make: "BMW", model: "328i" },
    });
  });

  it("prefills the WMI's make when vPIC has no pattern for the VIN", () => {
    const vin = "VF1RFB00X56000001";
    const noPatterns = corgiResult(vin, {
      valid: false,
      components: {
        wmi: {
          code: "VF1",
          manufacturer: "RENAULT GROUP",
          make: "Eagle",
          country: "FRANCE",
          vehicleType: "Passenger Car",
          region: "EUROPE",
        },
      },
      patterns: [],
      errors: [
        {
          code: ErrorCode.NO_PATTERNS_FOUND,
          category: ErrorCategory.PATTERN,
          severity: ErrorSeverity.ERROR,
          message: "No matching patterns found",
        },
      ],
    });
    expect(toDecodeResult(vin, noPatterns, "Renault")).toEqual({
      status: "partial",
      vin,
      reason: "garage.decode.reasons.modelUnknown",
      prefill: { make: "Renault" },
    });
  });

  it("says the VIN is not in vPIC when its WMI is unknown there", () => {
    const vin = "TMBJJ7NE0H0000001";
    const unknown = corgiResult(vin, { valid: false, components: {}, patterns: [] });
    expect(toDecodeResult(vin, unknown, "Škoda")).toEqual({
      status: "partial",
      vin,
      reason: "garage.decode.reasons.notInVpic",
      prefill: { make: "Škoda" },
    });
    expect(toDecodeResult(vin, unknown, null)).toEqual({
      status: "undecodable",
      vin,
      reason: "garage.decode.reasons.notInVpic",
      prefill: {},
    });
  });

  it("prefills the year of a North American VIN vPIC cannot decode", () => {
    const vin = "1HGCM82673A123456";
    const unknown = corgiResult(vin, { valid: false, components: {}, patterns: [] });
    expect(toDecodeResult(vin, unknown, "Honda")).toMatchObject({ status: "partial", prefill: { make: "Honda", year: 2003 } });
  });

  it("reports an unavailable decoder without throwing", () => {
    expect(toDecodeResult("TMBJJ7NE0H0000001", null, "Škoda")).toEqual({
      status: "partial",
      vin: "TMBJJ7NE0H0000001",
      reason: "garage.decode.reasons.unavailable",
      prefill: { make: "Škoda" },
    });
  });
});
