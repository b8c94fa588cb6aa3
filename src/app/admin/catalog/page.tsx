import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CatalogSectionNav, productListInput, productListSearch, productListStateFrom, ProductsAdmin } from "@/features/catalog";
import { getQueryClient, HydrateClient, trpc } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("catalog.section");
  return { title: `${t("products")} · ${t("catalog")}` };
}

export default async function AdminCatalogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const state = productListStateFrom(await searchParams);
  // Awaited (not streamed): the list renders with its rows on the server, so the client hydrates the same markup.
  await getQueryClient().prefetchQuery(trpc.catalog.products.adminList.queryOptions(productListInput(state)));
  return (
    <HydrateClient>
      <div className="flex flex-col gap-6">
        <CatalogSectionNav />
        {/* A new address (e.g. the section tab clicked with filters on) starts the list afresh. */}
        <ProductsAdmin key={productListSearch(state)} initial={state} />
      </div>
    </HydrateClient>
  );
}
