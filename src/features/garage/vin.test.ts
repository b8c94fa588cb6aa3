import { describe, expect, it } from "vitest";
import {
  computeCheckDigit,
  hasValidCheckDigit,
  likelyModelYear,
  maxModelYear,
  modelYearCandidates,
  modelYearFromVin,
  normalizeVin,
  requiresCheckDigit,
  vinHints,
  vinProblem,
  vinRegion,
} from "./vin";

const setPosition9 = (vin: string, char: string) => vin.slice(0, 8) + char + vin.slice(9);
const withCheckDigit = (vin: string) => setPosition9(vin, computeCheckDigit(vin) ?? "?");
const withWrongCheckDigit = (vin: string) => setPosition9(vin, computeCheckDigit(vin) === "1" ? "2" : "1");

describe("normalizeVin", () => {
  it("upper-cases and removes every kind of whitespace", () => {
    expect(normalizeVin(" 1hgcm 8267\t3a12 3456\n")).toBe("1HGCM82673A123456");
  });

  it("keeps other characters so validation can point at them", () => {
    expect(normalizeVin("1hg-cm")).toBe("1HG-CM");
  });
});

describe("computeCheckDigit", () => {
  it("matches the worked example of 49 CFR 565 (1M8GDM9AXKP042788 → X)", () => {
    expect(computeCheckDigit("1M8GDM9AXKP042788")).toBe("X");
  });

  it("gives the digit for known VINs", () => {
    expect(computeCheckDigit("1HGCM82633A123456")).toBe("7");
    expect(computeCheckDigit("2T1BURHE0JC000001")).toBe("X");
    expect(computeCheckDigit("5YJ3E1EA7KF317000")).toBe("2");
    expect(computeCheckDigit("11111111111111111")).toBe("1");
  });

  it("ignores what is in position 9 itself (weight 0)", () => {
    expect(computeCheckDigit("1HGCM82603A123456")).toBe(computeCheckDigit("1HGCM826X3A123456"));
  });

  it("transliterates letters per table IV (J=1, R=9, S=2, Z=9)", () => {
    // Only position 1 differs; its weight is 8, so the sum changes by 8 × (value − 1).
    const base = "1" + "0000000" + "0" + "00000000";
    expect(computeCheckDigit(base)).toBe("8");
    expect(computeCheckDigit("J" + base.slice(1))).toBe("8");
    expect(computeCheckDigit("S" + base.slice(1))).toBe(String((2 * 8) % 11));
    expect(computeCheckDigit("R" + base.slice(1))).toBe(String((9 * 8) % 11));
    expect(computeCheckDigit("Z" + base.slice(1))).toBe(String((9 * 8) % 11));
  });

  it("returns null for anything that is not 17 valid characters", () => {
    expect(computeCheckDigit("1HGCM82633A12345")).toBeNull();
    expect(computeCheckDigit("1HGCM82633A1234567")).toBeNull();
    expect(computeCheckDigit("1HGCM82633A12345O")).toBeNull();
    expect(computeCheckDigit("")).toBeNull();
  });

  it("agrees with hasValidCheckDigit", () => {
    expect(hasValidCheckDigit("1HGCM82673A123456")).toBe(true);
    expect(hasValidCheckDigit("1HGCM82633A123456")).toBe(false);
    expect(hasValidCheckDigit("1M8GDM9AXKP042788")).toBe(true);
  });
});

describe("vinRegion", () => {
  it.each([
    ["1HGCM82673A123456", "north_america"],
    ["2T1BURHEXJC000001", "north_america"],
    ["3VW000000000000000", "north_america"],
    ["5YJ3E1EA2KF317000", "north_america"],
    ["LSJW74U00MZ000001", "china"],
    ["JTDKN3DU0A0000001", "asia"],
    ["KNAB000000000000", "asia"],
    ["WVWZZZ1JZXW000001", "europe"],
    ["TMBJJ7NE0H0000001", "europe"],
    ["SUF00000000000000", "europe"],
    ["VF1RFB00X56000001", "europe"],
    ["ZFA00000000000000", "europe"],
    ["AAV00000000000000", "africa"],
    ["6FP00000000000000", "oceania"],
    ["9BW00000000000000", "south_america"],
    ["0AB00000000000000", "unknown"],
    ["", "unknown"],
  ] as const)("%s → %s", (vin, region) => {
    expect(vinRegion(vin)).toBe(region);
  });

  it("requires the check digit only in North America and China", () => {
    expect(requiresCheckDigit("north_america")).toBe(true);
    expect(requiresCheckDigit("china")).toBe(true);
    for (const region of ["europe", "asia", "africa", "oceania", "south_america", "unknown"] as const) {
      expect(requiresCheckDigit(region)).toBe(false);
    }
  });
});

