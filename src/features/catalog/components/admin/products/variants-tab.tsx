"use client";

import { ResponsiveDialog } from "@/components/layout/responsive-dialog";
import { Layers, Pencil, Wand2 } from "lucide-react";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatMoney } from "@/lib/format";
import { cn } from "@/lib/utils";
import type { ProductDetail, VariantRow } from "../../../types";
import { CardFigures } from "./card-figures";
import { CombinationChips } from "./combination-chips";
import { InheritBadges } from "./inherit-badges";
import { ActiveBadge } from "./product-type-badge";
import { productHref } from "./products-admin-list";
import { VariantForm } from "./variant-form";
import { VariantGenerator } from "./variant-generator";

const linkClass =
  "rounded-sm font-mono text-xs font-medium underline-offset-4 outline-none hover:underline focus-visible:ring-[3px] focus-visible:ring-ring/50";

/**
 * A product's variants (from `catalog.products.byId`): SKU, combination, effective price and stock
 * (inherited ones greyed), inherit flags; each editable in a dialog, and more made with the
 * combination generator.
 */
export function VariantsTab({ product }: { product: ProductDetail }) {
  const t = useTranslations("catalog.products.variants");
  const locale = useLocale();
  const [editing, setEditing] = useState<VariantRow | null>(null);
  const [generating, setGenerating] = useState(false);
  const variants = product.variants;
  const price = (v: VariantRow) => formatMoney(v.effective.priceGrosze, locale, product.currency);
  const stock = (v: VariantRow) => new Intl.NumberFormat(locale).format(v.effective.stock);

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <div className="grid gap-1">
          <h3 className="font-semibold">{t("title", { count: variants.length })}</h3>
          <p className="max-w-prose text-sm text-muted-foreground">{t("intro")}</p>
        </div>
        <Button onClick={() => setGenerating(true)} className="self-start sm:self-auto">
          <Wand2 aria-hidden />
          {t("generator")}
        </Button>
      </div>

      {variants.length === 0 ? (
        <div className="flex flex-col items-center gap-2 rounded-xl border border-dashed px-6 py-12 text-center">
          <Layers aria-hidden className="size-8 text-muted-foreground" />
          <p className="font-medium">{t("empty")}</p>
          <p className="max-w-prose text-sm text-muted-foreground">{t("emptyHint")}</p>
        </div>
      ) : (
        <>
          <div className="hidden rounded-xl border bg-card md:block">
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead className="ps-4">{t("columns.sku")}</TableHead>
                  <TableHead>{t("columns.combination")}</TableHead>
                  <TableHead className="text-end">{t("columns.price")}</TableHead>
                  <TableHead className="text-end">{t("columns.stock")}</TableHead>
                  <TableHead>{t("columns.inherits")}</TableHead>
                  <TableHead>{t("columns.active")}</TableHead>
                  <TableHead className="pe-4 text-end">
                    <span className="sr-only">{t("columns.actions")}</span>
                  </TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {variants.map((v) => (
                  <TableRow key={v.id}>
                    <TableCell className="ps-4">
                      <Link href={productHref(v.id)} className={linkClass}>
                        {v.sku}
                      </Link>
                    </TableCell>
                    <TableCell className="whitespace-normal">
                      <CombinationChips combination={v.combination} />
                    </TableCell>
                    <TableCell className={cn("text-end tabular-nums", v.inherit.prices && "text-muted-foreground")}>{price(v)}</TableCell>
                    <TableCell className={cn("text-end tabular-nums", v.inherit.stock && "text-muted-foreground")}>{stock(v)}</TableCell>
                    <TableCell className="whitespace-normal">
                      <InheritBadges inherit={v.inherit} />
                    </TableCell>
                    <TableCell>
                      <ActiveBadge active={v.active} />
                    </TableCell>
                    <TableCell className="pe-4 text-end">
                      <Button variant="ghost" size="icon-sm" aria-label={t("edit", { sku: v.sku })} onClick={() => setEditing(v)}>
                        <Pencil aria-hidden />
                      </Button>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          <ul className="flex flex-col gap-3 md:hidden">
            {variants.map((v) => (
              <li key={v.id} className="flex flex-col gap-3 rounded-xl border bg-card p-4">
                <div className="flex items-start justify-between gap-3">
                  <div className="grid min-w-0 gap-2">
                    <Link href={productHref(v.id)} className={linkClass}>
                      {v.sku}
                    </Link>
                    <CombinationChips combination={v.combination} />
                  </div>
                  <Button variant="outline" size="sm" aria-label={t("edit", { sku: v.sku })} onClick={() => setEditing(v)}>
                    <Pencil aria-hidden />
                    {t("editShort")}
                  </Button>
                </div>
                <CardFigures
                  active={v.active}
                  figures={[
                    { label: t("columns.price"), value: price(v), strong: true, muted: v.inherit.prices },
                    { label: t("columns.stock"), value: stock(v), muted: v.inherit.stock },
                  ]}
                />
                <InheritBadges inherit={v.inherit} />
              </li>
            ))}
          </ul>
        </>
      )}

      <ResponsiveDialog
        open={editing !== null}
        onOpenChange={(open) => !open && setEditing(null)}
        title={editing ? t("editTitle", { sku: editing.sku }) : ""}
        description={t("editHint")}
      >
        {editing ? (
          <div className="grid gap-5">
            <CombinationChips combination={editing.combination} />
            <VariantForm
              key={editing.id}
              variant={editing}
              parent={product}
              onDone={() => setEditing(null)}
              onCancel={() => setEditing(null)}
            />
          </div>
        ) : null}
      </ResponsiveDialog>
      <VariantGenerator product={product} open={generating} onOpenChange={setGenerating} />
    </div>
  );
}
