"use client";

import type { LucideIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { ToggleGroup, ToggleGroupItem } from "@/components/ui/toggle-group";
import { useErrorMessage } from "@/hooks/use-error-message";
import { ListPager } from "./list-pager";
import { SearchField } from "./search-field";

type Page<T> = { items: T[]; total: number; pageSize: number };

/**
 * A paged list with a one-of-many filter and a debounced search above it, and its loading, error
 * and empty states (admin lists of workshops and people). Strings come translated.
 */
export function FilteredList<T, F extends string>(props: {
  intro: string;
  filter: { value: F; options: readonly F[]; label: (option: F) => string; onChange: (value: F) => void; ariaLabel: string };
  search: { value: string; onSearch: (q: string) => void; label: string; placeholder: string };
  query: { data: Page<T> | undefined; error: unknown; isError: boolean; isPlaceholderData: boolean; refetch: () => unknown };
  empty: { icon: LucideIcon; text: string };
  page: number;
  onPageChange: (page: number) => void;
  pagination: { label: string; summary: (page: number, pages: number, total: number) => string };
  children: (items: T[]) => React.ReactNode;
}) {
  const tc = useTranslations("common");
  const errorMessage = useErrorMessage();
  const { data } = props.query;
  const total = data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / (data?.pageSize ?? 1)));
  const EmptyIcon = props.empty.icon;

  return (
    <div className="flex flex-col gap-5">
      <p className="max-w-prose text-muted-foreground">{props.intro}</p>
      <div className="flex flex-col gap-3 lg:flex-row lg:items-center lg:justify-between">
        <div className="-mx-4 overflow-x-auto px-4 md:mx-0 md:px-0">
          <ToggleGroup
            type="single"
            variant="outline"
            value={props.filter.value}
            onValueChange={(v) => v && props.filter.onChange(v as F)}
            aria-label={props.filter.ariaLabel}
          >
            {props.filter.options.map((option) => (
              <ToggleGroupItem key={option} value={option} className="flex-none px-3 whitespace-nowrap">
                {props.filter.label(option)}
              </ToggleGroupItem>
            ))}
          </ToggleGroup>
        </div>
        <SearchField
          defaultValue={props.search.value}
          onSearch={props.search.onSearch}
          label={props.search.label}
          placeholder={props.search.placeholder}
          className="lg:w-80"
        />
      </div>
      {props.query.isError ? (
        <Alert variant="destructive">
          <AlertDescription className="flex flex-wrap items-center gap-3">
            {errorMessage(props.query.error)}
            <Button size="sm" variant="outline" onClick={() => props.query.refetch()}>
              {tc("retry")}
            </Button>
          </AlertDescription>
        </Alert>
      ) : !data ? (
        <div className="flex flex-col gap-2" aria-busy="true">
          <span className="sr-only">{tc("loading")}</span>
          {[0, 1, 2, 3, 4].map((i) => (
            <Skeleton key={i} className="h-14 rounded-lg" />
          ))}
        </div>
      ) : data.items.length === 0 ? (
        <div className="flex flex-col items-center gap-2 rounded-xl border border-dashed px-6 py-12 text-center">
          <EmptyIcon aria-hidden className="size-8 text-muted-foreground" />
          <p className="font-medium">{props.empty.text}</p>
        </div>
      ) : (
        <div
          className={props.query.isPlaceholderData ? "opacity-60 transition-opacity" : undefined}
          aria-busy={props.query.isPlaceholderData}
        >
          {props.children(data.items)}
        </div>
      )}
      {data && total > 0 ? (
        <ListPager
          page={props.page}
          pageSize={data.pageSize}
          total={total}
          onPageChange={props.onPageChange}
          label={props.pagination.label}
          summary={props.pagination.summary(props.page, pages, total)}
        />
      ) : null}
    </div>
  );
}
