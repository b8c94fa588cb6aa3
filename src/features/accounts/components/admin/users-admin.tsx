"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Users } from "lucide-react";
import { useTranslations } from "next-intl";
import { FilteredList } from "@/components/layout/filtered-list";
import { useUrlListState } from "@/hooks/use-url-list-state";
import { useTRPC } from "@/trpc/react";
import { USER_ROLES, userListInput, userListSearch, type UserListState, type UserRoleFilter } from "./admin-user-filters";
import { UsersAdminList } from "./users-admin-list";

const FILTERS: UserRoleFilter[] = ["all", ...USER_ROLES];

/** Everyone with an account: role filter, debounced search by name or e-mail, paging. `initial` comes from the URL. */
export function UsersAdmin({ initial }: { initial: UserListState }) {
  const t = useTranslations("admin.users");
  const tr = useTranslations("admin.roles");
  const trpc = useTRPC();
  const { state, update, search } = useUrlListState(initial, userListSearch);
  const query = useQuery(trpc.accounts.listUsers.queryOptions(userListInput(state), { placeholderData: keepPreviousData }));

  return (
    <FilteredList
      intro={t("intro")}
      filter={{
        value: state.role,
        options: FILTERS,
        label: (r) => (r === "all" ? t("allRoles") : tr(`${r}.plural`)),
        onChange: (role) => update({ role }),
        ariaLabel: t("roleFilter"),
      }}
      search={{
        value: state.q,
        onSearch: search,
        label: t("search"),
        placeholder: t("searchPlaceholder"),
      }}
      query={query}
      empty={{ icon: Users, text: state.q ? t("noResults", { q: state.q }) : t("empty") }}
      page={state.page}
      onPageChange={(page) => update({ page })}
      pagination={{ label: t("pagination"), summary: (page, pages, total) => t("summary", { page, pages, total }) }}
    >
      {(items) => <UsersAdminList items={items} />}
    </FilteredList>
  );
}
