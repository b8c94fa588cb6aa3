"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { formatMoney } from "@/lib/format";
import { useTRPC } from "@/trpc/react";
import type { PartRef } from "../../types";
import { productHref } from "./part-card";
import { ProductImage } from "./product-image";
import { QuerySection } from "./query-section";
import { StockLabel } from "./stock-label";

/** A vehicle's matching parts in the storefront shop (`catalog.fitment.partsOfVehicle`), originals and replacements apart. */
export function VehiclePartsSection({ vehicleId }: { vehicleId: string }) {
  const t = useTranslations("parts.vehicleParts");
  const trpc = useTRPC();
  const parts = useQuery(trpc.catalog.fitment.partsOfVehicle.queryOptions({ vehicleId }));
  return (
    <QuerySection
      id="vehicle-parts-heading"
      heading={t("heading")}
      loadError={t("loadError")}
      query={parts}
      columns={2}
      skeletonClassName="h-48 rounded-xl"
    >
      {(data) =>
        data.original.length === 0 && data.replacement.length === 0 ? (
          <p className="rounded-xl border border-dashed px-4 py-6 text-center text-muted-foreground">{t("empty")}</p>
        ) : (
          <div className="grid gap-4 md:grid-cols-2">
            <PartList id="vehicle-parts-original" title={t("original")} parts={data.original} />
            <PartList id="vehicle-parts-replacement" title={t("replacement")} parts={data.replacement} />
          </div>
        )
      }
    </QuerySection>
  );
}

/** Parts shown before "show all": a popular car has a couple of hundred replacements. */
const COLLAPSED = 12;

function PartList({ id, title, parts }: { id: string; title: string; parts: PartRef[] }) {
  const t = useTranslations("parts");
  const locale = useLocale();
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? parts : parts.slice(0, COLLAPSED);
  return (
    <section aria-labelledby={id} className="flex flex-col overflow-hidden rounded-xl border bg-card">
      <h3 id={id} className="border-b bg-muted/40 px-4 py-3 font-semibold">
        {title} <span className="font-normal text-muted-foreground">({parts.length})</span>
      </h3>
      {parts.length === 0 ? (
        <p className="px-4 py-3 text-sm text-muted-foreground">{t("vehicleParts.none")}</p>
      ) : (
        <ul aria-labelledby={id} className="divide-y">
          {shown.map((part) => (
            <li key={part.id} className="relative flex items-center gap-3 px-4 py-3 hover:bg-muted/40">
              <ProductImage src={part.image} alt="" className="size-14 shrink-0 rounded-md border" />
              <div className="grid min-w-0 flex-1 gap-0.5">
                <Link href={productHref(part.sku)} className="truncate font-medium after:absolute after:inset-0 hover:underline">
                  {part.name}
                </Link>
                <p className="truncate text-xs text-muted-foreground">
                  {part.brand} · {t("sku")} <span className="font-mono">{part.sku}</span>
                </p>
              </div>
              <div className="grid shrink-0 justify-items-end gap-0.5">
                <span className="font-semibold tabular-nums">{formatMoney(part.priceGrosze, locale, part.currency)}</span>
                <StockLabel stock={part.stock} className="text-xs" />
              </div>
            </li>
          ))}
        </ul>
      )}
      {parts.length > COLLAPSED && (
        <div className="border-t px-4 py-2">
          <Button type="button" variant="ghost" size="sm" aria-expanded={expanded} onClick={() => setExpanded((v) => !v)}>
            {expanded ? t("vehicleParts.showLess") : t("vehicleParts.showAll", { count: parts.length })}
          </Button>
        </div>
      )}
    </section>
  );
}
