"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Store } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { ListPager } from "@/components/layout/list-pager";
import { SearchField } from "@/components/layout/search-field";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { ToggleGroup, ToggleGroupItem } from "@/components/ui/toggle-group";
import { useErrorMessage } from "@/hooks/use-error-message";
import { useTRPC } from "@/trpc/react";
import {
  WORKSHOP_STATUSES,
  workshopListInput,
  workshopListSearch,
  type WorkshopListState,
  type WorkshopStatusFilter,
} from "./admin-workshop-filters";
import { WorkshopsAdminList } from "./workshops-admin-list";

const FILTERS: WorkshopStatusFilter[] = [...WORKSHOP_STATUSES, "all"];

/**
 * Workshops for review and moderation: status filter (pending first), debounced search by name or
 * city, paging. `initial` comes from the URL's search params.
 */
export function WorkshopsAdmin({ initial }: { initial: WorkshopListState }) {
  const t = useTranslations("admin.workshops");
  const ts = useTranslations("admin.workshopStatus");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const [state, setState] = useState(initial);
  const query = useQuery(trpc.workshops.adminList.queryOptions(workshopListInput(state), { placeholderData: keepPreviousData }));

  // Keep the address bar in step, so the filtered list can be bookmarked or reloaded.
  useEffect(() => {
    window.history.replaceState(window.history.state, "", `${window.location.pathname}${workshopListSearch(state)}`);
  }, [state]);
  const update = (patch: Partial<WorkshopListState>) => setState((prev) => ({ ...prev, page: 1, ...patch }));
  const total = query.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / (query.data?.pageSize ?? 1)));

  return (
    <div className="flex flex-col gap-5">
      <p className="max-w-prose text-muted-foreground">{t("intro")}</p>
      <div className="flex flex-col gap-3 lg:flex-row lg:items-center lg:justify-between">
        <div className="-mx-4 overflow-x-auto px-4 md:mx-0 md:px-0">
          <ToggleGroup
            type="single"
            variant="outline"
            value={state.status}
            onValueChange={(v) => v && update({ status: v as WorkshopStatusFilter })}
            aria-label={t("statusFilter")}
          >
            {FILTERS.map((s) => (
              <ToggleGroupItem key={s} value={s} className="flex-none px-3 whitespace-nowrap">
                {s === "all" ? t("allStatuses") : ts(s)}
              </ToggleGroupItem>
            ))}
          </ToggleGroup>
        </div>
        <SearchField
          defaultValue={state.q}
          onSearch={(q) => setState((prev) => (prev.q === q ? prev : { ...prev, q, page: 1 }))}
          label={t("search")}
          placeholder={t("searchPlaceholder")}
          className="lg:w-80"
        />
      </div>
      {query.isError ? (
        <Alert variant="destructive">
          <AlertDescription className="flex flex-wrap items-center gap-3">
            {errorMessage(query.error)}
            <Button size="sm" variant="outline" onClick={() => query.refetch()}>
              {tc("retry")}
            </Button>
          </AlertDescription>
        </Alert>
      ) : !query.data ? (
        <div className="flex flex-col gap-2" aria-busy="true">
          <span className="sr-only">{tc("loading")}</span>
          {[0, 1, 2, 3, 4].map((i) => (
            <Skeleton key={i} className="h-14 rounded-lg" />
          ))}
        </div>
      ) : query.data.items.length === 0 ? (
        <div className="flex flex-col items-center gap-2 rounded-xl border border-dashed px-6 py-12 text-center">
          <Store aria-hidden className="size-8 text-muted-foreground" />
          <p className="font-medium">{state.q ? t("noResults", { q: state.q }) : t("empty")}</p>
        </div>
      ) : (
        <div className={query.isPlaceholderData ? "opacity-60 transition-opacity" : undefined} aria-busy={query.isPlaceholderData}>
          <WorkshopsAdminList items={query.data.items} />
        </div>
      )}
      {query.data && total > 0 ? (
        <ListPager
          page={state.page}
          pageSize={query.data.pageSize}
          total={total}
          onPageChange={(page) => update({ page })}
          label={t("pagination")}
          summary={t("summary", { page: state.page, pages, total })}
        />
      ) : null}
    </div>
  );
}
