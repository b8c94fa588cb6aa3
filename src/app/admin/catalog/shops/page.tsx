import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CatalogSectionNav, ShopsSettings } from "@/features/catalog";
import { HydrateClient, prefetch, trpc } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("catalog.section");
  return { title: `${t("shops")} · ${t("catalog")}` };
}

export default async function AdminCatalogShopsPage() {
  // Brands too, so the shop editor opens with its brand checklist filled.
  await Promise.all([prefetch(trpc.catalog.shops.list.queryOptions()), prefetch(trpc.catalog.brands.queryOptions())]);
  return (
    <HydrateClient>
      <div className="flex flex-col gap-6">
        <CatalogSectionNav />
        <ShopsSettings />
      </div>
    </HydrateClient>
  );
}
