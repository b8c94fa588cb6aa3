import { describe, expect, it } from "vitest";
import { destination, haversineM } from "@/lib/geo";
import { bboxContains, boundsOf, circlePolygon, fitTarget, isArrowKey, nudge, ORIGIN_ZOOM, padBBox, POLAND_VIEW, roundLngLat } from "./geo";

const warsaw = { lat: 52.2297, lng: 21.0122 };
const krakow = { lat: 50.0647, lng: 19.945 };

describe("circlePolygon", () => {
  it("puts 64 points 10 km (± 1 m) from the centre and closes the ring", () => {
    const ring = circlePolygon(warsaw, 10_000).geometry.coordinates[0] ?? [];
    expect(ring).toHaveLength(65);
    expect(ring[64]).toEqual(ring[0]);
    for (const [lng = NaN, lat = NaN] of ring) {
      expect(Math.abs(haversineM(warsaw, { lng, lat }) - 10_000)).toBeLessThanOrEqual(1);
    }
  });

  it("starts due north and goes clockwise", () => {
    const ring = circlePolygon(warsaw, 5_000, 4).geometry.coordinates[0] ?? [];
    const [north, east, south, west] = ring.map(([lng = NaN, lat = NaN]) => ({ lng, lat }));
    expect(north?.lat).toBeGreaterThan(warsaw.lat);
    expect(east?.lng).toBeGreaterThan(warsaw.lng);
    expect(south?.lat).toBeLessThan(warsaw.lat);
    expect(west?.lng).toBeLessThan(warsaw.lng);
  });

  it("honours the number of steps", () => {
    expect(circlePolygon(warsaw, 1_000, 16).geometry.coordinates[0]).toHaveLength(17);
  });
});

describe("boundsOf", () => {
  it("is null for no points", () => {
    expect(boundsOf([])).toBeNull();
  });

  it("holds every point", () => {
    const pts = [warsaw, krakow, { lat: 54.352, lng: 18.6466 }];
    const [[w, s], [e, n]] = boundsOf(pts) ?? [
      [NaN, NaN],
      [NaN, NaN],
    ];
    expect([w, s, e, n]).toEqual([18.6466, 50.0647, 21.0122, 54.352]);
  });
});

describe("padBBox", () => {
  it("grows every side by the fraction and clamps to the Mercator world", () => {
    expect(padBBox([10, 40, 20, 50], 0.5)).toEqual([5, 35, 25, 55]);
    expect(padBBox([-170, -80, 170, 80], 1)).toEqual([-180, -85, 180, 85]);
  });
});

describe("fitTarget", () => {
  const inside = (b: [[number, number], [number, number]], p: { lng: number; lat: number }) =>
    p.lng >= b[0][0] && p.lng <= b[1][0] && p.lat >= b[0][1] && p.lat <= b[1][1];

  it("frames every pin and the origin", () => {
    const pins = [krakow, { lat: 50.2649, lng: 19.0238 }];
    const origin = { lat: 51.1079, lng: 17.0385 };
    const t = fitTarget(pins, origin, 25_000);
    expect(t.kind).toBe("bounds");
    if (t.kind !== "bounds") return;
    for (const p of [...pins, origin]) expect(inside(t.bounds, p)).toBe(true);
  });

  it("frames the search circle when there are no pins", () => {
    const t = fitTarget([], warsaw, 10_000);
    expect(t.kind).toBe("bounds");
    if (t.kind !== "bounds") return;
    const north = destination(warsaw, 0, 10_000);
    const east = destination(warsaw, 90, 10_000);
    expect(t.bounds[1][1]).toBeCloseTo(north.lat, 6);
    expect(t.bounds[1][0]).toBeCloseTo(east.lng, 6);
    expect(inside(t.bounds, warsaw)).toBe(true);
  });

  it("centres on a lone origin, else on Poland", () => {
    expect(fitTarget([], warsaw)).toEqual({ kind: "center", lng: warsaw.lng, lat: warsaw.lat, zoom: ORIGIN_ZOOM });
    expect(fitTarget([], null, null)).toEqual({ kind: "center", ...POLAND_VIEW });
    expect(POLAND_VIEW).toEqual({ lat: 52.1, lng: 19.4, zoom: 5.3 });
  });
});

describe("nudge", () => {
  it("moves the given number of metres in the arrow's direction", () => {
    const up = nudge(warsaw, "ArrowUp", 10);
    const right = nudge(warsaw, "ArrowRight", 10);
    expect(up.lat).toBeGreaterThan(warsaw.lat);
    expect(up.lng).toBeCloseTo(warsaw.lng, 6);
    expect(right.lng).toBeGreaterThan(warsaw.lng);
    expect(nudge(warsaw, "ArrowDown", 10).lat).toBeLessThan(warsaw.lat);
    expect(nudge(warsaw, "ArrowLeft", 10).lng).toBeLessThan(warsaw.lng);
    for (const p of [up, right]) expect(Math.abs(haversineM(warsaw, p) - 10)).toBeLessThan(0.05);
  });

  it("recognises only arrow keys", () => {
    expect(["ArrowUp", "ArrowLeft", "Enter", "a", "constructor"].map(isArrowKey)).toEqual([true, true, false, false, false]);
  });
});

describe("bboxContains", () => {
  it("includes the edges and excludes outside points", () => {
    expect(bboxContains([14, 49, 24, 55], warsaw)).toBe(true);
    expect(bboxContains([14, 49, 24, 55], { lng: 14, lat: 49 })).toBe(true);
    expect(bboxContains([14, 49, 24, 55], { lng: 13.9, lat: 52 })).toBe(false);
  });
});

describe("roundLngLat", () => {
  it("rounds both coordinates, 6 decimals by default", () => {
    expect(roundLngLat({ lng: 21.01223456789, lat: 52.22971234567 })).toEqual({ lng: 21.012235, lat: 52.229712 });
    expect(roundLngLat({ lng: 21.0149, lat: -52.2251 }, 2)).toEqual({ lng: 21.01, lat: -52.23 });
  });
});
