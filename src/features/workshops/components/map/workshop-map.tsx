"use client";

import { useTranslations } from "next-intl";
import { useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { cn } from "@/lib/utils";
import { clusterItems, clusterZoomTarget, createClusterIndex, visibleLabels, zoomToReveal } from "./clusters";
import { circlePolygon, fitTarget, padBBox, type LngLat } from "./geo";
import type { FitOptions, MapKit, MapView } from "./map-kit";
import { MapFrame, useMapSetup } from "./map-shell";
import { CityLabel, ClusterButton, DefaultPopupContent, OriginDot, PinButton, type MapPin } from "./markers";
import { MAP_PALETTES, type MapTheme } from "./palette";

export type { MapPin };

export type WorkshopMapProps = {
  pins: MapPin[];
  selectedId: string | null;
  /** A marker was clicked (its id), or the popup was closed / the map background clicked (null). */
  onSelect: (id: string | null) => void;
  /** The search origin, drawn as "you are here". */
  origin?: { lat: number; lng: number; label?: string | null } | null;
  /** Search radius in metres, drawn as a circle around `origin`. */
  radiusM?: number | null;
  /** City names for orientation, largest first (only the first few show below zoom 6). Offline style only. */
  labels?: { name: string; lat: number; lng: number }[];
  /** Popup content for the selected pin. Default: name and rating. */
  renderPopup?: (pin: MapPin) => ReactNode;
  /**
   * Change it to frame a new result set (pins + origin; with no pins the origin/radius or Poland).
   * Key it to the results, not only the inputs: pins arriving for an unchanged key after an empty
   * set are framed too, but pins that replace a non-empty set are not.
   */
  fitKey?: string;
  /** Sizing: the map fills this box (default h-[28rem]). */
  className?: string;
};

const FIT: FitOptions = { padding: 48, maxZoom: 13 };
/** Markers are kept for this much (fraction of the view) beyond each edge, so panning shows no gaps. */
const VIEW_PADDING = 0.3;

/** Workshops search map: clustered pins, the selected one's popup, origin and radius, city labels. */
export function WorkshopMap(props: WorkshopMapProps) {
  const t = useTranslations("map");
  const setup = useMapSetup();
  const { pins, origin, radiusM, selectedId, onSelect } = props;
  // The first view frames the first props; later framing is driven by fitKey.
  const [initialView] = useState(() => fitTarget(pins, origin, radiusM));
  return (
    <MapFrame
      setup={setup}
      label={t("workshopsLabel")}
      className={cn("h-[28rem]", props.className)}
      onKeyDown={(e) => {
        if (e.key === "Escape" && selectedId !== null) onSelect(null);
      }}
    >
      {(kit) => (
        <kit.Map {...setup.base} initialView={initialView} fitOptions={FIT} onClick={() => selectedId !== null && onSelect(null)}>
          <WorkshopMapContent kit={kit} theme={setup.theme} {...props} />
        </kit.Map>
      )}
    </MapFrame>
  );
}

type ContentProps = WorkshopMapProps & { kit: MapKit; theme: MapTheme };

function WorkshopMapContent({ kit, theme, pins, selectedId, onSelect, origin, radiusM, labels, renderPopup, fitKey }: ContentProps) {
  const camera = kit.useCamera();
  const palette = MAP_PALETTES[theme];
  const [view, setView] = useState<MapView | null>(() => camera?.view() ?? null);
  useEffect(() => camera?.onMoveEnd(() => setView(camera.view())), [camera]);

  const index = useMemo(() => createClusterIndex(pins), [pins]);
  const items = useMemo(() => (view ? clusterItems(index, padBBox(view.bbox, VIEW_PADDING), view.zoom) : []), [index, view]);
  const selected = selectedId === null ? undefined : pins.find((p) => p.id === selectedId);

  // Frame the results when fitKey changes (or when pins first arrive for the current key).
  const framed = useRef({ key: fitKey, hadPins: pins.length > 0 });
  useEffect(() => {
    if (!camera) return;
    const last = framed.current;
    if (fitKey === last.key && (last.hadPins || pins.length === 0)) return;
    framed.current = { key: fitKey, hadPins: pins.length > 0 };
    camera.frame(fitTarget(pins, origin, radiusM), FIT);
  }, [camera, fitKey, pins, origin, radiusM]);

  // Bring a pin selected from outside (the results list) into view, out of its cluster.
  const clicked = useRef<string | null>(null);
  const shown = useRef<string | null>(null);
  useEffect(() => {
    if (!camera || selectedId === shown.current) return;
    const pin = pins.find((p) => p.id === selectedId);
    if (selectedId !== null && !pin) return; // not among the pins yet: try again when they change
    shown.current = selectedId;
    const fromMarker = clicked.current === selectedId;
    clicked.current = null;
    if (!pin || fromMarker) return;
    const zoom = camera.view()?.zoom;
    camera.easeTo(pin, zoom === undefined ? undefined : (zoomToReveal(index, pin.id, zoom) ?? undefined));
  }, [camera, selectedId, index, pins]);

  const select = (id: string) => {
    clicked.current = id;
    onSelect(id);
  };
  const zoomInto = (clusterId: number, at: LngLat) => {
    if (camera) camera.easeTo(at, clusterZoomTarget(index, clusterId, camera.maxZoom()));
  };

  // Keyed on the numbers, not on `origin`, which callers often rebuild on every render.
  const originLng = origin?.lng;
  const originLat = origin?.lat;
  const circle = useMemo(
    () =>
      originLng !== undefined && originLat !== undefined && radiusM && radiusM > 0
        ? circlePolygon({ lng: originLng, lat: originLat }, radiusM, 64)
        : null,
    [originLng, originLat, radiusM],
  );
  const shownLabels = kit.offline && labels && view ? visibleLabels(labels, view.zoom) : [];

  return (
    <>
      {circle && <kit.Area id="search-radius" data={circle} fill={palette.radiusFill} line={palette.radiusLine} />}
      {shownLabels.map((l) => (
        <kit.Marker key={`label-${l.name}-${l.lat}-${l.lng}`} lng={l.lng} lat={l.lat} anchor="top" passive zIndex={0}>
          <CityLabel name={l.name} palette={palette} />
        </kit.Marker>
      ))}
      {origin && (
        <kit.Marker lng={origin.lng} lat={origin.lat} zIndex={1}>
          <OriginDot label={origin.label} />
        </kit.Marker>
      )}
      {items.map((item) =>
        item.kind === "cluster" ? (
          <kit.Marker key={`c-${item.id}`} lng={item.lng} lat={item.lat} zIndex={2}>
            <ClusterButton count={item.count} onClick={() => zoomInto(item.id, item)} />
          </kit.Marker>
        ) : (
          <kit.Marker key={`p-${item.pin.id}`} lng={item.pin.lng} lat={item.pin.lat} zIndex={item.pin.id === selectedId ? 4 : 3}>
            <PinButton pin={item.pin} selected={item.pin.id === selectedId} onClick={() => select(item.pin.id)} />
          </kit.Marker>
        ),
      )}
      {selected && (
        <kit.Popup key={selected.id} lng={selected.lng} lat={selected.lat} offset={22} onClose={() => onSelect(null)}>
          {renderPopup ? renderPopup(selected) : <DefaultPopupContent pin={selected} />}
        </kit.Popup>
      )}
    </>
  );
}
