"use client";

import "mapbox-gl/dist/mapbox-gl.css";
import { useMemo, useRef } from "react";
import { Layer, Map, Marker, NavigationControl, Popup, Source, useMap, type MarkerInstance } from "react-map-gl/mapbox";
import { cameraOf, isFromOverlay, lngLatOf, popupClassName, useBareMarkerElement } from "./kit-shared";
import type { KitAreaProps, KitMapProps, KitMarkerProps, KitPopupProps, MapCamera, MapKit } from "./map-kit";

/** Mapbox's own styles; their labels, attribution and logo come with them. */
export const MAPBOX_STYLES = {
  light: "mapbox://styles/mapbox/streets-v12",
  dark: "mapbox://styles/mapbox/dark-v11",
} as const;

const toError = (e: { message: string }) => (e instanceof Error ? e : new Error(e.message));

/** With NEXT_PUBLIC_MAPBOX_TOKEN: Mapbox GL v3 (which refuses to render without a token). */
function createMapboxMap(token: string) {
  return function MapboxMap(props: KitMapProps) {
    const { theme, language, strings, initialView, fitOptions, scrollZoom = true, cursor, onClick, onInitError, children } = props;
    return (
      <Map
        mapboxAccessToken={token}
        mapStyle={MAPBOX_STYLES[theme]}
        language={language}
        projection="mercator"
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
        cursor={cursor}
        onClick={(e) => {
          if (!isFromOverlay(e.originalEvent.target, "mapboxgl")) onClick?.(lngLatOf(e.lngLat));
        }}
        onLoad={(e) => e.target.touchZoomRotate.disableRotation()}
        onError={(e) => {
          // Events without a target come from map creation (no WebGL…); others (a failed tile) are logged only.
          if (!e.target) onInitError?.(toError(e.error));
          else console.warn("map:", e.error);
        }}
        style={{ width: "100%", height: "100%" }}
      >
        <NavigationControl position="top-right" showCompass={false} />
        {children}
      </Map>
    );
  };
}

function MapboxMarker({ lng, lat, anchor = "center", draggable = false, onDragEnd, zIndex, passive, children }: KitMarkerProps) {
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

function MapboxPopup({ lng, lat, offset = 16, onClose, children }: KitPopupProps) {
  return (
    <Popup
      longitude={lng}
      latitude={lat}
      offset={offset}
      maxWidth="18rem"
      closeOnClick={false}
      focusAfterOpen={false}
      className={popupClassName("mapboxgl")}
      onClose={onClose}
    >
      {children}
    </Popup>
  );
}

function MapboxArea({ id, data, fill, line }: KitAreaProps) {
  return (
    <Source id={id} type="geojson" data={data}>
      <Layer id={`${id}-fill`} type="fill" paint={{ "fill-color": fill }} />
      <Layer id={`${id}-line`} type="line" paint={{ "line-color": line, "line-width": 1.5 }} />
    </Source>
  );
}

function useMapboxCamera(): MapCamera | null {
  const { current } = useMap();
  return useMemo(() => (current ? cameraOf(current) : null), [current]);
}

/** The Mapbox kit for `token` (a public pk.* token). */
export function createMapboxKit(token: string): MapKit {
  return {
    offline: false,
    Map: createMapboxMap(token),
    Marker: MapboxMarker,
    Popup: MapboxPopup,
    Area: MapboxArea,
    useCamera: useMapboxCamera,
  };
}
