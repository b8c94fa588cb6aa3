"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { AlertCircle, CarFront, Info, PackageSearch } from "lucide-react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { useCallback, useId, useMemo } from "react";
import { ListPager } from "@/components/layout/list-pager";
import { SearchField } from "@/components/layout/search-field";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Skeleton } from "@/components/ui/skeleton";
import { Switch } from "@/components/ui/switch";
import { useErrorMessage } from "@/hooks/use-error-message";
import { cn } from "@/lib/utils";
import { useTRPC } from "@/trpc/react";
import type { StorefrontList } from "../../types";
import { GarageHint } from "./garage-hint";
import { PartCard } from "./part-card";
import { parsePartsSearch, partsSearchToInput, partsSearchToQuery, type PartsSearchState } from "./search-params";

/** Who is looking: guests are asked to sign in, customers to add a car; staff see the plain list. */
export type StorefrontViewer = "guest" | "customer" | "staff";

const ANY_BRAND = "__any";

/**
 * /parts: active parts of the storefront with search, brand filter and paging kept in the URL, and
 * for a signed-in customer with cars, which car "fits your car" is checked against and a switch to
 * list only the parts that fit it.
 */
export function PartsStorefront({ viewer }: { viewer: StorefrontViewer }) {
  const t = useTranslations("parts.list");
  const tc = useTranslations("common");
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const state = useMemo(() => parsePartsSearch(new URLSearchParams(params.toString())), [params]);
  const trpc = useTRPC();
  const list = useQuery({ ...trpc.catalog.parts.list.queryOptions(partsSearchToInput(state)), placeholderData: keepPreviousData });
  const data = list.data;
  const brandId = useId();

  const update = useCallback(
    (patch: Partial<PartsSearchState>) => {
      const query = partsSearchToQuery({ ...state, page: 1, ...patch });
      router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
    },
    [state, router, pathname],
  );
  const changePage = (page: number) => {
    update({ page });
    window.scrollTo({ top: 0, behavior: "smooth" });
  };

  const returnTo = `${pathname}${params.size ? `?${params.toString()}` : ""}`;
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
  const brands = data?.brands ?? [];

  return (
    <div className="mx-auto grid w-full max-w-7xl gap-5 px-4 py-6 sm:py-8">
      <header className="grid gap-1">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t("heading")}</h1>
        <p className="max-w-prose text-muted-foreground">{data?.car ? t("introWithCar") : t("intro")}</p>
      </header>

      <div role="search" className="grid gap-3 md:grid-cols-[minmax(0,1fr)_16rem] md:items-end">
        <SearchField
          key={state.q}
          defaultValue={state.q}
          onSearch={(q) => q !== state.q && update({ q })}
          label={t("searchLabel")}
          placeholder={t("searchPlaceholder")}
        />
        <div className="grid gap-1.5">
          <Label htmlFor={brandId} className="sr-only md:not-sr-only">
            {t("brand")}
          </Label>
          <Select value={state.brand ?? ANY_BRAND} onValueChange={(v) => update({ brand: v === ANY_BRAND ? null : v })}>
            <SelectTrigger id={brandId} className="w-full">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              <SelectItem value={ANY_BRAND}>{t("anyBrand")}</SelectItem>
              {/* Keep a brand from a shared link selectable before the list (and its brands) loads. */}
              {state.brand && !brands.includes(state.brand) && <SelectItem value={state.brand}>{state.brand}</SelectItem>}
              {brands.map((b) => (
                <SelectItem key={b} value={b}>
                  {b}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        </div>
      </div>

      {data && data.cars.length > 0 && <CarBar data={data} state={state} onChange={update} />}
      {data?.car && data.car.catalogueVehicles.length === 0 && (
        <Alert>
          <Info aria-hidden />
          <AlertTitle>{t("carNotMatchedTitle")}</AlertTitle>
          <AlertDescription>{t("carNotMatched", { car: data.car.label })}</AlertDescription>
        </Alert>
      )}
      {viewer === "guest" && <GarageHint kind="guest" returnTo={returnTo} />}
      {viewer === "customer" && data && data.cars.length === 0 && <GarageHint kind="noCars" returnTo={returnTo} />}

      {list.isError && !data ? (
        <Alert variant="destructive">
          <AlertCircle aria-hidden />
          <AlertTitle>{t("loadError")}</AlertTitle>
          <AlertDescription>
            <p>{errorMessage(list.error)}</p>
            <Button type="button" variant="outline" size="sm" className="mt-2" onClick={() => void list.refetch()}>
              {tc("retry")}
            </Button>
          </AlertDescription>
        </Alert>
      ) : !data ? (
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4" aria-busy="true">
          <span className="sr-only" role="status">
            {tc("loading")}
          </span>
          {Array.from({ length: 8 }, (_, i) => (
            <Skeleton key={i} className="h-32 rounded-xl sm:h-80" />
          ))}
        </div>
      ) : data.items.length === 0 ? (
        <EmptyState data={data} state={state} onShowAll={() => update({ fits: false })} />
      ) : (
        <section aria-label={t("listLabel")} className="grid gap-3">
          <p className="text-sm text-muted-foreground">{t("results", { count: data.total })}</p>
          <ul
            aria-busy={list.isPlaceholderData}
            className={cn(
              "grid gap-3 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4",
              list.isPlaceholderData && "opacity-60 transition-opacity",
            )}
          >
            {data.items.map((part) => (
              <li key={part.id}>
                <PartCard part={part} car={state.car} />
              </li>
            ))}
          </ul>
        </section>
      )}

      {data && data.total > 0 && (
        <ListPager
          page={data.page}
          pageSize={data.pageSize}
          total={data.total}
          onPageChange={changePage}
          label={t("pagination")}
          summary={t("pageSummary", { page: data.page, pages, results: t("results", { count: data.total }) })}
        />
      )}
    </div>
  );
}

/** The car "fits your car" is checked against (a picker when there are several) and the "only what fits" switch. */
function CarBar({
  data,
  state,
  onChange,
}: {
  data: StorefrontList;
  state: PartsSearchState;
  onChange: (patch: Partial<PartsSearchState>) => void;
}) {
  const t = useTranslations("parts.list");
  const carId = useId();
  const fitsId = useId();
  const current = data.car?.id ?? state.car ?? data.cars[0]?.id;
  return (
    <div className="flex flex-col gap-3 rounded-xl border bg-muted/40 p-3 sm:flex-row sm:flex-wrap sm:items-center sm:justify-between sm:px-4">
      <div className="flex min-w-0 items-center gap-3">
        <CarFront aria-hidden className="size-5 shrink-0 text-muted-foreground" />
        {data.cars.length > 1 ? (
          <div className="flex min-w-0 flex-1 items-center gap-2">
            <Label htmlFor={carId} className="shrink-0">
              {t("car")}
            </Label>
            <Select value={current} onValueChange={(car) => onChange({ car })}>
              <SelectTrigger id={carId} className="min-w-0 flex-1 bg-background sm:w-72 sm:flex-none">
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                {data.cars.map((c) => (
                  <SelectItem key={c.id} value={c.id}>
                    {c.label}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
          </div>
        ) : (
          <p className="min-w-0 font-medium">{t("carFixed", { car: data.car?.label ?? data.cars[0]!.label })}</p>
        )}
      </div>
      <div className="flex items-center gap-2">
        <Switch id={fitsId} checked={state.fits} onCheckedChange={(fits) => onChange({ fits })} />
        <Label htmlFor={fitsId}>{t("fitsMyCar")}</Label>
      </div>
    </div>
  );
}

function EmptyState({ data, state, onShowAll }: { data: StorefrontList; state: PartsSearchState; onShowAll: () => void }) {
  const t = useTranslations("parts.list");
  const fitting = state.fits && data.car;
  return (
    <section
      aria-labelledby="parts-empty"
      className="grid justify-items-center gap-3 rounded-xl border border-dashed px-6 py-12 text-center"
    >
      <PackageSearch aria-hidden className="size-10 text-muted-foreground" />
      <h2 id="parts-empty" className="text-lg font-semibold">
        {fitting ? t("noFitting", { car: data.car!.label }) : t("noResults")}
      </h2>
      <p className="max-w-md text-muted-foreground">{fitting ? t("noFittingHint") : t("noResultsHint")}</p>
      {fitting && (
        <Button type="button" variant="outline" onClick={onShowAll}>
          {t("showAll")}
        </Button>
      )}
    </section>
  );
}
