import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { formatMoney } from "@/lib/format";
import type { StorefrontPart } from "../../types";
import { FitsBadge } from "./fits-badge";
import { ProductImage } from "./product-image";
import { StockLabel } from "./stock-label";

/** A product's storefront page; `car` (a garage vehicle id) keeps the car the customer chose for "fits your car". */
export function productHref(sku: string, car?: string | null): string {
  const path = `/parts/${encodeURIComponent(sku)}`;
  return car ? `${path}?${new URLSearchParams({ car }).toString()}` : path;
}

/**
 * One part in the storefront list: photo, name, brand, SKU, price and stock, and "fits your car"
 * when it fits the chosen car. The whole card is one link (the name's, stretched over the card).
 * Photo beside the text on phones, above it from `sm` up.
 */
export function PartCard({ part, car }: { part: StorefrontPart; car?: string | null }) {
  const t = useTranslations("parts");
  const locale = useLocale();
  return (
    <article
      aria-labelledby={`part-${part.id}`}
      className="relative flex h-full gap-3 overflow-hidden rounded-xl border bg-card p-3 shadow-xs transition-colors focus-within:ring-2 focus-within:ring-ring/50 hover:border-foreground/30 sm:flex-col sm:gap-0 sm:p-0"
    >
      <ProductImage
        src={part.image}
        alt=""
        className="size-24 shrink-0 rounded-lg sm:aspect-[3/2] sm:h-auto sm:w-full sm:rounded-none sm:border-b"
      />
      <div className="flex min-w-0 flex-1 flex-col gap-1 sm:p-4">
        <p className="truncate text-xs font-medium tracking-wide text-muted-foreground uppercase">
          <span className="sr-only">{t("brand")}: </span>
          {part.brand}
        </p>
        <h2 id={`part-${part.id}`} className="line-clamp-2 text-base leading-snug font-semibold">
          <Link href={productHref(part.sku, car)} className="outline-none after:absolute after:inset-0 hover:underline">
            {part.name}
          </Link>
        </h2>
        <p className="truncate text-xs text-muted-foreground">
          {t("sku")} <span className="font-mono">{part.sku}</span>
        </p>
        {part.fits && <FitsBadge type={part.fits} className="mt-1" />}
        <div className="mt-auto flex flex-wrap items-end justify-between gap-x-3 gap-y-1 pt-2">
          <p className="text-lg font-semibold tabular-nums">
            <span className="sr-only">{t("price")}: </span>
            {formatMoney(part.priceGrosze, locale, part.currency)}
          </p>
          <StockLabel stock={part.stock} />
        </div>
      </div>
    </article>
  );
}
