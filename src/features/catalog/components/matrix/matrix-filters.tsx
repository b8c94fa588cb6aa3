"use client";

import { ChevronDown, FilterX } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { SearchField } from "@/components/layout/search-field";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuCheckboxItem,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import type { ShopSummary } from "../../types";
import { defaultMatrixState, FITTED_FILTERS, type FittedFilter, type MatrixState } from "./matrix-state";

/** The part brand filter: free text with the loaded parts' brands as suggestions, applied after a pause. */
function PartBrandInput({ value, suggestions, onChange }: { value: string; suggestions: string[]; onChange: (brand: string) => void }) {
  const t = useTranslations("compatibility.filters");
  const id = useId();
  const [text, setText] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const commit = (next: string, wait: number) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => onChange(next.trim()), wait);
  };
  return (
    <div className="min-w-0 sm:w-32">
      <Label htmlFor={id} className="sr-only">
        {t("partBrand")}
      </Label>
      <Input
        id={id}
        list={`${id}-brands`}
        value={text}
        placeholder={t("partBrand")}
        autoComplete="off"
        onChange={(e) => {
          setText(e.target.value);
          commit(e.target.value, 400);
        }}
        onKeyDown={(e) => (e.key === "Enter" ? commit(text, 0) : undefined)}
      />
      <datalist id={`${id}-brands`}>
        {suggestions.map((b) => (
          <option key={b} value={b} />
        ))}
      </datalist>
    </div>
  );
}

/** Which vehicle brands the columns show: a checklist of the brands the shop accepts. */
function VehicleBrandsMenu({ brands, value, onChange }: { brands: string[]; value: string[]; onChange: (brands: string[]) => void }) {
  const t = useTranslations("compatibility.filters");
  const summary =
    value.length === 0 ? t("vehicleBrandsAll") : value.length <= 2 ? value.join(", ") : t("vehicleBrandsSome", { count: value.length });
  return (
    <DropdownMenu modal={false}>
      <DropdownMenuTrigger asChild>
        <Button
          variant="outline"
          className="w-full min-w-0 justify-between font-normal sm:w-auto sm:max-w-52"
          aria-label={t("vehicleBrandsLabel", { summary })}
        >
          <span className="truncate">
            <span className="text-muted-foreground">{t("vehicleBrands")}:</span> {summary}
          </span>
          <ChevronDown aria-hidden className="opacity-50" />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start" className="max-h-80 w-64 overflow-y-auto">
        <DropdownMenuLabel>{t("vehicleBrands")}</DropdownMenuLabel>
        {brands.length === 0 ? <p className="px-2 py-1.5 text-sm text-muted-foreground">{t("noBrands")}</p> : null}
        {brands.map((brand) => (
          <DropdownMenuCheckboxItem
            key={brand}
            checked={value.includes(brand)}
            // Stay open: several brands are usually picked in a row.
            onSelect={(e) => e.preventDefault()}
            onCheckedChange={(checked) => onChange(checked ? [...value, brand] : value.filter((b) => b !== brand))}
          >
            {brand}
          </DropdownMenuCheckboxItem>
        ))}
        {value.length > 0 ? (
          <>
            <DropdownMenuSeparator />
            <DropdownMenuItem onSelect={() => onChange([])}>{t("vehicleBrandsClear")}</DropdownMenuItem>
          </>
        ) : null}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}

/**
 * The matrix's filters: shop, parts (search, brand, with/without fitment) and vehicles (search,
 * brands). `onShopChange` may ask before switching (unsaved edits belong to the shop).
 */
export function MatrixFilters({
  shops,
  shopId,
  state,
  columnBrands,
  partBrands,
  onChange,
  onShopChange,
}: {
  shops: ShopSummary[];
  shopId: string | null;
  state: MatrixState;
  columnBrands: string[];
  partBrands: string[];
  onChange: (patch: Partial<MatrixState>) => void;
  onShopChange: (shopId: string) => void;
}) {
  const t = useTranslations("compatibility.filters");
  const id = useId();
  const filtered =
    state.q !== defaultMatrixState.q ||
    state.brand !== defaultMatrixState.brand ||
    state.fitted !== defaultMatrixState.fitted ||
    state.vq !== defaultMatrixState.vq ||
    state.vb.length > 0;
  // Search boxes keep their own text: remount them when the filters are reset.
  const [generation, setGeneration] = useState(0);

  return (
    <div role="search" aria-label={t("label")} className="grid grid-cols-2 gap-2 sm:flex sm:flex-wrap sm:items-center">
      <div className="col-span-2 min-w-0 sm:max-w-64">
        <Label htmlFor={`${id}-shop`} className="sr-only">
          {t("shop")}
        </Label>
        <Select value={shopId ?? undefined} onValueChange={onShopChange} disabled={shops.length === 0}>
          <SelectTrigger id={`${id}-shop`} className="w-full">
            <span className="flex min-w-0 items-center gap-1">
              <span className="text-muted-foreground">{t("shopShort")}:</span>
              <span className="truncate">
                <SelectValue placeholder={t("shop")} />
              </span>
            </span>
          </SelectTrigger>
          <SelectContent position="popper" align="start">
            {shops.map((shop) => (
              <SelectItem key={shop.id} value={shop.id}>
                {shop.isPlatform ? t("platformShop", { name: shop.name }) : shop.name}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
      </div>
      <SearchField
        key={`q${generation}`}
        className="col-span-2 min-w-0 sm:min-w-40 sm:flex-1"
        defaultValue={state.q}
        onSearch={(q) => onChange({ q })}
        label={t("partSearch")}
        placeholder={t("partSearchPlaceholder")}
      />
      <PartBrandInput key={`b${generation}`} value={state.brand} suggestions={partBrands} onChange={(brand) => onChange({ brand })} />
      <div className="min-w-0">
        <Label htmlFor={`${id}-fitted`} className="sr-only">
          {t("fitted")}
        </Label>
        <Select value={state.fitted} onValueChange={(v) => onChange({ fitted: v as FittedFilter })}>
          <SelectTrigger id={`${id}-fitted`} className="w-full sm:w-auto">
            <SelectValue />
          </SelectTrigger>
          <SelectContent position="popper" align="start">
            {FITTED_FILTERS.map((f) => (
              <SelectItem key={f} value={f}>
                {t(`fittedOptions.${f}`)}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
      </div>
      <SearchField
        key={`vq${generation}`}
        className="min-w-0 sm:min-w-36 sm:flex-1"
        defaultValue={state.vq}
        onSearch={(vq) => onChange({ vq, cp: 1 })}
        label={t("vehicleSearch")}
        placeholder={t("vehicleSearchPlaceholder")}
      />
      <VehicleBrandsMenu brands={columnBrands} value={state.vb} onChange={(vb) => onChange({ vb, cp: 1 })} />
      {filtered ? (
        <Button
          variant="ghost"
          className="col-span-2 justify-self-start"
          onClick={() => {
            setGeneration((g) => g + 1);
            onChange({ q: "", brand: "", fitted: "all", vq: "", vb: [], cp: 1 });
          }}
        >
          <FilterX aria-hidden />
          {t("reset")}
        </Button>
      ) : null}
    </div>
  );
}
