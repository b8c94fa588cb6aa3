import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ModerationQueue } from "@/features/messaging";
import { getQueryClient, HydrateClient, trpc } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("messaging.moderation");
  return { title: t("title") };
}

/** Flagged chat messages waiting for an admin's decision. */
export default async function ModerationPage() {
  await getQueryClient().prefetchInfiniteQuery(
    trpc.messaging.flagged.infiniteQueryOptions({ limit: 20 }, { getNextPageParam: (last) => last.nextCursor ?? undefined }),
  );
  return (
    <HydrateClient>
      <ModerationQueue />
    </HydrateClient>
  );
}
