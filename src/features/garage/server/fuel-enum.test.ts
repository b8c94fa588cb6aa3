import { describe, expect, it } from "vitest";
import { fuelType } from "@/server/db/schema";
import { FUEL_TYPES } from "../schemas";

describe("FUEL_TYPES", () => {
  it("matches the fuel_type database enum, value for value", () => {
    expect([...FUEL_TYPES]).toEqual(fuelType.enumValues);
  });
});
