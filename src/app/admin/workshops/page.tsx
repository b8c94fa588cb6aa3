import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { workshopListInput, workshopListSearch, workshopListStateFrom, WorkshopsAdmin } from "@/features/workshops";
import { getQueryClient, HydrateClient, trpc } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.nav");
  return { title: t("workshops") };
}

export default async function AdminWorkshopsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const state = workshopListStateFrom(await searchParams);
  // Awaited (not streamed): the list renders with its rows on the server, so the client hydrates the same markup.
  await getQueryClient().prefetchQuery(trpc.workshops.adminList.queryOptions(workshopListInput(state)));
  return (
    <HydrateClient>
      {/* A new address (e.g. a link from the overview) starts the list afresh. */}
      <WorkshopsAdmin key={workshopListSearch(state)} initial={state} />
    </HydrateClient>
  );
}
