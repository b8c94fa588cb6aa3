"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useTRPC } from "@/trpc/react";
import type { ProductDetail } from "../../../types";
import { FittingPartItem, NamedList } from "./fitment-lists";
import { LoadingRows, QueryError } from "./query-state";
import { ShopSelect } from "./shop-select";

/** A vehicle's matching parts in one shop (`catalog.fitment.partsOfVehicle`), originals and replacements apart. */
export function VehiclePartsTab({ vehicle }: { vehicle: ProductDetail }) {
  const t = useTranslations("catalog.products.parts");
  const trpc = useTRPC();
  const [shopId, setShopId] = useState<string | undefined>(undefined);
  const query = useQuery(
    trpc.catalog.fitment.partsOfVehicle.queryOptions({ vehicleId: vehicle.id, shopId }, { placeholderData: keepPreviousData }),
  );
  const data = query.data;

  return (
    <div className="flex flex-col gap-5">
      <div className="grid gap-1">
        <ShopSelect value={shopId} onChange={setShopId} label={t("shop")} />
        <p className="text-sm text-muted-foreground">{t("intro")}</p>
      </div>
      {query.isError ? (
        <QueryError error={query.error} onRetry={query.refetch} />
      ) : !data ? (
        <LoadingRows rows={2} className="h-28" />
      ) : (
        <div
          className={query.isPlaceholderData ? "grid gap-4 opacity-60 transition-opacity lg:grid-cols-2" : "grid gap-4 lg:grid-cols-2"}
          aria-busy={query.isPlaceholderData}
        >
          <NamedList title={t("original")} count={data.original.length} empty={t("noneOriginal")}>
            {data.original.map((part) => (
              <FittingPartItem key={part.id} part={part} />
            ))}
          </NamedList>
          <NamedList title={t("replacement")} count={data.replacement.length} empty={t("noneReplacement")}>
            {data.replacement.map((part) => (
              <FittingPartItem key={part.id} part={part} />
            ))}
          </NamedList>
        </div>
      )}
    </div>
  );
}
