import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AdminNewProductPage, CatalogSectionNav } from "@/features/catalog";
import { HydrateClient, prefetch, trpc } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("catalog");
  return { title: `${t("products.page.newTitle")} · ${t("section.catalog")}` };
}

export default async function AdminNewProductRoute({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const type = (await searchParams).type;
  await prefetch(trpc.catalog.featureSets.list.queryOptions());
  return (
    <HydrateClient>
      <div className="flex flex-col gap-6">
        <CatalogSectionNav />
        <AdminNewProductPage initialType={typeof type === "string" ? type : undefined} />
      </div>
    </HydrateClient>
  );
}
