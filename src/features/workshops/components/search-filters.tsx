"use client";

import { Crosshair, SlidersHorizontal } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Sheet, SheetContent, SheetHeader, SheetTitle, SheetTrigger } from "@/components/ui/sheet";
import { Switch } from "@/components/ui/switch";
import { RADIUS_OPTIONS_M, SERVICE_CATEGORIES } from "../schemas";
import type { SearchState } from "../search-params";
import { CityCombobox } from "./city-combobox";

const ANY = "any";

type Props = {
  state: SearchState;
  onChange: (patch: Partial<SearchState>) => void;
  onNearMe: () => void;
  locating: boolean;
};

/** Where to search: a town (GeoNames suggestions) or the browser's location. */
export function PlaceFilter({ state, onChange, onNearMe, locating }: Props) {
  const t = useTranslations("workshops.search");
  const [city, setCity] = useState(state.city ?? "");
  const usingLocation = state.lat !== null;
  return (
    <form
      role="search"
      className="flex min-w-0 flex-1 items-end gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        if (city.trim()) onChange({ city: city.trim(), lat: null, lng: null, page: 1 });
      }}
    >
      <div className="grid min-w-0 flex-1 gap-1.5">
        <Label htmlFor="search-city">{t("cityLabel")}</Label>
        <CityCombobox
          id="search-city"
          value={usingLocation && !city ? t("myLocation") : city}
          placeholder={t("cityPlaceholder")}
          onValueChange={setCity}
          onCitySelect={(c) => {
            setCity(c.name);
            onChange({ city: c.name, lat: null, lng: null, page: 1 });
          }}
          onFocus={(e) => usingLocation && !city && e.currentTarget.select()}
        />
      </div>
      <Button type="button" variant="outline" onClick={onNearMe} disabled={locating} aria-label={t("nearMe")} className="shrink-0">
        <Crosshair aria-hidden className="size-4" />
        <span className="hidden sm:inline">{locating ? t("locating") : t("nearMe")}</span>
      </Button>
    </form>
  );
}

function FilterControls({ state, onChange, idPrefix }: Pick<Props, "state" | "onChange"> & { idPrefix: string }) {
  const t = useTranslations("workshops");
  const hasOrigin = state.lat !== null || !!state.city;
  return (
    <>
      <div className="grid gap-1.5">
        <Label htmlFor={`${idPrefix}-category`}>{t("search.category")}</Label>
        <Select
          value={state.category ?? ANY}
          onValueChange={(v) => onChange({ category: v === ANY ? null : (v as SearchState["category"]), page: 1 })}
        >
          <SelectTrigger id={`${idPrefix}-category`} className="w-full lg:w-48">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            <SelectItem value={ANY}>{t("search.anyCategory")}</SelectItem>
            {SERVICE_CATEGORIES.map((c) => (
              <SelectItem key={c} value={c}>
                {t(`categories.${c}`)}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor={`${idPrefix}-radius`}>{t("search.radius")}</Label>
        <Select value={String(state.radiusKm)} onValueChange={(v) => onChange({ radiusKm: Number(v), page: 1 })} disabled={!hasOrigin}>
          <SelectTrigger id={`${idPrefix}-radius`} className="w-full lg:w-28">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            {RADIUS_OPTIONS_M.map((m) => (
              <SelectItem key={m} value={String(m / 1000)}>
                {t("search.radiusKm", { km: m / 1000 })}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor={`${idPrefix}-rating`}>{t("search.minRating")}</Label>
        <Select
          value={state.minRating ? String(state.minRating) : ANY}
          onValueChange={(v) => onChange({ minRating: v === ANY ? null : Number(v), page: 1 })}
        >
          <SelectTrigger id={`${idPrefix}-rating`} className="w-full lg:w-36">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            <SelectItem value={ANY}>{t("search.anyRating")}</SelectItem>
            {[4.5, 4, 3.5].map((r) => (
              <SelectItem key={r} value={String(r)}>
                {t("search.ratingAtLeast", { rating: r })}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor={`${idPrefix}-sort`}>{t("search.sort")}</Label>
        <Select
          value={state.sort ?? (hasOrigin ? "distance" : "rating")}
          onValueChange={(v) => onChange({ sort: v as SearchState["sort"], page: 1 })}
        >
          <SelectTrigger id={`${idPrefix}-sort`} className="w-full lg:w-44">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            {hasOrigin && <SelectItem value="distance">{t("search.sortDistance")}</SelectItem>}
            <SelectItem value="rating">{t("search.sortRating")}</SelectItem>
            <SelectItem value="price">{t("search.sortPrice")}</SelectItem>
          </SelectContent>
        </Select>
      </div>
      <div className="flex items-center gap-2 pb-2 lg:self-end">
        <Switch id={`${idPrefix}-open`} checked={state.openNow} onCheckedChange={(v) => onChange({ openNow: v, page: 1 })} />
        <Label htmlFor={`${idPrefix}-open`}>{t("search.openNow")}</Label>
      </div>
    </>
  );
}

/** All search controls: inline on desktop; place + a "Filters" sheet on phones. */
export function SearchFilters(props: Props) {
  const t = useTranslations("workshops.search");
  const tc = useTranslations("common");
  const active = [props.state.category, props.state.minRating, props.state.openNow || null].filter(Boolean).length;
  return (
    <div className="flex flex-col gap-3 lg:flex-row lg:flex-wrap lg:items-end">
      <div className="flex items-end gap-2 lg:min-w-80 lg:flex-1">
        <PlaceFilter {...props} />
        <Sheet>
          <SheetTrigger asChild>
            <Button variant="outline" className="shrink-0 lg:hidden">
              <SlidersHorizontal aria-hidden className="size-4" />
              {t("filters")}
              {active > 0 && <span className="rounded-full bg-primary px-1.5 text-xs text-primary-foreground">{active}</span>}
            </Button>
          </SheetTrigger>
          <SheetContent side="bottom" closeLabel={tc("close")} className="max-h-[85dvh] overflow-y-auto">
            <SheetHeader>
              <SheetTitle>{t("filters")}</SheetTitle>
            </SheetHeader>
            <div className="grid gap-4 px-4 pb-6">
              <FilterControls idPrefix="sheet" state={props.state} onChange={props.onChange} />
            </div>
          </SheetContent>
        </Sheet>
      </div>
      <div className="hidden gap-3 lg:flex lg:flex-wrap lg:items-end">
        <FilterControls idPrefix="filter" state={props.state} onChange={props.onChange} />
      </div>
    </div>
  );
}
