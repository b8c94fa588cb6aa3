import type { ExpressionSpecification, StyleSpecification } from "maplibre-gl";
import type { MapPalette } from "./palette";

/** Same-origin GeoJSON of the countries around Poland (src/app/api/map/basemap/route.ts). */
export const BASEMAP_URL = "/api/map/basemap";
export const BASEMAP_SOURCE_ID = "basemap";

/**
 * The MapLibre style used without a Mapbox token. It needs no network beyond `dataUrl`: no tiles,
 * and deliberately no `glyphs`/`sprite` (so no symbol layers; city names are HTML markers).
 * Attribution ("© Natural Earth") is added by the map's AttributionControl, translated.
 */
export function offlineStyle(palette: MapPalette, dataUrl: string = BASEMAP_URL): StyleSpecification {
  const isPoland: ExpressionSpecification = ["==", ["get", "pl"], true];
  return {
    version: 8,
    name: "Pitstop offline",
    sources: {
      [BASEMAP_SOURCE_ID]: { type: "geojson", data: dataUrl, tolerance: 0.5 },
    },
    layers: [
      { id: "sea", type: "background", paint: { "background-color": palette.sea } },
      {
        id: "land",
        type: "fill",
        source: BASEMAP_SOURCE_ID,
        filter: ["!", isPoland],
        paint: { "fill-color": palette.land },
      },
      {
        id: "poland",
        type: "fill",
        source: BASEMAP_SOURCE_ID,
        filter: isPoland,
        paint: { "fill-color": palette.poland },
      },
      {
        id: "borders",
        type: "line",
        source: BASEMAP_SOURCE_ID,
        filter: ["!", isPoland],
        layout: { "line-join": "round" },
        paint: {
          "line-color": palette.border,
          "line-width": ["interpolate", ["linear"], ["zoom"], 3, 0.5, 8, 1.2],
        },
      },
      {
        id: "poland-border",
        type: "line",
        source: BASEMAP_SOURCE_ID,
        filter: isPoland,
        layout: { "line-join": "round" },
        paint: {
          "line-color": palette.polandBorder,
          "line-width": ["interpolate", ["linear"], ["zoom"], 3, 1, 8, 2.2],
        },
      },
    ],
  };
}
