import { describe, expect, it } from "vitest";
import { DEFAULT_VEHICLE_CATEGORY_WORDS as WORDS } from "./constants";
import { deriveVehicleName, modelFromVehicleName, vehicleKey } from "./vehicle-name";

describe("vehicle fitment names (seed 002: names without category words)", () => {
  it.each([
    ["Pit Bike YCF Pilot 125", "YCF Pilot 125"],
    ["Quad ATV Kayo AU150", "Kayo AU150"],
    ["Dirt Bike - YCF Bigy 150", "YCF Bigy 150"],
    ["Samochód osobowy Toyota Corolla 2019–2024", "Toyota Corolla 2019–2024"],
    ["pit bike ycf start 88", "ycf start 88"],
  ])("%s → %s", (name, expected) => {
    expect(deriveVehicleName(name, WORDS)).toBe(expected);
  });

  it("removes whole leading words only and keeps a name that is nothing but category words", () => {
    expect(deriveVehicleName("Subaru Crosstrek", WORDS)).toBe("Subaru Crosstrek");
    expect(deriveVehicleName("Samochód osobowy Volkswagen T-Cross", WORDS)).toBe("Volkswagen T-Cross");
    expect(deriveVehicleName("Samochód osobowy Toyota Corolla Cross", WORDS)).toBe("Toyota Corolla Cross");
    expect(deriveVehicleName("Honda CRF50 Pit Bike", WORDS)).toBe("Honda CRF50 Pit Bike");
    expect(deriveVehicleName("Pit Bike", WORDS)).toBe("Pit Bike");
  });

  it("follows the editable list: a new word is removed, a dropped one stays", () => {
    expect(deriveVehicleName("Motocross YCF SM 190", [...WORDS, "Motocross"])).toBe("YCF SM 190");
    expect(deriveVehicleName("Quad Kayo AU150", ["Pit Bike"])).toBe("Quad Kayo AU150");
  });

  it("takes the model from the name without the brand", () => {
    expect(modelFromVehicleName("YCF Pilot 125", "YCF")).toBe("Pilot 125");
    expect(modelFromVehicleName("Pilot 125", "YCF")).toBe("Pilot 125");
  });

  it("normalises makes and models so garage cars match catalogue vehicles", () => {
    expect(vehicleKey("Škoda")).toBe("skoda");
    expect(vehicleKey("CR-V")).toBe("crv");
    expect(vehicleKey("Mercedes-Benz")).toBe(vehicleKey("MERCEDES BENZ"));
    expect(vehicleKey("Łada")).toBe("lada");
  });
});
