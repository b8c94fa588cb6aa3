import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { userListInput, userListSearch, userListStateFrom, UsersAdmin } from "@/features/accounts";
import { getQueryClient, HydrateClient, trpc } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.nav");
  return { title: t("users") };
}

export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const state = userListStateFrom(await searchParams);
  // Awaited (not streamed): the list renders with its rows on the server, so the client hydrates the same markup.
  await getQueryClient().prefetchQuery(trpc.accounts.listUsers.queryOptions(userListInput(state)));
  return (
    <HydrateClient>
      {/* A new address (e.g. a link from the overview) starts the list afresh. */}
      <UsersAdmin key={userListSearch(state)} initial={state} />
    </HydrateClient>
  );
}
