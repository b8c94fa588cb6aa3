"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { cn } from "@/lib/utils";
import type { FitTarget } from "./geo";
import type { FitOptions, MapKit } from "./map-kit";
import { MapFrame, useMapSetup } from "./map-shell";
import { LocationPinIcon } from "./markers";

export type WorkshopLocationMapProps = { lat: number; lng: number; name: string; className?: string };

const ZOOM = 14;
const FIT: FitOptions = { padding: 48, maxZoom: ZOOM };

/** One workshop on its own page: a pin at street level; drag pans, the wheel scrolls the page, not the map. */
export function WorkshopLocationMap({ lat, lng, name, className }: WorkshopLocationMapProps) {
  const t = useTranslations("map");
  const setup = useMapSetup();
  const [initialView] = useState<FitTarget>(() => ({ kind: "center", lng, lat, zoom: ZOOM }));
  return (
    <MapFrame setup={setup} label={t("locationLabel", { name })} className={cn("h-64", className)}>
      {(kit) => (
        <kit.Map {...setup.base} initialView={initialView} fitOptions={FIT} scrollZoom={false}>
          <LocationPin kit={kit} lat={lat} lng={lng} name={name} />
        </kit.Map>
      )}
    </MapFrame>
  );
}

function LocationPin({ kit, lat, lng, name }: { kit: MapKit; lat: number; lng: number; name: string }) {
  const camera = kit.useCamera();
  // A different workshop in the same mounted map (client navigation): follow it.
  const shown = useRef({ lat, lng });
  useEffect(() => {
    if (!camera || (shown.current.lat === lat && shown.current.lng === lng)) return;
    shown.current = { lat, lng };
    camera.easeTo({ lat, lng }, ZOOM);
  }, [camera, lat, lng]);
  return (
    <kit.Marker lng={lng} lat={lat} anchor="bottom">
      <LocationPinIcon name={name} />
    </kit.Marker>
  );
}
