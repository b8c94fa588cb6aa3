"use client";

import { useLocale, useTranslations } from "next-intl";
import { useTheme } from "next-themes";
import { useEffect, useMemo, useState, type KeyboardEventHandler, type ReactNode } from "react";
import { cn } from "@/lib/utils";
import { MAP_FRAME_LAYERING } from "./kit-shared";
import { loadMapKit, type KitMapProps, type MapKit } from "./map-kit";
import { mapThemeOf, type MapTheme } from "./palette";

/** Props every map passes to `kit.Map`, whatever it shows. */
export type MapBaseProps = Pick<KitMapProps, "theme" | "language" | "strings" | "attribution" | "onInitError">;

export type MapSetup = {
  /** Null until the implementation has loaded (client only, never during SSR). */
  kit: MapKit | null;
  failed: boolean;
  theme: MapTheme;
  base: MapBaseProps;
};

/** Loads the map implementation and gathers theme, language and translated UI strings. */
export function useMapSetup(): MapSetup {
  const t = useTranslations("map");
  const language = useLocale();
  const theme = mapThemeOf(useTheme().resolvedTheme);
  const [kit, setKit] = useState<MapKit | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    loadMapKit().then(
      (k) => {
        if (live) setKit(k);
      },
      (error: unknown) => {
        console.error("map: could not load the map library", error);
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, []);

  const strings = useMemo(
    () => ({
      "Map.Title": t("canvasLabel"),
      "Marker.Title": t("marker"),
      "NavigationControl.ZoomIn": t("zoomIn"),
      "NavigationControl.ZoomOut": t("zoomOut"),
      "NavigationControl.ResetBearing": t("resetBearing"),
      "Popup.Close": t("closePopup"),
      "AttributionControl.ToggleAttribution": t("toggleAttribution"),
      "AttributionControl.MapFeedback": t("mapFeedback"),
    }),
    [t],
  );

  const base = useMemo<MapBaseProps>(
    () => ({
      theme,
      language,
      strings,
      attribution: t("attribution"),
      onInitError: (error) => {
        console.error("map: could not start", error);
        setFailed(true);
      },
    }),
    [theme, language, strings, t],
  );

  return { kit, failed, theme, base };
}

type MapFrameProps = {
  setup: MapSetup;
  /** Accessible name of the map region, e.g. "Map of workshops". */
  label: string;
  className?: string;
  onKeyDown?: KeyboardEventHandler<HTMLDivElement>;
  children: (kit: MapKit) => ReactNode;
};

/** The named region that holds a map: a placeholder while loading, a message if the map cannot run. */
export function MapFrame({ setup, label, className, onKeyDown, children }: MapFrameProps) {
  const t = useTranslations("map");
  return (
    <div
      role="region"
      aria-label={label}
      aria-busy={!setup.kit && !setup.failed}
      onKeyDown={onKeyDown}
      className={cn("relative isolate h-80 w-full overflow-hidden rounded-lg border bg-muted font-sans", MAP_FRAME_LAYERING, className)}
    >
      {setup.failed ? (
        <p className="absolute inset-0 grid place-items-center p-4 text-center text-sm text-muted-foreground">{t("unavailable")}</p>
      ) : setup.kit ? (
        children(setup.kit)
      ) : (
        <div className="absolute inset-0 animate-pulse bg-accent motion-reduce:animate-none">
          <span className="sr-only">{t("loading")}</span>
        </div>
      )}
    </div>
  );
}
