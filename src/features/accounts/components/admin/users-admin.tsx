"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Users } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { FilteredList } from "@/components/layout/filtered-list";
import { useTRPC } from "@/trpc/react";
import { USER_ROLES, userListInput, userListSearch, type UserListState, type UserRoleFilter } from "./admin-user-filters";
import { UsersAdminList } from "./users-admin-list";

const FILTERS: UserRoleFilter[] = ["all", ...USER_ROLES];

/** Everyone with an account: role filter, debounced search by name or e-mail, paging. `initial` comes from the URL. */
export function UsersAdmin({ initial }: { initial: UserListState }) {
  const t = useTranslations("admin.users");
  const tr = useTranslations("admin.roles");
  const trpc = useTRPC();
  const [state, setState] = useState(initial);
  const query = useQuery(trpc.accounts.listUsers.queryOptions(userListInput(state), { placeholderData: keepPreviousData }));

  // Keep the address bar in step, so the filtered list can be bookmarked or reloaded.
  useEffect(() => {
    window.history.replaceState(window.history.state, "", `${window.location.pathname}${userListSearch(state)}`);
  }, [state]);
  const update = (patch: Partial<UserListState>) => setState((prev) => ({ ...prev, page: 1, ...patch }));

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
        onSearch: (q) => setState((prev) => (prev.q === q ? prev : { ...prev, q, page: 1 })),
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
