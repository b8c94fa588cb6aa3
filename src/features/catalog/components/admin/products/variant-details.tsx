"use client";

import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { formatMoney } from "@/lib/format";
import { useTRPC } from "@/trpc/react";
import type { ProductDetail } from "../../../types";
import { LoadingRows, QueryError } from "./query-state";
import { SectionCard } from "./section-card";
import { VariantForm } from "./variant-form";

/**
 * A variant's own "Details" (its parent and combination head the page): the values it shows now
 * and its editor (inherit flags, own price, stock and images), which needs the parent's row of it.
 */
export function VariantDetails({ variant }: { variant: ProductDetail }) {
  const t = useTranslations("catalog.products.variantPage");
  const locale = useLocale();
  const trpc = useTRPC();
  const parentId = variant.parent!.id;
  const parent = useQuery(trpc.catalog.products.byId.queryOptions({ productId: parentId }));
  const row = parent.data?.variants.find((v) => v.id === variant.id);

  return (
    <div className="grid gap-6 lg:grid-cols-2 lg:items-start">
      <SectionCard title={t("summary")}>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
          <dt className="text-muted-foreground">{t("price")}</dt>
          <dd className="tabular-nums">{formatMoney(variant.priceGrosze, locale, variant.currency)}</dd>
          <dt className="text-muted-foreground">{t("stock")}</dt>
          <dd className="tabular-nums">{new Intl.NumberFormat(locale).format(variant.stock)}</dd>
          <dt className="text-muted-foreground">{t("categories")}</dt>
          <dd className="break-words">{variant.categories.length ? variant.categories.join(", ") : "—"}</dd>
        </dl>
        <p className="text-sm text-muted-foreground">{t("nameHint")}</p>
      </SectionCard>
      <SectionCard title={t("editor")} description={t("editorHint")}>
        {parent.isError ? (
          <QueryError error={parent.error} onRetry={parent.refetch} />
        ) : !parent.data ? (
          <LoadingRows rows={3} />
        ) : row ? (
          <VariantForm variant={row} parent={parent.data} />
        ) : (
          <p className="text-sm text-muted-foreground">{t("missing")}</p>
        )}
      </SectionCard>
    </div>
  );
}
