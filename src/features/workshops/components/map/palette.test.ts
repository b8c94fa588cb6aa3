import { describe, expect, it } from "vitest";
import { MAP_PALETTES, mapThemeOf, type MapTheme } from "./palette";

/** WCAG 2.x contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r = 0, g = 0, bl = 0] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

describe("mapThemeOf", () => {
  it("is dark only for a resolved dark theme", () => {
    expect(mapThemeOf("dark")).toBe("dark");
    expect(mapThemeOf("light")).toBe("light");
    expect(mapThemeOf(undefined)).toBe("light");
  });
});

describe.each<MapTheme>(["light", "dark"])("the %s palette", (theme) => {
  const p = MAP_PALETTES[theme];

  it("uses #rrggbb for every opaque colour", () => {
    for (const c of [p.sea, p.land, p.poland, p.border, p.polandBorder, p.label, p.labelHalo]) {
      expect(c).toMatch(/^#[0-9a-f]{6}$/);
    }
  });

  it("keeps city labels readable (≥ 4.5:1) on land, on Poland and on their halo", () => {
    expect(contrast(p.label, p.land)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(p.label, p.poland)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(p.label, p.labelHalo)).toBeGreaterThanOrEqual(7);
  });

  it("tells sea, land and Poland apart", () => {
    expect(contrast(p.sea, p.land)).toBeGreaterThan(1.15);
    expect(contrast(p.poland, p.land)).toBeGreaterThan(1.08);
    expect(p.poland).not.toBe(p.land);
  });

  it("draws borders visibly, Poland's more strongly", () => {
    expect(contrast(p.border, p.land)).toBeGreaterThanOrEqual(1.8);
    expect(contrast(p.polandBorder, p.poland)).toBeGreaterThan(contrast(p.border, p.land));
  });
});

describe("light and dark", () => {
  it("differ in brightness the right way round", () => {
    expect(contrast(MAP_PALETTES.light.land, "#000000")).toBeGreaterThan(contrast(MAP_PALETTES.dark.land, "#000000"));
  });
});
