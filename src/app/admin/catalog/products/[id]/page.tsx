import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AdminProductPage, CatalogSectionNav } from "@/features/catalog";
import { getQueryClient, HydrateClient, prefetch, trpc } from "@/trpc/server";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The product, from the request's query cache (metadata and page ask once); null when it cannot be read. */
async function loadProduct(productId: string) {
  if (!UUID.test(productId)) notFound();
  try {
    return await getQueryClient().fetchQuery(trpc.catalog.products.byId.queryOptions({ productId }));
  } catch (error) {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") notFound();
    // Other failures render the page, whose client query retries and shows the error.
    return null;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("catalog.section");
  const product = await loadProduct((await params).id);
  return { title: product ? `${product.name} · ${t("catalog")}` : t("catalog") };
}

export default async function AdminProductRoute({ params, searchParams }: Props) {
  const { id } = await params;
  const tab = (await searchParams).tab;
  const product = await loadProduct(id);
  // A variant's page edits its row of the parent's variants.
  if (product?.parent) await prefetch(trpc.catalog.products.byId.queryOptions({ productId: product.parent.id }));
  return (
    <HydrateClient>
      <div className="flex flex-col gap-6">
        <CatalogSectionNav />
        <AdminProductPage key={id} productId={id} initialTab={typeof tab === "string" ? tab : undefined} />
      </div>
    </HydrateClient>
  );
}