describe("vinProblem", () => {
  it("accepts valid North American VINs", () => {
    expect(vinProblem("1HGCM82673A123456")).toBeNull();
    expect(vinProblem("2T1BURHEXJC000001")).toBeNull();
    expect(vinProblem("5YJ3E1EA2KF317000")).toBeNull();
  });

  it("rejects a wrong check digit in North America and China", () => {
    expect(vinProblem("1HGCM82633A123456")).toBe("checkDigit");
    const china = withCheckDigit("LSJW74U00MZ000001");
    expect(vinProblem(china)).toBeNull();
    expect(vinProblem(withWrongCheckDigit(china))).toBe("checkDigit");
    expect(vinProblem(withWrongCheckDigit("1HGCM82673A123456"))).toBe("checkDigit");
  });

  it("allows a wrong or non-numeric check digit in Europe and the rest of the world", () => {
    expect(vinProblem("WVWZZZ1JZXW000001")).toBeNull();
    expect(vinProblem("TMBJJ7NE0H0000001")).toBeNull();
    expect(vinProblem("VF1RFB00X56000001")).toBeNull();
    expect(vinProblem("JTDKN3DU0A0000001")).toBeNull();
  });

  it("reports the length", () => {
    expect(vinProblem("1HGCM82673A12345")).toBe("length");
    expect(vinProblem("1HGCM82673A1234567")).toBe("length");
    expect(vinProblem("")).toBe("length");
  });

  it("reports I, O, Q and other characters before the length", () => {
    expect(vinProblem("1HGCM82673A12345O")).toBe("characters");
    expect(vinProblem("1HGCM82673A1234I")).toBe("characters");
    expect(vinProblem("WVWZZZ1JZXQ00000")).toBe("characters");
    expect(vinProblem("1HGCM-2673A123456")).toBe("characters");
    expect(vinProblem("1hgcm82673a123456")).toBe("characters");
  });
});

describe("model year", () => {
  it("lists every year the code can mean up to the limit", () => {
    expect(modelYearCandidates("1HGCM82673A123456", 2027)).toEqual([2003]);
    expect(modelYearCandidates("1HGCM82673A123456", 2033)).toEqual([2003, 2033]);
    expect(modelYearCandidates("2T1BURHEXJC000001", 2027)).toEqual([1988, 2018]);
    expect(modelYearCandidates("1M8GDM9AXKP042788", 2027)).toEqual([1989, 2019]);
    expect(modelYearCandidates("000000000A0000000", 2027)).toEqual([1980, 2010]);
    expect(modelYearCandidates("000000000Y0000000", 2027)).toEqual([2000]);
  });

  it("has no candidates for characters that are no year code", () => {
    for (const code of ["0", "U", "Z", "I", "O", "Q"]) {
      expect(modelYearCandidates(`000000000${code}0000000`, 2027)).toEqual([]);
    }
    expect(modelYearCandidates("1HGCM", 2027)).toEqual([]);
  });

  it("uses position 7 to pick the 30-year cycle", () => {
    // Position 7 is a digit: 1980–2009.
    expect(likelyModelYear("1HGCM82673A123456", 2040)).toBe(2003);
    // Position 7 is a letter: 2010–2039.
    expect(likelyModelYear("2T1BURHEXJC000001", 2027)).toBe(2018);
    expect(likelyModelYear("5YJ3E1EA2KF317000", 2027)).toBe(2019);
  });

  it("falls back to the latest possible year when position 7 points into the future", () => {
    // Letter in position 7 and code Y would be 2030; before then it can only be 2000.
    expect(likelyModelYear("1AAAAAAA0Y0000000", 2027)).toBe(2000);
    expect(likelyModelYear("1AAAAAAA0Y0000000", 2031)).toBe(2030);
  });

  it("gives no year for a missing code", () => {
    expect(likelyModelYear("1AAAAAAA0Z0000000", 2027)).toBeNull();
  });

  it("reads the year only where the region mandates the code", () => {
    expect(modelYearFromVin("1HGCM82673A123456", 2027)).toBe(2003);
    expect(modelYearFromVin("WVWZZZ1JZXW000001", 2027)).toBeNull();
    expect(modelYearFromVin("VF1RFB00X56000001", 2027)).toBeNull();
  });

  it("allows next year's models", () => {
    expect(maxModelYear(new Date("2026-03-01T12:00:00Z"))).toBe(2027);
  });
});

describe("vinHints", () => {
  it("counts characters and normalises while typing", () => {
    const hints = vinHints("1hgcm 826");
    expect(hints.vin).toBe("1HGCM826");
    expect(hints.length).toBe(8);
    expect(hints.remaining).toBe(9);
    expect(hints.checkDigit).toBeNull();
    expect(hints.region).toBe("north_america");
  });

  it("flags I, O and Q with their 1-based positions", () => {
    const hints = vinHints("1HGCM8267OA12345I");
    expect(hints.forbidden).toEqual([
      { char: "O", position: 10 },
      { char: "I", position: 17 },
    ]);
    expect(hints.checkDigit).toBeNull();
  });

  it("flags other characters separately", () => {
    expect(vinHints("1HG-CM").invalid).toEqual([{ char: "-", position: 4 }]);
    expect(vinHints("ŠKODA").invalid).toEqual([{ char: "Š", position: 1 }]);
  });

  it("tells whether the check digit must and does match once complete", () => {
    expect(vinHints("1HGCM82673A123456").checkDigit).toBe("valid");
    expect(vinHints("1HGCM82633A123456").checkDigit).toBe("invalid");
    expect(vinHints("WVWZZZ1JZXW000001").checkDigit).toBe("notRequired");
  });

  it("reports too long input as negative remaining", () => {
    expect(vinHints("1HGCM82673A1234567").remaining).toBe(-1);
  });

  it("has no region for an empty field", () => {
    expect(vinHints("").region).toBeNull();
  });
});
