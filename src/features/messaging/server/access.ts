import "server-only";
import { and, eq } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/server/api/trpc";
import type { DbOrTx } from "@/server/db";
import { conversations, workshopMembers } from "@/server/db/schema";

export type ConversationRow = typeof conversations.$inferSelect;
/** A participant's side of a conversation: the customer, or the workshop's staff as one team. */
export type Side = "customer" | "workshop";

/** Someone allowed into a conversation, and as whom. */
export type Participant = {
  side: Side;
  user: Pick<SessionUser, "id" | "name" | "role" | "locale">;
  conversation: ConversationRow;
  /** The staff member's role at the workshop (null for the customer). */
  staffRole: "owner" | "mechanic" | null;
};

export const notFound = () => new AppError("NOT_FOUND", "errors.messaging.notFound");
export const otherSide = (side: Side): Side => (side === "customer" ? "workshop" : "customer");

/**
 * The caller as a participant of a conversation: its customer, or a staff member of its workshop.
 * Nobody else — not admins, not staff of another workshop — learns that it exists.
 * @throws AppError NOT_FOUND `errors.messaging.notFound` (also when signed out or not a participant).
 */
export async function participantOf(
  db: DbOrTx,
  user: Pick<SessionUser, "id" | "name" | "role" | "locale"> | null,
  conversationId: string,
): Promise<Participant> {
  if (!user) throw notFound();
  const [row] = await db
    .select({ conversation: conversations, staffRole: workshopMembers.role })
    .from(conversations)
    .leftJoin(workshopMembers, and(eq(workshopMembers.workshopId, conversations.workshopId), eq(workshopMembers.userId, user.id)))
    .where(eq(conversations.id, conversationId))
    .limit(1);
  if (!row) throw notFound();
  if (row.conversation.customerId === user.id) return { side: "customer", user, conversation: row.conversation, staffRole: null };
  if (row.staffRole) return { side: "workshop", user, conversation: row.conversation, staffRole: row.staffRole };
  throw notFound();
}

/** Whether `user` may read (and subscribe to) a conversation; the realtime channel authoriser asks this. */
export async function isConversationParticipant(
  db: DbOrTx,
  user: Pick<SessionUser, "id" | "name" | "role" | "locale"> | null,
  conversationId: string,
): Promise<boolean> {
  try {
    await participantOf(db, user, conversationId);
    return true;
  } catch {
    return false;
  }
}

/** Staff-only actions. @throws AppError FORBIDDEN `errors.messaging.staffOnly` for the customer. */
export function requireStaff(participant: Participant): void {
  if (participant.side !== "workshop") throw new AppError("FORBIDDEN", "errors.messaging.staffOnly");
}

/** Customer-only actions. @throws AppError FORBIDDEN `errors.messaging.customerOnly` for staff. */
export function requireCustomer(participant: Participant): void {
  if (participant.side !== "customer") throw new AppError("FORBIDDEN", "errors.messaging.customerOnly");
}

/** Column names of a side's markers, for the raw SQL the services write. */
export const markerColumns = {
  customer: {
    delivered: conversations.customerDeliveredSeq,
    read: conversations.customerReadSeq,
    readAt: conversations.customerReadAt,
    emailed: conversations.customerEmailedSeq,
    wrote: conversations.customerMessageSeq,
    archived: conversations.customerArchived,
  },
  workshop: {
    delivered: conversations.workshopDeliveredSeq,
    read: conversations.workshopReadSeq,
    readAt: conversations.workshopReadAt,
    emailed: conversations.workshopEmailedSeq,
    wrote: conversations.workshopMessageSeq,
    archived: conversations.workshopArchived,
  },
} as const;
