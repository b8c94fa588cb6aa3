import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AttributesSettings, CatalogSectionNav } from "@/features/catalog";
import { HydrateClient, prefetch, trpc } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("catalog.section");
  return { title: `${t("attributes")} · ${t("catalog")}` };
}

export default async function AdminCatalogAttributesPage() {
  await prefetch(trpc.catalog.attributes.list.queryOptions());
  return (
    <HydrateClient>
      <div className="flex flex-col gap-6">
        <CatalogSectionNav />
        <AttributesSettings />
      </div>
    </HydrateClient>
  );
}
