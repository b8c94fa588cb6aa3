import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/server/api/trpc";
import type { DbOrTx } from "@/server/db";
import { conversations, messages, workshopMembers } from "@/server/db/schema";

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

type Person = Pick<SessionUser, "id" | "name" | "role" | "locale">;

/**
 * The caller as a participant of a conversation: its customer, or a staff member of its workshop.
 * Nobody else — not admins, not staff of another workshop — learns that it exists.
 * @throws AppError NOT_FOUND `errors.messaging.notFound` (also when signed out or not a participant).
 */
export async function participantOf(db: DbOrTx, user: Person | null, conversationId: string): Promise<Participant> {
  if (!user) throw notFound();
  return (await loadParticipant(db, user, conversationId, null)).participant;
}

/**
 * `participantOf` plus, in the same round trip, the id of the message this sender already stored with
 * `clientId` (a resend), or null. @throws AppError NOT_FOUND `errors.messaging.notFound`.
 */
export function participantForSend(db: DbOrTx, user: Person, conversationId: string, clientId: string) {
  return loadParticipant(db, user, conversationId, clientId);
}

async function loadParticipant(
  db: DbOrTx,
  user: Person,
  conversationId: string,
  clientId: string | null,
): Promise<{ participant: Participant; existingId: string | null }> {
  const [row] = await db
    .select({
      conversation: conversations,
      staffRole: workshopMembers.role,
      existingId: clientId
        ? sql<
            string | null
          >`(select m.id from ${messages} m where m.conversation_id = ${conversations.id} and m.sender_id = ${user.id} and m.client_id = ${clientId})`
        : sql<null>`null`,
    })
    .from(conversations)
    .leftJoin(workshopMembers, and(eq(workshopMembers.workshopId, conversations.workshopId), eq(workshopMembers.userId, user.id)))
    .where(eq(conversations.id, conversationId))
    .limit(1);
  if (!row) throw notFound();
  const existingId = row.existingId ?? null;
  const { conversation } = row;
  if (conversation.customerId === user.id) return { participant: { side: "customer", user, conversation, staffRole: null }, existingId };
  if (row.staffRole) return { participant: { side: "workshop", user, conversation, staffRole: row.staffRole }, existingId };
  throw notFound();
}

/** Whether `user` may read (and subscribe to) a conversation; the realtime channel authoriser asks this. */
export async function isConversationParticipant(db: DbOrTx, user: Person | null, conversationId: string): Promise<boolean> {
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

/** A side's marker columns (received, read, e-mailed up to `seq`), for the conditions the services write. */
export const markerColumns = {
  customer: {
    delivered: conversations.customerDeliveredSeq,
    read: conversations.customerReadSeq,
    emailed: conversations.customerEmailedSeq,
  },
  workshop: {
    delivered: conversations.workshopDeliveredSeq,
    read: conversations.workshopReadSeq,
    emailed: conversations.workshopEmailedSeq,
  },
} as const;
