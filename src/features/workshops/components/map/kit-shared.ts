import { useEffect, type RefObject } from "react";
import type { Bounds, LngLat } from "./geo";
import type { FitOptions, MapCamera } from "./map-kit";

/** The part of a maplibre-gl / mapbox-gl map (or react-map-gl MapRef) that MapCamera needs. */
interface CameraSource {
  getZoom(): number;
  getMaxZoom(): number;
  getBounds(): { getWest(): number; getSouth(): number; getEast(): number; getNorth(): number } | null;
  easeTo(options: { center: [number, number]; zoom?: number }): unknown;
  fitBounds(bounds: Bounds, options: FitOptions): unknown;
  on(type: "moveend", listener: () => void): unknown;
  off(type: "moveend", listener: () => void): unknown;
}

/** Wraps a map in the MapCamera contract. */
export function cameraOf(map: CameraSource): MapCamera {
  return {
    view() {
      const b = map.getBounds();
      return b ? { bbox: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], zoom: map.getZoom() } : null;
    },
    maxZoom: () => map.getMaxZoom(),
    easeTo(center, zoom) {
      // `zoom: undefined` would be read as NaN by the libraries, so leave the key out.
      map.easeTo({ center: [center.lng, center.lat], ...(zoom === undefined ? {} : { zoom }) });
    },
    frame(target, options) {
      if (target.kind === "bounds") map.fitBounds(target.bounds, options);
      else map.easeTo({ center: [target.lng, target.lat], zoom: target.zoom });
    },
    onMoveEnd(listener) {
      map.on("moveend", listener);
      return () => {
        map.off("moveend", listener);
      };
    },
  };
}

/** Plain `{lng, lat}` from a library LngLat (which carries methods and wraps). */
export const lngLatOf = (p: { lng: number; lat: number }): LngLat => ({ lng: p.lng, lat: p.lat });

/** True when a map click started on one of our markers or popups (`prefix`: "maplibregl" | "mapboxgl"). */
export function isFromOverlay(target: EventTarget | null, prefix: string): boolean {
  return target instanceof Element && target.closest(`.${prefix}-marker, .${prefix}-popup`) !== null;
}

/**
 * The libraries give a custom marker's wrapper `role="button"` and aria-label "Map marker". Our
 * content brings its own semantics (a real <button>, an image, or nothing for labels), so a
 * second, unfocusable "button" around it would only confuse screen readers (axe: nested-interactive).
 * Runs after the library's own effect (children's effects run first) and again after StrictMode's remount.
 */
export function useBareMarkerElement(marker: RefObject<{ getElement(): HTMLElement } | null>): void {
  useEffect(() => {
    const el = marker.current?.getElement();
    el?.removeAttribute("role");
    el?.removeAttribute("aria-label");
  }, [marker]);
}

/**
 * Tailwind classes making the library popup follow the app theme (its CSS hard-codes white),
 * with a 28 px close button, above markers (z 0–4) and the controls (MAP_FRAME_LAYERING). `prefix` is "maplibregl" or "mapboxgl".
 * Important (`!`) because the library CSS is unlayered and so beats Tailwind's layered utilities.
 */
export function popupClassName(prefix: "maplibregl" | "mapboxgl"): string {
  // Spelled out in full so Tailwind's scanner finds every class.
  return prefix === "maplibregl"
    ? "z-30 [&_.maplibregl-popup-content]:bg-popover! [&_.maplibregl-popup-content]:text-popover-foreground [&_.maplibregl-popup-content]:rounded-md! [&_.maplibregl-popup-content]:border! [&_.maplibregl-popup-content]:px-3! [&_.maplibregl-popup-content]:py-2! [&_.maplibregl-popup-content]:pr-8! [&_.maplibregl-popup-content]:shadow-md! [&_.maplibregl-popup-close-button]:size-7! [&_.maplibregl-popup-close-button]:text-lg! [&_.maplibregl-popup-close-button]:rounded-md! [&[class*=anchor-bottom]_.maplibregl-popup-tip]:border-t-popover! [&[class*=anchor-top]_.maplibregl-popup-tip]:border-b-popover! [&.maplibregl-popup-anchor-left_.maplibregl-popup-tip]:border-r-popover! [&.maplibregl-popup-anchor-right_.maplibregl-popup-tip]:border-l-popover!"
    : "z-30 [&_.mapboxgl-popup-content]:bg-popover! [&_.mapboxgl-popup-content]:text-popover-foreground [&_.mapboxgl-popup-content]:rounded-md! [&_.mapboxgl-popup-content]:border! [&_.mapboxgl-popup-content]:px-3! [&_.mapboxgl-popup-content]:py-2! [&_.mapboxgl-popup-content]:pr-8! [&_.mapboxgl-popup-content]:shadow-md! [&_.mapboxgl-popup-close-button]:size-7! [&_.mapboxgl-popup-close-button]:text-lg! [&_.mapboxgl-popup-close-button]:rounded-md! [&[class*=anchor-bottom]_.mapboxgl-popup-tip]:border-t-popover! [&[class*=anchor-top]_.mapboxgl-popup-tip]:border-b-popover! [&.mapboxgl-popup-anchor-left_.mapboxgl-popup-tip]:border-r-popover! [&.mapboxgl-popup-anchor-right_.mapboxgl-popup-tip]:border-l-popover!";
}

/**
 * Stacking inside the map, bottom to top: city labels 0, origin 1, clusters 2, pins 3, selected pin 4,
 * the controls' corners 20 (the libraries' CSS gives them 2, under our pins), popups 30.
 */
export const MAP_FRAME_LAYERING =
  "[&_.maplibregl-ctrl-top-right]:z-20! [&_.maplibregl-ctrl-bottom-right]:z-20! [&_.mapboxgl-ctrl-top-right]:z-20! [&_.mapboxgl-ctrl-bottom-right]:z-20! [&_.mapboxgl-ctrl-bottom-left]:z-20!";
