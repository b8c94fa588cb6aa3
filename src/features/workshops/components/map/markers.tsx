"use client";

import { MapPinIcon, StarIcon, WrenchIcon } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useCallback, type Ref } from "react";
import { cn } from "@/lib/utils";
import type { MapPalette } from "./palette";

export type MapPin = { id: string; slug: string; name: string; lat: number; lng: number; rating: number };

/** A rating (0–5, 0 = none yet) with one decimal in the user's locale, e.g. "4,5"; null when unrated. */
export function useRatingText(): (rating: number) => string | null {
  const format = useFormatter();
  return useCallback(
    (rating: number) => (rating > 0 ? format.number(rating, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) : null),
    [format],
  );
}

type PinButtonProps = { pin: MapPin; selected: boolean; onClick: () => void };

/** A workshop on the map: a real button named after the workshop and its rating. */
export function PinButton({ pin, selected, onClick }: PinButtonProps) {
  const t = useTranslations("map");
  const rating = useRatingText()(pin.rating);
  return (
    <button
      type="button"
      onClick={onClick}
      aria-label={rating ? t("pin", { name: pin.name, rating }) : t("pinUnrated", { name: pin.name })}
      aria-current={selected ? "true" : undefined}
      title={pin.name}
      className={cn(
        "grid cursor-pointer place-items-center rounded-full border-2 shadow-md transition-transform outline-none motion-reduce:transition-none",
        "focus-visible:ring-4 focus-visible:ring-ring/60",
        selected
          ? "size-10 scale-110 border-background bg-primary text-primary-foreground"
          : "size-8 border-primary bg-background text-primary hover:scale-110",
      )}
    >
      <WrenchIcon aria-hidden className={selected ? "size-5" : "size-4"} />
    </button>
  );
}

type ClusterButtonProps = { count: number; onClick: () => void };

/** Several workshops too close to tell apart at this zoom; clicking zooms in until they split. */
export function ClusterButton({ count, onClick }: ClusterButtonProps) {
  const t = useTranslations("map");
  const size = count < 10 ? "size-9 text-sm" : count < 100 ? "size-11 text-sm" : "size-13 text-xs";
  return (
    <button
      type="button"
      onClick={onClick}
      aria-label={t("cluster", { count })}
      className={cn(
        "grid cursor-pointer place-items-center rounded-full bg-primary font-semibold text-primary-foreground tabular-nums shadow-md",
        "ring-4 ring-primary/30 outline-none focus-visible:ring-ring/70 hover:brightness-110",
        size,
      )}
    >
      {count}
    </button>
  );
}

/** "You are here": the search origin, blue so it never reads as a workshop. */
export function OriginDot({ label }: { label?: string | null }) {
  const t = useTranslations("map");
  const name = label ? t("originNamed", { label }) : t("origin");
  return (
    <span role="img" aria-label={name} title={name} className="relative grid size-5 place-items-center">
      <span className="absolute inset-0 animate-ping rounded-full bg-sky-500/40 motion-reduce:hidden" />
      <span className="relative size-4 rounded-full border-[3px] border-white bg-sky-600 shadow-md dark:border-neutral-900 dark:bg-sky-400" />
    </span>
  );
}

/** The workshop on its own page: a classic pin, tip on the coordinates (anchor "bottom"). */
export function LocationPinIcon({ name }: { name: string }) {
  return (
    <span role="img" aria-label={name} title={name} className="block text-primary drop-shadow-md">
      <MapPinIcon aria-hidden className="size-10 fill-primary stroke-primary-foreground" strokeWidth={1.5} />
    </span>
  );
}

type PickerHandleProps = { label: string; buttonRef: Ref<HTMLButtonElement> };

/** The draggable marker of the location picker; focusable so arrow keys can move it. */
export function PickerHandle({ label, buttonRef }: PickerHandleProps) {
  return (
    <button
      ref={buttonRef}
      type="button"
      aria-label={label}
      className="block cursor-grab rounded-full text-primary outline-none drop-shadow-md focus-visible:ring-4 focus-visible:ring-ring/60 active:cursor-grabbing"
    >
      <MapPinIcon aria-hidden className="size-10 fill-primary stroke-primary-foreground" strokeWidth={1.5} />
    </button>
  );
}

/**
 * A city for orientation on the offline map: a dot on the place (use anchor "top") and the name
 * under it. Decorative, so hidden from screen readers.
 */
export function CityLabel({ name, palette }: { name: string; palette: MapPalette }) {
  const h = palette.labelHalo;
  return (
    <span aria-hidden className="pointer-events-none -mt-[3px] flex flex-col items-center gap-0.5 select-none">
      <span className="size-1.5 rounded-full" style={{ backgroundColor: palette.label, boxShadow: `0 0 0 1.5px ${h}` }} />
      <span
        className="text-[11px] leading-none font-medium whitespace-nowrap"
        style={{ color: palette.label, textShadow: `0 0 2px ${h}, 0 0 2px ${h}, 0 0 3px ${h}, 0 0 4px ${h}` }}
      >
        {name}
      </span>
    </span>
  );
}

/** What the popup shows unless the page passes `renderPopup`: name and rating. */
export function DefaultPopupContent({ pin }: { pin: MapPin }) {
  const t = useTranslations("map");
  const rating = useRatingText()(pin.rating);
  return (
    <div className="space-y-1 font-sans">
      <p className="text-sm leading-snug font-semibold">{pin.name}</p>
      <p className="flex items-center gap-1 text-xs text-muted-foreground">
        {rating ? (
          <>
            <StarIcon aria-hidden className="size-3.5 fill-amber-400 stroke-amber-500" />
            {t("rating", { rating })}
          </>
        ) : (
          t("noRating")
        )}
      </p>
    </div>
  );
}
