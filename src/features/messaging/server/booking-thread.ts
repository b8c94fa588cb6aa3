import "server-only";
import { and, desc, eq, ne, or } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/server/api/trpc";
import type { DbOrTx } from "@/server/db";
import { conversations, messages, type BookingProposal, type SystemEvent } from "@/server/db/schema";
import type { MessageView } from "../types";
import { participantOf, requireCustomer } from "./access";
import { afterMessage, appendKnown } from "./delivery";
import { messageViewsById, toMessageView } from "./queries";
import { publishMessageUpdated } from "./realtime";

/**
 * The conversation a booking's news goes to: the one about this booking, else the customer's most
 * recent open thread with the workshop; null when they never talked (nothing is started for it).
 */
export async function bookingThreadOf(
  db: DbOrTx,
  b: { bookingId: string; customerId: string; workshopId: string },
): Promise<string | null> {
  const [row] = await db
    .select({ id: conversations.id })
    .from(conversations)
    .where(
      and(
        eq(conversations.customerId, b.customerId),
        eq(conversations.workshopId, b.workshopId),
        or(eq(conversations.bookingId, b.bookingId), ne(conversations.status, "closed")),
      ),
    )
    .orderBy(desc(eq(conversations.bookingId, b.bookingId)), desc(conversations.lastMessageAt))
    .limit(1);
  return row?.id ?? null;
}

/**
 * Posts a system message (e.g. "booking confirmed for 12 Dec 10:00") into a conversation and
 * publishes it. Its own transaction: called after the booking change committed.
 */
export async function postSystemMessage(db: DbOrTx, conversationId: string, event: SystemEvent): Promise<MessageView> {
  const written = await db.transaction((tx) => appendKnown(tx, conversationId, { type: "system", body: "", system: event }, "system"));
  const view = toMessageView(written.row, null);
  await afterMessage(written.conversation, [view], { notifyByEmail: false });
  return view;
}

/**
 * Locks a pending booking proposal for the customer answering it, inside the caller's transaction.
 * @throws AppError NOT_FOUND `errors.messaging.proposalNotFound`; FORBIDDEN `errors.messaging.customerOnly`;
 *   CONFLICT `errors.messaging.proposalAnswered`.
 */
export async function lockPendingProposal(tx: DbOrTx, user: SessionUser, messageId: string) {
  const [target] = await tx
    .select({ conversationId: messages.conversationId })
    .from(messages)
    .where(and(eq(messages.id, messageId), eq(messages.type, "booking")))
    .limit(1);
  if (!target) throw new AppError("NOT_FOUND", "errors.messaging.proposalNotFound");
  const participant = await participantOf(tx, user, target.conversationId);
  requireCustomer(participant);
  const [row] = await tx.select().from(messages).where(eq(messages.id, messageId)).for("update");
  if (!row?.proposal || row.erasedAt) throw new AppError("NOT_FOUND", "errors.messaging.proposalNotFound");
  if (row.proposalStatus !== "pending") throw new AppError("CONFLICT", "errors.messaging.proposalAnswered");
  return { proposal: row.proposal, conversation: participant.conversation };
}

/** Records the customer's answer on the proposal (and the booking it became), inside the caller's transaction. */
export async function settleProposal(tx: DbOrTx, messageId: string, accepted: boolean, bookingId: string | null): Promise<void> {
  const [row] = await tx.select({ proposal: messages.proposal }).from(messages).where(eq(messages.id, messageId));
  const proposal: BookingProposal | null = row?.proposal ? { ...row.proposal, ...(bookingId ? { bookingId } : {}) } : null;
  await tx
    .update(messages)
    .set({ proposalStatus: accepted ? "accepted" : "declined", proposal })
    .where(eq(messages.id, messageId));
}

/** Publishes a proposal's new state to both sides (after the answer committed). */
export async function publishProposal(db: DbOrTx, messageId: string): Promise<MessageView | null> {
  const [view] = await messageViewsById(db, [messageId]);
  if (view) await publishMessageUpdated(view);
  return view ?? null;
}
