import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { parseSearchState, searchStateToInput, WorkshopSearch } from "@/features/workshops";
import { largestCities } from "@/features/workshops/server";
import { HydrateClient, prefetch, trpc } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("workshops");
  return { title: t("title"), description: t("metaDescription") };
}

export default async function WorkshopsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const state = parseSearchState(await searchParams);
  const [, cities] = await Promise.all([prefetch(trpc.workshops.search.queryOptions(searchStateToInput(state))), largestCities(40)]);
  const labels = cities.map(({ name, lat, lng }) => ({ name, lat, lng }));
  return (
    <HydrateClient>
      <Suspense>
        <WorkshopSearch labels={labels} />
      </Suspense>
    </HydrateClient>
  );
}
