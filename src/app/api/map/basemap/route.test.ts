import type { FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import { GET } from "./route";

type Basemap = FeatureCollection<Polygon | MultiPolygon, { name: string; pl?: true }>;
const BOX = { west: 5, south: 44, east: 35, north: 60 };

const response = await GET();
const basemap = (await response.clone().json()) as Basemap;
const byName = new Map(basemap.features.map((f) => [f.properties.name, f]));
const polygonsOf = (f: Basemap["features"][number]) => (f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates);

describe("GET /api/map/basemap", () => {
  it("answers cacheable GeoJSON", () => {
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/geo\+json/);
    expect(response.headers.get("cache-control")).toBe("public, max-age=86400, immutable");
    expect(basemap.type).toBe("FeatureCollection");
  });

  it("marks Poland (ISO 616), and only Poland, with pl: true", () => {
    const marked = basemap.features.filter((f) => f.properties.pl === true);
    expect(marked.map((f) => [f.id, f.properties.name])).toEqual([["616", "Poland"]]);
  });

  it("keeps Poland's neighbours and drops countries far from the box", () => {
    for (const name of ["Germany", "Czechia", "Slovakia", "Ukraine", "Belarus", "Lithuania", "Russia", "Sweden"]) {
      expect(byName.has(name), name).toBe(true);
    }
    for (const name of ["Spain", "Portugal", "United States of America", "Australia", "Greece", "Iceland"]) {
      expect(byName.has(name), name).toBe(false);
    }
  });

  it("keeps only polygons that touch the box (France without French Guiana)", () => {
    for (const f of basemap.features) {
      for (const rings of polygonsOf(f)) {
        const lngs = rings.flat().map((p) => p[0] ?? NaN);
        const lats = rings.flat().map((p) => p[1] ?? NaN);
        expect(Math.min(...lngs)).toBeLessThanOrEqual(BOX.east);
        expect(Math.max(...lngs)).toBeGreaterThanOrEqual(BOX.west);
        expect(Math.min(...lats)).toBeLessThanOrEqual(BOX.north);
        expect(Math.max(...lats)).toBeGreaterThanOrEqual(BOX.south);
      }
    }
    const france = byName.get("France");
    if (!france) throw new Error("France missing");
    expect(
      polygonsOf(france)
        .flat(2)
        .every(([lng = NaN]) => lng > -10),
    ).toBe(true);
  });

  it("puts Poland where Poland is, with coordinates rounded to 4 decimals", () => {
    const poland = byName.get("Poland");
    if (!poland) throw new Error("Poland missing");
    const pts = polygonsOf(poland).flat(2);
    const lngs = pts.map((p) => p[0] ?? NaN);
    const lats = pts.map((p) => p[1] ?? NaN);
    expect(Math.min(...lngs)).toBeGreaterThan(14);
    expect(Math.max(...lngs)).toBeLessThan(24.2);
    expect(Math.min(...lats)).toBeGreaterThan(49);
    expect(Math.max(...lats)).toBeLessThan(55);
    for (const v of [...lngs, ...lats]) expect(Math.abs(v * 1e4 - Math.round(v * 1e4))).toBeLessThan(1e-6);
  });

  it("stays small enough to send as one file and is built once", async () => {
    expect((await response.clone().text()).length).toBeLessThan(400_000);
    expect(await (await GET()).text()).toBe(await response.clone().text());
  });
});
