"use client";

import { BadgeCheck } from "lucide-react";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Children, useId, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { formatMoney } from "@/lib/format";
import { cn } from "@/lib/utils";
import type { FitmentEntry, PartRef, VehicleRef } from "../../../types";
import { productHref } from "./products-admin-list";

const linkClass =
  "rounded-sm font-medium underline-offset-4 outline-none hover:underline focus-visible:ring-[3px] focus-visible:ring-ring/50";

/** A vehicle's model years: "2015–2020", "od 2015", "do 2020", or nothing. */
export function useYears() {
  const t = useTranslations("catalog.products.years");
  return (v: Pick<VehicleRef, "yearFrom" | "yearTo">) => {
    if (v.yearFrom !== null && v.yearTo !== null) return v.yearFrom === v.yearTo ? String(v.yearFrom) : `${v.yearFrom}–${v.yearTo}`;
    if (v.yearFrom !== null) return t("from", { year: v.yearFrom });
    if (v.yearTo !== null) return t("to", { year: v.yearTo });
    return "";
  };
}

/**
 * A titled list: a `<section>` named by its heading, and the `<ul>` named by it too, so "Model"
 * is both a region and a list by that name for assistive technology (and for the e2e tests).
 */
export function NamedList({
  title,
  hint,
  count,
  empty,
  limit = 60,
  className,
  children,
}: {
  title: string;
  hint?: React.ReactNode;
  count: number;
  empty: string;
  /** Items shown before "Show all" (a popular vehicle fits hundreds of parts). */
  limit?: number;
  className?: string;
  children: React.ReactNode;
}) {
  const t = useTranslations("catalog.products.fitment");
  const id = useId();
  const [expanded, setExpanded] = useState(false);
  const items = Children.toArray(children);
  const shown = expanded ? items : items.slice(0, limit);
  return (
    <section aria-labelledby={id} className={cn("flex flex-col gap-3 rounded-xl border bg-card p-4", className)}>
      <div className="flex items-center justify-between gap-3">
        <h3 id={id} className="font-semibold">
          {title}
        </h3>
        <Badge variant="secondary" className="tabular-nums">
          {count}
        </Badge>
      </div>
      {hint}
      {count > 0 ? (
        <>
          <ul aria-labelledby={id} className="flex flex-col divide-y">
            {shown}
          </ul>
          {items.length > shown.length ? (
            <Button type="button" variant="outline" size="sm" className="self-start" onClick={() => setExpanded(true)}>
              {t("showAll", { count: items.length })}
            </Button>
          ) : null}
        </>
      ) : (
        <p className="text-sm text-muted-foreground">{empty}</p>
      )}
    </section>
  );
}

/** One vehicle a part fits: name (link), brand, years, SKU, verification and notes. */
export function FitmentVehicleItem({ entry }: { entry: FitmentEntry }) {
  const t = useTranslations("catalog.products.fitment");
  const years = useYears()(entry);
  return (
    <li className="flex flex-col gap-1 py-2.5 first:pt-0 last:pb-0">
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <Link href={productHref(entry.id, "parts")} className={linkClass}>
          {entry.vehicleName}
        </Link>
        {entry.verifiedAt ? (
          <Badge
            variant="outline"
            className="border-emerald-300 text-emerald-800 dark:border-emerald-800 dark:text-emerald-300"
            title={entry.verifiedByName ? t("verifiedBy", { name: entry.verifiedByName }) : undefined}
          >
            <BadgeCheck aria-hidden />
            {t("verified")}
          </Badge>
        ) : null}
      </div>
      <p className="text-sm text-muted-foreground">{[entry.brand, years, entry.sku].filter(Boolean).join(" · ")}</p>
      {entry.notes ? <p className="text-sm break-words">{entry.notes}</p> : null}
    </li>
  );
}

/** One part that fits a vehicle: name (link), SKU, brand, price (grosze shown as złoty) and stock. */
export function FittingPartItem({ part }: { part: PartRef }) {
  const t = useTranslations("catalog.products.parts");
  const locale = useLocale();
  return (
    <li className="grid gap-1 py-2.5 first:pt-0 last:pb-0 sm:grid-cols-[minmax(0,1fr)_auto] sm:items-center sm:gap-4">
      <div className="min-w-0">
        <Link href={productHref(part.id, "fitment")} className={cn(linkClass, "break-words")}>
          {part.name}
        </Link>
        <p className="text-sm text-muted-foreground">
          <span className="font-mono text-xs">{part.sku}</span> · {part.brand}
        </p>
      </div>
      <p className="flex gap-3 text-sm tabular-nums sm:flex-col sm:items-end sm:gap-0">
        <span className="font-medium">{formatMoney(part.priceGrosze, locale, part.currency)}</span>
        <span className="text-muted-foreground">{t("stock", { count: part.stock })}</span>
      </p>
    </li>
  );
}
