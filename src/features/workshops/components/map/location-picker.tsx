"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { cn } from "@/lib/utils";
import { bboxContains, isArrowKey, nudge, roundLngLat, type FitTarget, type LngLat } from "./geo";
import type { FitOptions, MapKit } from "./map-kit";
import { MapFrame, useMapSetup } from "./map-shell";
import { PickerHandle } from "./markers";

export type LocationPickerProps = {
  value: { lat: number; lng: number };
  /** The new location, rounded to 6 decimals (~0.1 m). */
  onChange: (v: { lat: number; lng: number }) => void;
  className?: string;
};

const ZOOM = 15;
const FIT: FitOptions = { padding: 48, maxZoom: ZOOM };
/** Metres one arrow key press moves the marker (with Shift: BIG_STEP_M). */
const STEP_M = 10;
const BIG_STEP_M = 100;

/**
 * Where a workshop is, for its dashboard: drag the marker, click the map, or focus the marker and
 * use the arrow keys. The coordinates are shown (5 decimals) and announced under the map.
 */
export function LocationPicker({ value, onChange, className }: LocationPickerProps) {
  const t = useTranslations("map");
  const setup = useMapSetup();
  const [initialView] = useState<FitTarget>(() => ({ kind: "center", lng: value.lng, lat: value.lat, zoom: ZOOM }));
  return (
    <div className={cn("space-y-2", className)}>
      <MapFrame setup={setup} label={t("pickerLabel")} className="h-72 sm:h-80">
        {(kit) => (
          <kit.Map
            {...setup.base}
            initialView={initialView}
            fitOptions={FIT}
            cursor="crosshair"
            onClick={(at) => onChange(roundLngLat(at))}
          >
            <PickerMarker kit={kit} value={value} onChange={onChange} label={t("pickerMarker")} />
          </kit.Map>
        )}
      </MapFrame>
      <p className="text-xs text-muted-foreground">{t("pickerHint")}</p>
      <output aria-live="polite" className="block font-mono text-sm tabular-nums">
        {t("coordinates", { lat: value.lat.toFixed(5), lng: value.lng.toFixed(5) })}
      </output>
    </div>
  );
}

type PickerMarkerProps = { kit: MapKit; value: LngLat; onChange: (v: LngLat) => void; label: string };

function PickerMarker({ kit, value, onChange, label }: PickerMarkerProps) {
  const camera = kit.useCamera();
  const button = useRef<HTMLButtonElement>(null);
  const latest = useRef({ value, onChange });
  useEffect(() => {
    latest.current = { value, onChange };
  });

  // A native listener on the button itself: the map's keyboard handler listens on an ancestor
  // (natively, before React's root listener), so only stopping it here keeps arrows from panning.
  useEffect(() => {
    const el = button.current;
    if (!el) return;
    const onKeyDown = (e: KeyboardEvent) => {
      if (!isArrowKey(e.key) || e.altKey || e.ctrlKey || e.metaKey) return;
      e.preventDefault();
      e.stopPropagation();
      latest.current.onChange(nudge(latest.current.value, e.key, e.shiftKey ? BIG_STEP_M : STEP_M));
    };
    el.addEventListener("keydown", onKeyDown);
    return () => el.removeEventListener("keydown", onKeyDown);
  }, []);

  // Keep the marker in view when the value moves off-screen (arrow keys, or a new value from outside).
  const { lat, lng } = value;
  useEffect(() => {
    const view = camera?.view();
    if (camera && view && !bboxContains(view.bbox, { lat, lng })) camera.easeTo({ lat, lng });
  }, [camera, lat, lng]);

  return (
    <kit.Marker lng={lng} lat={lat} anchor="bottom" draggable onDragEnd={(at) => onChange(roundLngLat(at))} zIndex={1}>
      <PickerHandle label={label} buttonRef={button} />
    </kit.Marker>
  );
}
