/** The two looks of the map, following next-themes' `resolvedTheme`. */
export type MapTheme = "light" | "dark";

/** "dark" only when next-themes resolved to dark; light before it resolves (first render) and otherwise. */
export function mapThemeOf(resolvedTheme: string | undefined): MapTheme {
  return resolvedTheme === "dark" ? "dark" : "light";
}

export type MapPalette = {
  /** Background of the offline style: sea and everything outside the basemap. */
  sea: string;
  land: string;
  /** Poland's fill, lighter (light theme) or raised (dark theme) so it stands out. */
  poland: string;
  border: string;
  polandBorder: string;
  /** City label text and the halo that keeps it readable over borders. */
  label: string;
  labelHalo: string;
  /** Search radius circle. */
  radiusFill: string;
  radiusLine: string;
};

/**
 * Opaque colours are #rrggbb so the unit test can check contrast: labels ≥ 4.5:1 on land and on
 * Poland (WCAG AA for small text), borders and sea visibly apart from land.
 */
export const MAP_PALETTES: Record<MapTheme, MapPalette> = {
  light: {
    sea: "#c9dcee",
    land: "#eceae4",
    poland: "#fbfaf6",
    border: "#a19d93",
    polandBorder: "#6f6a60",
    label: "#3d3d3d",
    labelHalo: "#ffffff",
    radiusFill: "rgba(2, 132, 199, 0.10)",
    radiusLine: "rgba(2, 132, 199, 0.65)",
  },
  dark: {
    sea: "#0c1620",
    land: "#1f2326",
    poland: "#2c3237",
    border: "#4b5259",
    polandBorder: "#8a939b",
    label: "#dfe2e5",
    labelHalo: "#0f1113",
    radiusFill: "rgba(56, 189, 248, 0.12)",
    radiusLine: "rgba(56, 189, 248, 0.7)",
  },
};
