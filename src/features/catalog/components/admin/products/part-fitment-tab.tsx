"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Info, Puzzle } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useTRPC } from "@/trpc/react";
import type { ProductDetail } from "../../../types";
import { FitmentVehicleItem, NamedList } from "./fitment-lists";
import { LoadingRows, QueryError } from "./query-state";
import { ShopSelect } from "./shop-select";

/**
 * A part's fitment in one shop (`catalog.fitment.vehiclesOfPart`): "Oryginał" (OEM) and
 * "Zamiennik" (aftermarket) vehicles, and "Model", their union, which Pitstop computes and nobody
 * edits. Editing happens in the compatibility matrix, linked with the shop and the part's SKU.
 */
export function PartFitmentTab({ part }: { part: ProductDetail }) {
  const t = useTranslations("catalog.products.fitment");
  const trpc = useTRPC();
  const [shopId, setShopId] = useState<string | undefined>(undefined);
  const query = useQuery(
    trpc.catalog.fitment.vehiclesOfPart.queryOptions({ partId: part.id, shopId }, { placeholderData: keepPreviousData }),
  );
  const data = query.data;
  const matrixShop = data?.shop.id ?? shopId;

  return (
    <div className="flex flex-col gap-5">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <ShopSelect value={shopId} onChange={setShopId} label={t("shop")} />
        <Button asChild variant="outline" className="self-start sm:self-auto">
          <Link
            href={`/admin/compatibility?${new URLSearchParams({ ...(matrixShop ? { shop: matrixShop } : {}), q: part.sku }).toString()}`}
          >
            <Puzzle aria-hidden />
            {t("editInMatrix")}
          </Link>
        </Button>
      </div>
      {query.isError ? (
        <QueryError error={query.error} onRetry={query.refetch} />
      ) : !data ? (
        <LoadingRows rows={3} className="h-28" />
      ) : (
        <div
          className={query.isPlaceholderData ? "grid gap-4 opacity-60 transition-opacity md:grid-cols-2" : "grid gap-4 md:grid-cols-2"}
          aria-busy={query.isPlaceholderData}
        >
          <NamedList title={t("original")} count={data.original.length} empty={t("noneOriginal")}>
            {data.original.map((entry) => (
              <FitmentVehicleItem key={entry.id} entry={entry} />
            ))}
          </NamedList>
          <NamedList title={t("replacement")} count={data.replacement.length} empty={t("noneReplacement")}>
            {data.replacement.map((entry) => (
              <FitmentVehicleItem key={entry.id} entry={entry} />
            ))}
          </NamedList>
          <NamedList
            title={t("model")}
            count={data.model.length}
            empty={t("noneModel")}
            className="md:col-span-2"
            hint={
              <p className="flex items-start gap-2 rounded-lg bg-muted/60 px-3 py-2 text-sm text-muted-foreground">
                <Info aria-hidden className="mt-0.5 size-4 shrink-0" />
                {t("modelHint", { shop: data.shop.name })}
              </p>
            }
          >
            {/* Names only: the list is the Model feature's value as the shops receive it. */}
            {data.model.map((name) => (
              <li key={name} className="py-2 font-medium first:pt-0 last:pb-0">
                {name}
              </li>
            ))}
          </NamedList>
        </div>
      )}
    </div>
  );
}
