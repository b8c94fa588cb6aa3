"use client";

import { MapPin } from "lucide-react";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { formatMoney } from "@/lib/format";
import { cn } from "@/lib/utils";
import type { RouterOutputs } from "@/trpc/react";
import { Rating } from "./rating";

export type SearchItem = RouterOutputs["workshops"]["search"]["items"][number];

/** Distance in metres as "850 m" or "12.4 km". */
export function useDistanceLabel() {
  const t = useTranslations("workshops.card");
  const locale = useLocale();
  return (metres: number) =>
    metres < 1_000
      ? t("distanceM", { m: Math.round(metres / 10) * 10 })
      : t("distance", { km: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(metres / 1_000) });
}

/** A workshop's page, carrying the diagnosis the customer came with (if any). */
export function workshopHref(slug: string, diagnosisId?: string | null): string {
  return diagnosisId ? `/workshops/${slug}?${new URLSearchParams({ diagnosis: diagnosisId }).toString()}` : `/workshops/${slug}`;
}

export function WorkshopCard({
  workshop,
  selected,
  onSelect,
  diagnosisId,
}: {
  workshop: SearchItem;
  selected: boolean;
  onSelect: () => void;
  /** A diagnosis the customer came with: the workshop page offers to attach it to a message. */
  diagnosisId?: string | null;
}) {
  const t = useTranslations("workshops");
  const locale = useLocale();
  const distance = useDistanceLabel();
  return (
    <article
      aria-labelledby={`w-${workshop.id}`}
      data-selected={selected}
      className={cn(
        "rounded-lg border bg-card p-4 shadow-xs transition-colors",
        selected ? "border-primary ring-2 ring-primary/30" : "hover:border-foreground/30",
      )}
      onClick={onSelect}
    >
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 id={`w-${workshop.id}`} className="text-base font-semibold leading-snug">
            <Link href={workshopHref(workshop.slug, diagnosisId)} className="hover:underline focus-visible:underline">
              {workshop.name}
            </Link>
          </h2>
          <p className="mt-0.5 flex items-center gap-1 text-sm text-muted-foreground">
            <MapPin aria-hidden className="size-3.5 shrink-0" />
            <span className="truncate">
              {workshop.address}, {workshop.city}
            </span>
          </p>
        </div>
        {workshop.distanceM !== null && (
          <span className="shrink-0 rounded-md bg-muted px-2 py-0.5 text-sm font-medium tabular-nums">{distance(workshop.distanceM)}</span>
        )}
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-2">
        <Rating rating={workshop.rating} count={workshop.ratingCount} />
        <Badge
          variant={workshop.openNow ? "secondary" : "outline"}
          className={workshop.openNow ? "text-emerald-700 dark:text-emerald-400" : ""}
        >
          {workshop.openNow ? t("card.open") : t("card.closed")}
        </Badge>
        {workshop.priceFrom !== null && (
          <span className="text-sm">{t("card.from", { price: formatMoney(workshop.priceFrom, locale) })}</span>
        )}
      </div>
      {workshop.categories.length > 0 && (
        <ul className="mt-3 flex flex-wrap gap-1.5" aria-label={t("search.category")}>
          {workshop.categories.slice(0, 5).map((c) => (
            <li key={c}>
              <Badge variant="outline" className="font-normal">
                {t(`categories.${c}`)}
              </Badge>
            </li>
          ))}
          {workshop.categories.length > 5 && (
            <li>
              <Badge variant="outline" className="font-normal">
                +{workshop.categories.length - 5}
              </Badge>
            </li>
          )}
        </ul>
      )}
    </article>
  );
}
