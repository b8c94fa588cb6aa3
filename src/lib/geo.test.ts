import { describe, expect, it } from "vitest";
import { destination, haversineM } from "./geo";

const warsaw = { lat: 52.2297, lng: 21.0122 };
const krakow = { lat: 50.0647, lng: 19.945 };
// GeoNames points of the two towns, as the demo seed uses them.
const KRAKOW = { lat: 50.06143, lng: 19.93658 };
const WARSZAWA = { lat: 52.22977, lng: 21.01178 };

describe("haversineM", () => {
  it("measures Warsaw–Kraków as about 252 km", () => {
    expect(haversineM(warsaw, krakow)).toBeGreaterThan(251_000);
    expect(haversineM(warsaw, krakow)).toBeLessThan(253_000);
  });

  it("gives the Kraków–Warszawa great-circle distance between the GeoNames points (~252 km)", () => {
    expect(haversineM(KRAKOW, WARSZAWA)).toBeGreaterThan(250_000);
    expect(haversineM(KRAKOW, WARSZAWA)).toBeLessThan(254_000);
  });

  it("is zero for the same point and symmetric", () => {
    expect(haversineM(warsaw, warsaw)).toBe(0);
    expect(haversineM(KRAKOW, KRAKOW)).toBe(0);
    expect(haversineM(warsaw, krakow)).toBeCloseTo(haversineM(krakow, warsaw), 6);
  });
});

describe("destination", () => {
  it("goes due north by the arc length (1° of latitude ≈ 111.2 km)", () => {
    const p = destination({ lat: 50, lng: 20 }, 0, 111_195);
    expect(p.lng).toBeCloseTo(20, 9);
    expect(p.lat).toBeCloseTo(51, 3);
  });

  it("lands at the requested distance, also east-west where degrees of longitude are short", () => {
    for (const bearing of [0, 45, 90, 180, 270]) {
      expect(haversineM(KRAKOW, destination(KRAKOW, bearing, 5_000))).toBeCloseTo(5_000, 3);
    }
    // At 50°N a degree of longitude is ~71.6 km: 5 km east is ~0.07°, not 0.045°.
    expect(destination(KRAKOW, 90, 5_000).lng - KRAKOW.lng).toBeCloseTo(0.0699, 3);
  });

  it("wraps longitude across the antimeridian", () => {
    const p = destination({ lat: 0, lng: 179.9 }, 90, 50_000);
    expect(p.lng).toBeLessThan(-179);
  });
});
