import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CustomerMessages } from "@/features/messaging";
import { getQueryClient, HydrateClient, trpc } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("messaging.list");
  return { title: t("title") };
}

/** The customer's conversations with workshops (route protection: src/proxy.ts, customers only). */
export default async function MessagesPage() {
  await getQueryClient().prefetchInfiniteQuery(
    trpc.messaging.mine.infiniteQueryOptions({ archived: false, limit: 20 }, { getNextPageParam: (last) => last.nextCursor ?? undefined }),
  );
  return (
    <HydrateClient>
      <CustomerMessages />
    </HydrateClient>
  );
}
