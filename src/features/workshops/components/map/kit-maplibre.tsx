"use client";

import "maplibre-gl/dist/maplibre-gl.css";
import { useMemo, useRef } from "react";
import {
  AttributionControl,
  Layer,
  Map,
  Marker,
  NavigationControl,
  Popup,
  Source,
  useMap,
  type MarkerInstance,
} from "react-map-gl/maplibre";
import { cameraOf, isFromOverlay, lngLatOf, popupClassName, useBareMarkerElement } from "./kit-shared";
import type { KitAreaProps, KitMapProps, KitMarkerProps, KitPopupProps, MapCamera, MapKit } from "./map-kit";
import { BASEMAP_URL, offlineStyle } from "./offline-style";
import { MAP_PALETTES } from "./palette";

/** Without a Mapbox token: MapLibre GL with the offline style (basemap from /api/map/basemap, nothing else fetched). */
function MaplibreMap({
  theme,
  strings,
  attribution,
  initialView,
  fitOptions,
  scrollZoom = true,
  cursor,
  onClick,
  onInitError,
  children,
}: KitMapProps) {
  // Absolute URL: MapLibre fetches GeoJSON in a web worker, where a path has no base to resolve against.
  const style = useMemo(() => offlineStyle(MAP_PALETTES[theme], new URL(BASEMAP_URL, window.location.origin).href), [theme]);
  return (
    <Map
      mapStyle={style}
      initialViewState={
        initialView.kind === "bounds"
          ? { bounds: initialView.bounds, fitBoundsOptions: fitOptions }
          : { longitude: initialView.lng, latitude: initialView.lat, zoom: initialView.zoom }
      }
      locale={strings}
      minZoom={3}
      maxZoom={18}
      maxPitch={0}
      dragRotate={false}
      pitchWithRotate={false}
      touchPitch={false}
      scrollZoom={scrollZoom}
      attributionControl={false}
      cursor={cursor}
      onClick={(e) => {
        if (!isFromOverlay(e.originalEvent.target, "maplibregl")) onClick?.(lngLatOf(e.lngLat));
      }}
      onLoad={(e) => e.target.touchZoomRotate.disableRotation()}
      onError={(e) => {
        // Events without a target come from map creation (no WebGL…); others (a failed fetch) are logged only.
        if (!e.target) onInitError?.(e.error);
        else console.warn("map:", e.error);
      }}
      style={{ width: "100%", height: "100%" }}
    >
      <NavigationControl position="top-right" showCompass={false} />
      <AttributionControl position="bottom-right" compact customAttribution={attribution} />
      {children}
    </Map>
  );
}

function MaplibreMarker({ lng, lat, anchor = "center", draggable = false, onDragEnd, zIndex, passive, children }: KitMarkerProps) {
  const ref = useRef<MarkerInstance>(null);
  useBareMarkerElement(ref);
  const style = useMemo(
    () => ({ zIndex: zIndex ?? "auto", pointerEvents: passive ? ("none" as const) : ("auto" as const) }),
    [zIndex, passive],
  );
  return (
    <Marker
      ref={ref}
      longitude={lng}
      latitude={lat}
      anchor={anchor}
      draggable={draggable}
      style={style}
      onDragEnd={onDragEnd && ((e) => onDragEnd(lngLatOf(e.lngLat)))}
    >
      {children}
    </Marker>
  );
}

function MaplibrePopup({ lng, lat, offset = 16, onClose, children }: KitPopupProps) {
  return (
    <Popup
      longitude={lng}
      latitude={lat}
      offset={offset}
      maxWidth="18rem"
      closeOnClick={false}
      focusAfterOpen={false}
      className={popupClassName("maplibregl")}
      onClose={onClose}
    >
      {children}
    </Popup>
  );
}

function MaplibreArea({ id, data, fill, line }: KitAreaProps) {
  return (
    <Source id={id} type="geojson" data={data}>
      <Layer id={`${id}-fill`} type="fill" paint={{ "fill-color": fill }} />
      <Layer id={`${id}-line`} type="line" paint={{ "line-color": line, "line-width": 1.5 }} />
    </Source>
  );
}

function useMaplibreCamera(): MapCamera | null {
  const { current } = useMap();
  return useMemo(() => (current ? cameraOf(current) : null), [current]);
}

export const maplibreKit: MapKit = {
  offline: true,
  Map: MaplibreMap,
  Marker: MaplibreMarker,
  Popup: MaplibrePopup,
  Area: MaplibreArea,
  useCamera: useMaplibreCamera,
};
