import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CustomerMessages } from "@/features/messaging";
import { getQueryClient, HydrateClient, prefetch, trpc } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("messaging.list");
  return { title: t("title") };
}

type Props = { params: Promise<{ conversationId: string }> };

/** One conversation with the list beside it (desktop); not a participant or no such conversation → 404. */
export default async function ConversationPage({ params }: Props) {
  const { conversationId } = await params;
  try {
    await getQueryClient().fetchQuery({ ...trpc.messaging.byId.queryOptions({ conversationId }), retry: false });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
  await Promise.all([
    prefetch(trpc.messaging.messages.queryOptions({ conversationId })),
    getQueryClient().prefetchInfiniteQuery(
      trpc.messaging.mine.infiniteQueryOptions(
        { archived: false, limit: 20 },
        { getNextPageParam: (last) => last.nextCursor ?? undefined },
      ),
    ),
  ]);
  return (
    <HydrateClient>
      <CustomerMessages activeId={conversationId} />
    </HydrateClient>
  );
}
