import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CompatibilityMatrix, matrixQueryInput, matrixQueryKey, matrixStateFrom, pickShopId } from "@/features/catalog";
import { getQueryClient, HydrateClient, serverCaller, trpc } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.nav");
  return { title: t("compatibility") };
}

export default async function AdminCompatibilityPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const state = matrixStateFrom(await searchParams);
  const queryClient = getQueryClient();
  // The shop list decides which shop opens; if it fails, the client shows the error itself.
  const shops = await queryClient.fetchQuery({ ...trpc.catalog.shops.list.queryOptions(), retry: false }).catch(() => undefined);
  const shopId = pickShopId(shops, state.shop);
  if (shopId) {
    const input = matrixQueryInput(state, shopId);
    const caller = await serverCaller();
    // The first page of rows, under the same key the editor's infinite query uses.
    await queryClient.prefetchInfiniteQuery({
      queryKey: matrixQueryKey(trpc.catalog.matrix.page.pathKey(), input),
      queryFn: () => caller.catalog.matrix.page({ ...input, rowOffset: 0 }),
      initialPageParam: 0,
      retry: false,
    });
  }
  return (
    <HydrateClient>
      <CompatibilityMatrix initial={state} />
    </HydrateClient>
  );
}
