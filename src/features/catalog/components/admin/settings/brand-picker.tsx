"use client";

import { Search } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { BrandSummary } from "../../../types";

/** The catalogue's brands plus chosen ones it no longer has (kept visible so they can be unticked), by name. */
export function brandOptions(brands: BrandSummary[], chosen: string[], locale: string): BrandSummary[] {
  const known = new Set(brands.map((b) => b.brand));
  return [...brands, ...chosen.filter((b) => !known.has(b)).map((brand) => ({ brand, vehicles: 0 }))].sort((a, b) =>
    a.brand.localeCompare(b.brand, locale),
  );
}

/**
 * A searchable checklist of vehicle brands with their vehicle counts, "tick shown" / "untick all",
 * and a summary of what is ticked. `value` is the ticked brands.
 */
export function BrandPicker({
  brands,
  value,
  onChange,
  labelledBy,
}: {
  brands: BrandSummary[];
  value: string[];
  onChange: (value: string[]) => void;
  /** Id of the text that names the list (the "chosen brands" option). */
  labelledBy: string;
}) {
  const t = useTranslations("catalog.shops.brands");
  const locale = useLocale();
  const id = useId();
  const [q, setQ] = useState("");
  const chosen = new Set(value);
  const options = brandOptions(brands, value, locale);
  const needle = q.trim().toLocaleLowerCase(locale);
  const shown = needle ? options.filter((o) => o.brand.toLocaleLowerCase(locale).includes(needle)) : options;
  const vehicles = options.filter((o) => chosen.has(o.brand)).reduce((sum, o) => sum + o.vehicles, 0);
  const toggle = (brand: string, on: boolean) => onChange(on ? [...value, brand] : value.filter((b) => b !== brand));

  return (
    <div className="grid gap-3">
      <div className="flex flex-wrap items-center gap-2">
        <div className="relative min-w-0 flex-1 basis-48">
          <Label htmlFor={`${id}-q`} className="sr-only">
            {t("search")}
          </Label>
          <Search aria-hidden className="pointer-events-none absolute start-3 top-1/2 size-4 -translate-y-1/2 text-muted-foreground" />
          <Input
            id={`${id}-q`}
            type="search"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            placeholder={t("search")}
            autoComplete="off"
            className="ps-9"
            aria-controls={`${id}-list`}
          />
        </div>
        <Button
          type="button"
          variant="outline"
          size="sm"
          disabled={shown.every((o) => chosen.has(o.brand))}
          onClick={() => onChange([...value, ...shown.map((o) => o.brand).filter((b) => !chosen.has(b))])}
        >
          {needle ? t("tickShown", { count: shown.length }) : t("tickAll")}
        </Button>
        <Button type="button" variant="ghost" size="sm" disabled={value.length === 0} onClick={() => onChange([])}>
          {t("untickAll")}
        </Button>
      </div>
      <p aria-live="polite" className="text-sm text-muted-foreground">
        {t("summary", { chosen: value.length, total: options.length, vehicles })}
      </p>
      {options.length === 0 ? (
        <p className="rounded-lg border border-dashed p-4 text-center text-sm text-muted-foreground">{t("noBrands")}</p>
      ) : shown.length === 0 ? (
        <p className="rounded-lg border border-dashed p-4 text-center text-sm text-muted-foreground">{t("noMatch", { q: q.trim() })}</p>
      ) : null}
      <ul
        id={`${id}-list`}
        aria-labelledby={labelledBy}
        className="grid max-h-72 gap-0.5 overflow-y-auto rounded-lg border p-1 empty:hidden sm:grid-cols-2"
      >
        {shown.map((o) => (
          <li key={o.brand}>
            <Label className="flex min-h-10 cursor-pointer items-center gap-3 rounded-md px-2 py-1.5 font-normal hover:bg-accent">
              <Checkbox checked={chosen.has(o.brand)} onCheckedChange={(on) => toggle(o.brand, on === true)} />
              <span className="min-w-0 flex-1 truncate">{o.brand}</span>
              <span className="shrink-0 text-xs text-muted-foreground tabular-nums">{t("vehicles", { count: o.vehicles })}</span>
            </Label>
          </li>
        ))}
      </ul>
    </div>
  );
}
