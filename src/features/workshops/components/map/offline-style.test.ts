import { validateStyleMin } from "@maplibre/maplibre-gl-style-spec";
import { describe, expect, it } from "vitest";
import { BASEMAP_SOURCE_ID, BASEMAP_URL, offlineStyle } from "./offline-style";
import { MAP_PALETTES } from "./palette";

describe.each(["light", "dark"] as const)("offlineStyle (%s)", (theme) => {
  const style = offlineStyle(MAP_PALETTES[theme], "https://example.test/basemap.json");

  it("passes the MapLibre style-spec validator", () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it("needs nothing from the network but the basemap: no glyphs, sprite, tiles or symbol layers", () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(Object.values(style.sources)).toEqual([{ type: "geojson", data: "https://example.test/basemap.json", tolerance: 0.5 }]);
    expect(style.layers.some((l) => l.type === "symbol" || l.type === "raster")).toBe(false);
  });

  it("paints sea, land, Poland and borders with the theme's colours", () => {
    const p = MAP_PALETTES[theme];
    const paint = Object.fromEntries(style.layers.map((l) => [l.id, l.paint as Record<string, unknown> | undefined]));
    expect(paint.sea?.["background-color"]).toBe(p.sea);
    expect(paint.land?.["fill-color"]).toBe(p.land);
    expect(paint.poland?.["fill-color"]).toBe(p.poland);
    expect(paint.borders?.["line-color"]).toBe(p.border);
    expect(paint["poland-border"]?.["line-color"]).toBe(p.polandBorder);
  });
});

describe("offlineStyle defaults", () => {
  it("reads the same-origin basemap route", () => {
    const source = offlineStyle(MAP_PALETTES.light).sources[BASEMAP_SOURCE_ID];
    expect(source).toMatchObject({ type: "geojson", data: BASEMAP_URL });
    expect(BASEMAP_URL).toBe("/api/map/basemap");
  });
});
