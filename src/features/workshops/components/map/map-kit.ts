import type { Feature, Polygon } from "geojson";
import type { ComponentType, ReactNode } from "react";
import { env } from "@/env";
import type { BBox, FitTarget, LngLat } from "./geo";
import type { MapTheme } from "./palette";

/*
 * One contract, two implementations: kit-maplibre.tsx (no token, offline style) and kit-mapbox.tsx
 * (NEXT_PUBLIC_MAPBOX_TOKEN set). The map components only speak this contract, and loadMapKit()
 * imports just the implementation in use, so the other library never reaches the browser.
 */

/** What the map shows right now: visible area and fractional zoom. */
export type MapView = { bbox: BBox; zoom: number };
export type FitOptions = { padding: number; maxZoom: number };

/** The camera calls the components make; the same on maplibre-gl and mapbox-gl. */
export interface MapCamera {
  view(): MapView | null;
  maxZoom(): number;
  /** Animates to `center`, keeping the zoom unless one is given (instant with prefers-reduced-motion). */
  easeTo(center: LngLat, zoom?: number): void;
  frame(target: FitTarget, options: FitOptions): void;
  /** Calls `listener` after every pan/zoom; returns the unsubscribe function. */
  onMoveEnd(listener: () => void): () => void;
}

/** UI strings the map libraries render themselves (`locale` option: "Map.Title", "NavigationControl.ZoomIn"…). */
export type MapUiStrings = Record<string, string>;

export type KitMapProps = {
  theme: MapTheme;
  /** "pl" | "en": the language of Mapbox's own labels. */
  language: string;
  strings: MapUiStrings;
  /** Credit for the offline basemap's data, e.g. "© Natural Earth" (Mapbox shows its own). */
  attribution: string;
  initialView: FitTarget;
  fitOptions: FitOptions;
  /** Wheel zooms the map (off for maps inside scrolling pages). Default true. */
  scrollZoom?: boolean;
  cursor?: string;
  /** A click on the map itself, not on a marker or popup. */
  onClick?: (at: LngLat) => void;
  /** The map could not start (no WebGL, library failed). */
  onInitError?: (error: Error) => void;
  children?: ReactNode;
};

export type KitMarkerProps = {
  lng: number;
  lat: number;
  /** Which part of the content sits on the coordinates. Default "center". */
  anchor?: "center" | "bottom" | "top";
  draggable?: boolean;
  onDragEnd?: (at: LngLat) => void;
  zIndex?: number;
  /** Lets pointer events through (labels). */
  passive?: boolean;
  children: ReactNode;
};

export type KitPopupProps = {
  lng: number;
  lat: number;
  /** Pixels between the anchor point and the popup's tip. */
  offset?: number;
  onClose: () => void;
  children: ReactNode;
};

/** A translucent GeoJSON polygon (the search radius). */
export type KitAreaProps = { id: string; data: Feature<Polygon>; fill: string; line: string };

export type MapKit = {
  /** True for the token-free MapLibre style: we draw city labels ourselves. */
  offline: boolean;
  Map: ComponentType<KitMapProps>;
  Marker: ComponentType<KitMarkerProps>;
  Popup: ComponentType<KitPopupProps>;
  Area: ComponentType<KitAreaProps>;
  /** The camera of the enclosing `Map`; only inside its children (where it is never null). */
  useCamera(): MapCamera | null;
};

let kit: Promise<MapKit> | undefined;

/** The implementation for this deployment, imported on first use and shared by every map on the page. */
export function loadMapKit(): Promise<MapKit> {
  const token = env.NEXT_PUBLIC_MAPBOX_TOKEN;
  kit ??= (
    token ? import("./kit-mapbox").then((m) => m.createMapboxKit(token)) : import("./kit-maplibre").then((m) => m.maplibreKit)
  ).catch((error: unknown) => {
    kit = undefined; // let a later mount retry (e.g. a chunk that failed on a flaky connection)
    throw error;
  });
  return kit;
}
