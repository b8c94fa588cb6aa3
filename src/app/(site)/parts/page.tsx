import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { parsePartsSearch, partsSearchToInput, PartsStorefront, type StorefrontViewer } from "@/features/catalog";
import { auth } from "@/server/auth";
import { HydrateClient, prefetch, trpc } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("parts");
  return { title: t("title"), description: t("metaDescription") };
}

export default async function PartsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const state = parsePartsSearch(await searchParams);
  const [session] = await Promise.all([auth(), prefetch(trpc.catalog.parts.list.queryOptions(partsSearchToInput(state)))]);
  const role = session?.user.role;
  const viewer: StorefrontViewer = !role ? "guest" : role === "customer" ? "customer" : "staff";
  return (
    <HydrateClient>
      <Suspense>
        <PartsStorefront viewer={viewer} />
      </Suspense>
    </HydrateClient>
  );
}
