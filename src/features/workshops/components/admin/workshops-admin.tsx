"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Store } from "lucide-react";
import { useTranslations } from "next-intl";
import { FilteredList } from "@/components/layout/filtered-list";
import { useUrlListState } from "@/hooks/use-url-list-state";
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
  const trpc = useTRPC();
  const { state, update, search } = useUrlListState(initial, workshopListSearch);
  const query = useQuery(trpc.workshops.adminList.queryOptions(workshopListInput(state), { placeholderData: keepPreviousData }));

  return (
    <FilteredList
      intro={t("intro")}
      filter={{
        value: state.status,
        options: FILTERS,
        label: (s) => (s === "all" ? t("allStatuses") : ts(s)),
        onChange: (status) => update({ status }),
        ariaLabel: t("statusFilter"),
      }}
      search={{
        value: state.q,
        onSearch: search,
        label: t("search"),
        placeholder: t("searchPlaceholder"),
      }}
      query={query}
      empty={{ icon: Store, text: state.q ? t("noResults", { q: state.q }) : t("empty") }}
      page={state.page}
      onPageChange={(page) => update({ page })}
      pagination={{ label: t("pagination"), summary: (page, pages, total) => t("summary", { page, pages, total }) }}
    >
      {(items) => <WorkshopsAdminList items={items} />}
    </FilteredList>
  );
}
