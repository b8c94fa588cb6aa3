"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { PackageSearch, Plus } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { ListPager } from "@/components/layout/list-pager";
import { SearchField } from "@/components/layout/search-field";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Switch } from "@/components/ui/switch";
import { ToggleGroup, ToggleGroupItem } from "@/components/ui/toggle-group";
import { useUrlListState } from "@/hooks/use-url-list-state";
import { useTRPC } from "@/trpc/react";
import { PRODUCT_TYPES } from "../../../constants";
import { productListInput, productListSearch, type ProductListState } from "./product-list-state";
import { ProductsAdminList } from "./products-admin-list";
import { LoadingRows, QueryError } from "./query-state";

const TYPE_FILTERS = ["all", ...PRODUCT_TYPES] as const;

/**
 * The admin catalogue's product list (`catalog.products.adminList`): search by name or SKU, type
 * and brand filters, variants shown or not, paging; all of it kept in the address. `initial` comes
 * from the URL's search params.
 */
export function ProductsAdmin({ initial }: { initial: ProductListState }) {
  const t = useTranslations("catalog.products.list");
  const tt = useTranslations("catalog.products.types");
  const trpc = useTRPC();
  const variantsId = useId();
  const { state, update, search } = useUrlListState(initial, productListSearch);
  const query = useQuery(trpc.catalog.products.adminList.queryOptions(productListInput(state), { placeholderData: keepPreviousData }));
  const { data } = query;
  const total = data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / (data?.pageSize ?? 1)));
  const filtered = Boolean(state.q || state.brand || state.type !== "all");

  return (
    <div className="flex flex-col gap-5">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="grid gap-1">
          <h2 className="text-xl font-semibold tracking-tight">{t("title")}</h2>
          <p className="max-w-prose text-muted-foreground">{t("intro")}</p>
        </div>
        <Button asChild className="self-start">
          <Link href={state.type === "all" ? "/admin/catalog/products/new" : `/admin/catalog/products/new?type=${state.type}`}>
            <Plus aria-hidden />
            {t("new")}
          </Link>
        </Button>
      </div>

      <div className="flex flex-col gap-3 rounded-xl border bg-card p-3 md:p-4">
        <div className="-mx-3 overflow-x-auto px-3 md:mx-0 md:px-0">
          <ToggleGroup
            type="single"
            variant="outline"
            value={state.type}
            onValueChange={(v) => v && update({ type: v as ProductListState["type"] })}
            aria-label={t("typeFilter")}
          >
            {TYPE_FILTERS.map((type) => (
              <ToggleGroupItem key={type} value={type} className="flex-none px-3 whitespace-nowrap">
                {type === "all" ? t("allTypes") : tt(`plural.${type}`)}
              </ToggleGroupItem>
            ))}
          </ToggleGroup>
        </div>
        <div className="grid gap-3 md:grid-cols-[minmax(0,1fr)_14rem_auto] md:items-end">
          <SearchField defaultValue={state.q} onSearch={search} label={t("search")} placeholder={t("searchPlaceholder")} />
          <BrandFilter value={state.brand} onChange={(brand) => update({ brand })} />
          <div className="flex h-9 items-center gap-2">
            <Switch id={variantsId} checked={state.variants} onCheckedChange={(variants) => update({ variants })} />
            <Label htmlFor={variantsId} className="font-normal">
              {t("showVariants")}
            </Label>
          </div>
        </div>
      </div>

      {query.isError ? (
        <QueryError error={query.error} onRetry={query.refetch} />
      ) : !data ? (
        <LoadingRows rows={6} />
      ) : data.items.length === 0 ? (
        <div className="flex flex-col items-center gap-2 rounded-xl border border-dashed px-6 py-12 text-center">
          <PackageSearch aria-hidden className="size-8 text-muted-foreground" />
          <p className="font-medium">{filtered ? t("noResults") : t("empty")}</p>
        </div>
      ) : (
        <div className={query.isPlaceholderData ? "opacity-60 transition-opacity" : undefined} aria-busy={query.isPlaceholderData}>
          <ProductsAdminList items={data.items} />
        </div>
      )}
      {data && total > 0 ? (
        <ListPager
          page={state.page}
          pageSize={data.pageSize}
          total={total}
          onPageChange={(page) => update({ page })}
          label={t("pagination")}
          summary={t("summary", { page: state.page, pages, total })}
        />
      ) : null}
    </div>
  );
}

/**
 * Brand as free text (parts carry brands the vehicle list does not know), with the catalogue's
 * vehicle brands suggested; applied after a pause, on Enter or when cleared.
 */
function BrandFilter({ value, onChange }: { value: string; onChange: (brand: string) => void }) {
  const t = useTranslations("catalog.products.list");
  const trpc = useTRPC();
  const id = useId();
  const brands = useQuery(trpc.catalog.brands.queryOptions());
  const [text, setText] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const commit = (next: string, wait: number) => {
    clearTimeout(timer.current);
    const apply = () => {
      if (next.trim() !== value) onChange(next.trim());
    };
    if (wait === 0) apply();
    else timer.current = setTimeout(apply, wait);
  };

  return (
    <div className="grid gap-1.5">
      <Label htmlFor={id} className="sr-only">
        {t("brand")}
      </Label>
      <Input
        id={id}
        type="search"
        list={`${id}-brands`}
        value={text}
        placeholder={t("brandPlaceholder")}
        autoComplete="off"
        maxLength={80}
        onChange={(e) => {
          setText(e.target.value);
          commit(e.target.value, e.target.value ? 500 : 0);
        }}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            commit(text, 0);
          }
        }}
      />
      <datalist id={`${id}-brands`}>
        {(brands.data ?? []).map((b) => (
          <option key={b.brand} value={b.brand} />
        ))}
      </datalist>
    </div>
  );
}
