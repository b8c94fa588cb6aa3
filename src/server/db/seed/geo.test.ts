import { describe, expect, it } from "vitest";
import { haversineM } from "@/lib/geo";
import { Rng } from "./random";
import { cityRadiusM, jitterInDisc, partOfTown } from "./geo";

const KRAKOW = { lat: 50.06143, lng: 19.93658 };
const WARSZAWA = { lat: 52.22977, lng: 21.01178 };

describe("jitterInDisc", () => {
  it("keeps every point inside the radius and fills the disc", () => {
    const rng = Rng.for("test", "jitter");
    const radius = 9_000;
    let outerHalf = 0;
    for (let i = 0; i < 5_000; i++) {
      const p = jitterInDisc(WARSZAWA, radius, rng.next(), rng.next());
      const d = haversineM(WARSZAWA, p);
      expect(d).toBeLessThanOrEqual(radius + 0.01);
      expect(d).toBeCloseTo(p.distanceM, 2);
      if (d > radius / Math.SQRT2) outerHalf++;
    }
    // Uniform over the area: half of the points lie outside radius/√2.
    expect(outerHalf / 5_000).toBeGreaterThan(0.45);
    expect(outerHalf / 5_000).toBeLessThan(0.55);
  });

  it("respects a sector of allowed bearings, also one wrapping past north", () => {
    const rng = Rng.for("test", "sector");
    for (let i = 0; i < 1_000; i++) {
      const west = jitterInDisc(KRAKOW, 3_000, rng.next(), rng.next(), { from: 180, to: 360 });
      expect(west.lng).toBeLessThanOrEqual(KRAKOW.lng + 1e-9);
      const north = jitterInDisc(KRAKOW, 3_000, rng.next(), rng.next(), { from: 270, to: 90 });
      expect(north.lat).toBeGreaterThanOrEqual(KRAKOW.lat - 1e-9);
    }
  });
});

describe("cityRadiusM", () => {
  it("grows from ~2 km for small towns to ~9 km for Warszawa", () => {
    expect(cityRadiusM(50_000)).toBe(2_000);
    expect(cityRadiusM(120_000)).toBeLessThan(2_500);
    expect(cityRadiusM(755_050)).toBeGreaterThan(5_000);
    expect(cityRadiusM(1_702_139)).toBeGreaterThan(8_500);
    expect(cityRadiusM(1_702_139)).toBeLessThanOrEqual(9_000);
  });
});

describe("partOfTown", () => {
  it("names the direction, or the centre when close", () => {
    expect(partOfTown(500, 10)).toBe("Centrum");
    expect(partOfTown(4_000, 10)).toBe("Północ");
    expect(partOfTown(4_000, 95)).toBe("Wschód");
    expect(partOfTown(4_000, 170)).toBe("Południe");
    expect(partOfTown(4_000, 280)).toBe("Zachód");
    expect(partOfTown(4_000, 350)).toBe("Północ");
  });
});
