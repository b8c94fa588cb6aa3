"use client";

import { useQuery } from "@tanstack/react-query";
import { Globe, KeyRound, Pencil, ShoppingBag } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { ResponsiveDialog } from "@/components/layout/responsive-dialog";
import { Button } from "@/components/ui/button";
import { useTRPC } from "@/trpc/react";
import type { ShopSummary } from "../../../types";
import { SettingsListPage } from "./settings-ui";
import { ShopForm } from "./shop-form";

/** How many brand names a card lists before "and N more". */
const BRANDS_SHOWN = 6;

function ShopCard({ shop, onEdit }: { shop: ShopSummary; onEdit: () => void }) {
  const t = useTranslations("catalog.shops");
  const locale = useLocale();
  const brands = shop.allowedBrands;
  const list = new Intl.ListFormat(locale, { style: "short", type: "conjunction" });
  const titleId = `shop-${shop.id}`;
  let brandText: string;
  if (brands === null) brandText = t("brandsAll");
  else if (brands.length === 0) brandText = t("brandsNone");
  else if (brands.length <= BRANDS_SHOWN) brandText = list.format(brands);
  else brandText = t("brandsSome", { list: brands.slice(0, BRANDS_SHOWN).join(", "), more: brands.length - BRANDS_SHOWN });

  return (
    <li>
      <article
        aria-labelledby={titleId}
        className="flex h-full min-w-0 flex-col gap-4 rounded-xl border bg-card p-4 text-card-foreground shadow-sm"
      >
        <header className="flex items-start justify-between gap-3">
          <div className="grid min-w-0 gap-1.5">
            <h3 id={titleId} className="text-base leading-snug font-semibold break-words">
              {shop.name}
            </h3>
            <div className="flex flex-wrap items-center gap-1.5">
              {shop.isPlatform ? (
                <Badge>
                  <Globe aria-hidden />
                  {t("platform")}
                </Badge>
              ) : null}
              <Badge variant={shop.active ? "secondary" : "outline"}>{shop.active ? t("active") : t("inactive")}</Badge>
              <span className="font-mono text-xs text-muted-foreground">{shop.slug}</span>
            </div>
          </div>
          <Button variant="outline" size="sm" onClick={onEdit}>
            <Pencil aria-hidden />
            {t("edit")}
            <span className="sr-only">: {shop.name}</span>
          </Button>
        </header>
        <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-2 text-sm">
          <dt className="text-muted-foreground">{t("prestashop")}</dt>
          <dd className="min-w-0">
            {shop.prestashopUrl ? (
              <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
                <span className="break-all">{shop.prestashopUrl}</span>
                {shop.hasApiKey ? (
                  <Badge variant="secondary">
                    <KeyRound aria-hidden />
                    {t("keyStored")}
                  </Badge>
                ) : (
                  <Badge variant="outline">{t("keyMissing")}</Badge>
                )}
              </span>
            ) : (
              <span className="text-muted-foreground">{shop.isPlatform ? t("platformNoPrestashop") : t("notConnected")}</span>
            )}
          </dd>
          <dt className="text-muted-foreground">{t("brandsLabel")}</dt>
          <dd className={brands?.length === 0 ? "font-medium text-destructive" : undefined}>{brandText}</dd>
          <dt className="text-muted-foreground">{t("fitment")}</dt>
          <dd className="tabular-nums">{t("fitmentCount", { count: shop.fitmentCount })}</dd>
        </dl>
      </article>
    </li>
  );
}

/**
 * Sales channels: the platform's own storefront and PrestaShop shops, each with its webservice
 * connection, whether it is active, and which vehicle brands its fitment may use.
 */
export function ShopsSettings() {
  const t = useTranslations("catalog.shops");
  const locale = useLocale();
  const trpc = useTRPC();
  const query = useQuery(trpc.catalog.shops.list.queryOptions());
  const [editor, setEditor] = useState<{ open: boolean; shop: ShopSummary | null }>({ open: false, shop: null });
  // The storefront first, then the others by name.
  const shops = [...(query.data ?? [])].sort((a, b) => Number(b.isPlatform) - Number(a.isPlatform) || a.name.localeCompare(b.name, locale));

  return (
    <SettingsListPage
      title={t("title")}
      intro={t("intro")}
      addLabel={t("add")}
      onAdd={() => setEditor({ open: true, shop: null })}
      query={query}
      count={shops.length}
      empty={{ icon: <ShoppingBag />, title: t("emptyTitle"), body: t("emptyBody") }}
      list={
        <ul className="grid grid-cols-1 gap-4 lg:grid-cols-2">
          {shops.map((shop) => (
            <ShopCard key={shop.id} shop={shop} onEdit={() => setEditor({ open: true, shop })} />
          ))}
        </ul>
      }
      editor={
        <ResponsiveDialog
          className="sm:max-w-3xl"
          open={editor.open}
          onOpenChange={(open) => setEditor((e) => ({ ...e, open }))}
          title={editor.shop ? t("editTitle", { name: editor.shop.name }) : t("addTitle")}
          description={t("editorHint")}
        >
          <ShopForm key={editor.shop?.id ?? "new"} shop={editor.shop} onDone={() => setEditor((e) => ({ ...e, open: false }))} />
        </ResponsiveDialog>
      }
    />
  );
}
