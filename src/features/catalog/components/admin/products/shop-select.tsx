"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { useTRPC } from "@/trpc/react";
import type { ShopSummary } from "../../../types";

/** The select's value for "the product's default data" (no shop). */
export const DEFAULTS_SCOPE = "defaults";

/**
 * Picks a shop (`catalog.shops.list`), optionally with "Dane domyślne" first. `value` undefined
 * shows the platform shop (what the procedures use when no shop is given).
 */
export function ShopSelect({
  value,
  onChange,
  label,
  withDefaults = false,
}: {
  value: string | undefined;
  onChange: (value: string) => void;
  label: string;
  withDefaults?: boolean;
}) {
  const t = useTranslations("catalog.products.shops");
  const trpc = useTRPC();
  const id = useId();
  const shops = useQuery(trpc.catalog.shops.list.queryOptions());
  const platform = shops.data?.find((s) => s.isPlatform);
  const selected = value ?? (withDefaults ? DEFAULTS_SCOPE : platform?.id);
  const name = (shop: ShopSummary) => (shop.active ? shop.name : t("inactive", { name: shop.name }));

  return (
    <div className="grid gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <Select value={selected ?? ""} onValueChange={onChange} disabled={!shops.data}>
        <SelectTrigger id={id} className="w-full sm:w-72">
          <SelectValue placeholder={shops.isError ? t("unavailable") : t("loading")} />
        </SelectTrigger>
        <SelectContent>
          {withDefaults ? <SelectItem value={DEFAULTS_SCOPE}>{t("defaults")}</SelectItem> : null}
          {(shops.data ?? []).map((shop) => (
            <SelectItem key={shop.id} value={shop.id}>
              {name(shop)}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
    </div>
  );
}
