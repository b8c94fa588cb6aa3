import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CatalogSectionNav, FeaturesSettings } from "@/features/catalog";
import { HydrateClient, prefetch, trpc } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("catalog.section");
  return { title: `${t("features")} · ${t("catalog")}` };
}

export default async function AdminCatalogFeaturesPage() {
  await Promise.all([
    prefetch(trpc.catalog.features.list.queryOptions()),
    prefetch(trpc.catalog.featureSets.list.queryOptions()),
    prefetch(trpc.catalog.categoryWords.list.queryOptions()),
  ]);
  return (
    <HydrateClient>
      <div className="flex flex-col gap-6">
        <CatalogSectionNav />
        <FeaturesSettings />
      </div>
    </HydrateClient>
  );
}
