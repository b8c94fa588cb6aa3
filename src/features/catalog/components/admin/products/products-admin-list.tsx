"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatMoney } from "@/lib/format";
import type { ProductRow } from "../../../types";
import { CardFigures } from "./card-figures";
import { ActiveBadge, ProductTypeBadge } from "./product-type-badge";

const linkClass =
  "rounded-sm font-medium underline-offset-4 outline-none hover:underline focus-visible:ring-[3px] focus-visible:ring-ring/50";

export const productHref = (id: string, tab?: string) => `/admin/catalog/products/${id}${tab ? `?tab=${tab}` : ""}`;

/** The admin's product rows: a table on wide screens, cards on phones. Prices in grosze shown as złoty. */
export function ProductsAdminList({ items }: { items: ProductRow[] }) {
  const t = useTranslations("catalog.products");
  const locale = useLocale();
  const number = new Intl.NumberFormat(locale);
  const variants = (row: ProductRow) => (row.parentId ? "—" : number.format(row.variantCount));

  return (
    <>
      <div className="hidden rounded-xl border bg-card md:block">
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead className="ps-4">{t("columns.sku")}</TableHead>
              <TableHead>{t("columns.name")}</TableHead>
              <TableHead>{t("columns.type")}</TableHead>
              <TableHead>{t("columns.brand")}</TableHead>
              <TableHead className="text-end">{t("columns.price")}</TableHead>
              <TableHead className="text-end">{t("columns.stock")}</TableHead>
              <TableHead className="text-end">{t("columns.variants")}</TableHead>
              <TableHead className="pe-4">{t("columns.active")}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {items.map((p) => (
              <TableRow key={p.id}>
                <TableCell className="ps-4 font-mono text-xs">{p.sku}</TableCell>
                <TableCell className="max-w-80 min-w-48 whitespace-normal">
                  <Link href={productHref(p.id)} className={linkClass}>
                    {p.name}
                  </Link>
                  {p.parentId ? (
                    <Badge variant="secondary" className="ms-2 align-middle">
                      {t("variantBadge")}
                    </Badge>
                  ) : null}
                </TableCell>
                <TableCell>
                  <ProductTypeBadge type={p.type} />
                </TableCell>
                <TableCell className="max-w-40 truncate">{p.brand}</TableCell>
                <TableCell className="text-end tabular-nums">{formatMoney(p.priceGrosze, locale, p.currency)}</TableCell>
                <TableCell className="text-end tabular-nums">{number.format(p.stock)}</TableCell>
                <TableCell className="text-end tabular-nums">{variants(p)}</TableCell>
                <TableCell className="pe-4">
                  <ActiveBadge active={p.active} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <ul className="flex flex-col gap-3 md:hidden">
        {items.map((p) => (
          <li key={p.id} className="flex flex-col gap-3 rounded-xl border bg-card p-4">
            <div className="flex items-start justify-between gap-3">
              <div className="min-w-0">
                <h3 className="break-words">
                  <Link href={productHref(p.id)} className={linkClass}>
                    {p.name}
                  </Link>
                </h3>
                <p className="text-sm text-muted-foreground">
                  <span className="font-mono text-xs">{p.sku}</span> · {p.brand}
                </p>
              </div>
              <div className="flex shrink-0 flex-col items-end gap-1">
                <ProductTypeBadge type={p.type} />
                {p.parentId ? <Badge variant="secondary">{t("variantBadge")}</Badge> : null}
              </div>
            </div>
            <CardFigures
              active={p.active}
              figures={[
                { label: t("columns.price"), value: formatMoney(p.priceGrosze, locale, p.currency), strong: true },
                { label: t("columns.stock"), value: number.format(p.stock) },
                ...(p.parentId ? [] : [{ label: t("columns.variants"), value: variants(p) }]),
              ]}
            />
          </li>
        ))}
      </ul>
    </>
  );
}
