import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { WorkshopInbox } from "@/features/messaging";
import { getQueryClient, HydrateClient, prefetch, trpc } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard.nav");
  return { title: t("inbox") };
}

type Props = { params: Promise<{ workshopId: string; conversationId: string }> };

/** One conversation of the workshop's inbox; another workshop's conversation → 404. */
export default async function InboxConversationPage({ params }: Props) {
  const { workshopId, conversationId } = await params;
  let belongs = false;
  try {
    const view = await getQueryClient().fetchQuery({ ...trpc.messaging.byId.queryOptions({ conversationId }), retry: false });
    belongs = view.side === "workshop" && view.workshop.id === workshopId;
  } catch (error) {
    if (!(error instanceof TRPCError) || (error.code !== "NOT_FOUND" && error.code !== "BAD_REQUEST")) throw error;
  }
  if (!belongs) notFound();
  await prefetch(trpc.messaging.messages.queryOptions({ conversationId }));
  return (
    <HydrateClient>
      <WorkshopInbox workshopId={workshopId} activeId={conversationId} />
    </HydrateClient>
  );
}
