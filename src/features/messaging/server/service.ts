import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/server/api/trpc";
import type { DbOrTx } from "@/server/db";
import { conversations, messages, workshopMembers } from "@/server/db/schema";
import { EDIT_WINDOW_MINUTES } from "../constants";
import type { ConversationStatus } from "../types";
import { markerColumns, participantOf, requireStaff, type ConversationRow, type Participant } from "./access";
import { afterMessage, appendKnown, flagsFor, previewOf } from "./delivery";
import { messageViewsById, toMessageView } from "./queries";
import { publishConversation, publishMessageUpdated, publishReceipts } from "./realtime";

/** A conversation's state after its messages: receipts, status, assignee, archive, edits and per-person deletes. */

/**
 * Moves a side's markers forward to `seq` (never back, never past the last message): "delivered"
 * (the device has it) and, with `read`, "read". Publishes the new receipts when anything changed, so
 * the sender's ✓ turns into ✓✓ live, and the reader's badges elsewhere update.
 * @returns whether the markers moved.
 */
export async function advanceMarkers(db: DbOrTx, participant: Participant, seq: number, read: boolean): Promise<boolean> {
  const side = participant.side;
  const col = markerColumns[side];
  const target = sql`least(${seq}, ${conversations.lastSeq})`;
  const delivered = sql`greatest(${col.delivered}, ${target})`;
  const readTo = sql`greatest(${col.read}, ${target})`;
  const set =
    side === "customer"
      ? { customerDeliveredSeq: delivered, ...(read ? { customerReadSeq: readTo, customerReadAt: sql`now()` } : {}) }
      : { workshopDeliveredSeq: delivered, ...(read ? { workshopReadSeq: readTo, workshopReadAt: sql`now()` } : {}) };
  const [updated] = await db
    .update(conversations)
    .set(set)
    .where(
      and(
        eq(conversations.id, participant.conversation.id),
        read ? sql`(${col.read} < ${target} or ${col.delivered} < ${target})` : sql`${col.delivered} < ${target}`,
      ),
    )
    .returning();
  if (!updated) return false;
  await publishReceipts(updated);
  if (read) await publishConversation(updated, null);
  return true;
}

/**
 * Marks every conversation of the caller as delivered up to its newest message (the caller's device
 * has been told about them: called when a signed-in page connects). Customers: their conversations;
 * staff: those of every workshop they work at. @returns how many conversations changed.
 */
export async function markAllDelivered(db: DbOrTx, user: Pick<SessionUser, "id" | "role">): Promise<number> {
  let changed: ConversationRow[] = [];
  if (user.role === "customer") {
    changed = await db
      .update(conversations)
      .set({ customerDeliveredSeq: sql`${conversations.lastSeq}` })
      .where(and(eq(conversations.customerId, user.id), sql`${conversations.customerDeliveredSeq} < ${conversations.workshopMessageSeq}`))
      .returning();
  } else if (user.role === "provider") {
    changed = await db
      .update(conversations)
      .set({ workshopDeliveredSeq: sql`${conversations.lastSeq}` })
      .where(
        and(
          sql`${conversations.workshopId} in (select ${workshopMembers.workshopId} from ${workshopMembers} where ${workshopMembers.userId} = ${user.id})`,
          sql`${conversations.workshopDeliveredSeq} < ${conversations.customerMessageSeq}`,
        ),
      )
      .returning();
  }
  await Promise.all(changed.map((c) => publishReceipts(c)));
  return changed.length;
}

/**
 * Staff change a conversation: status (resolving or reopening leaves a system message both sides
 * see), priority, assignee (a staff member of the same workshop, or null for the team).
 * @throws AppError FORBIDDEN `errors.messaging.staffOnly`; BAD_REQUEST `errors.messaging.notAMember`.
 */
export async function updateConversation(
  db: DbOrTx,
  participant: Participant,
  change: { status?: ConversationStatus; priority?: ConversationRow["priority"]; assigneeId?: string | null },
) {
  requireStaff(participant);
  const c = participant.conversation;
  if (change.status === undefined && change.priority === undefined && change.assigneeId === undefined) return { ok: true as const };
  if (change.assigneeId) {
    const [member] = await db
      .select({ userId: workshopMembers.userId })
      .from(workshopMembers)
      .where(and(eq(workshopMembers.workshopId, c.workshopId), eq(workshopMembers.userId, change.assigneeId)))
      .limit(1);
    if (!member) throw new AppError("BAD_REQUEST", "errors.messaging.notAMember");
  }
  const resolving = change.status === "resolved" && c.status !== "resolved";
  const reopening = change.status !== undefined && change.status !== "resolved" && change.status !== "closed" && c.status === "resolved";
  const result = await db.transaction(async (tx) => {
    const [updated] = await tx
      .update(conversations)
      .set({
        ...(change.status ? { status: change.status, resolvedAt: change.status === "resolved" ? new Date() : null } : {}),
        ...(change.priority ? { priority: change.priority } : {}),
        ...(change.assigneeId !== undefined ? { assigneeId: change.assigneeId } : {}),
      })
      .where(eq(conversations.id, c.id))
      .returning();
    if (resolving || reopening) {
      return appendKnown(
        tx,
        c.id,
        { type: "system", body: "", system: { kind: resolving ? "resolved" : "reopened", params: { by: participant.user.name ?? "" } } },
        "system",
      );
    }
    return { row: null, conversation: updated! };
  });
  if (result.row) await afterMessage(result.conversation, [toMessageView(result.row, null)], { notifyByEmail: false });
  else await publishConversation(result.conversation, null);
  return { ok: true as const };
}

/** Archives (or brings back) a conversation for the caller's side only. */
export async function archiveConversation(db: DbOrTx, participant: Participant, archived: boolean) {
  await db
    .update(conversations)
    .set(participant.side === "customer" ? { customerArchived: archived } : { workshopArchived: archived })
    .where(eq(conversations.id, participant.conversation.id));
  return { ok: true as const };
}

/** A message the caller may act on, with the caller as a participant of its conversation. */
async function ownMessage(db: DbOrTx, user: SessionUser, messageId: string) {
  const [row] = await db.select().from(messages).where(eq(messages.id, messageId)).limit(1);
  if (!row) throw new AppError("NOT_FOUND", "errors.messaging.messageNotFound");
  const participant = await participantOf(db, user, row.conversationId).catch(() => {
    throw new AppError("NOT_FOUND", "errors.messaging.messageNotFound");
  });
  return { row, participant };
}

/**
 * The author edits a text message within 15 minutes of sending it; it is moderated again and both
 * sides see "edited". @throws AppError NOT_FOUND `errors.messaging.messageNotFound`; FORBIDDEN
 * `errors.messaging.notAuthor`; CONFLICT `errors.messaging.editWindow` / `errors.messaging.notEditable`.
 */
export async function editMessage(db: DbOrTx, user: SessionUser, messageId: string, body: string, now = new Date()) {
  const { row } = await ownMessage(db, user, messageId);
  if (row.senderId !== user.id) throw new AppError("FORBIDDEN", "errors.messaging.notAuthor");
  if (row.type !== "text" || row.erasedAt) throw new AppError("CONFLICT", "errors.messaging.notEditable");
  if (now.getTime() - row.createdAt.getTime() > EDIT_WINDOW_MINUTES * 60_000) {
    throw new AppError("CONFLICT", "errors.messaging.editWindow", { minutes: EDIT_WINDOW_MINUTES });
  }
  const flags = flagsFor(body, now);
  await db.transaction(async (tx) => {
    await tx
      .update(messages)
      .set({ body, editedAt: now, ...(flags.flagged ? { ...flags, reviewedAt: null, reviewedBy: null } : {}) })
      .where(eq(messages.id, messageId));
    await tx
      .update(conversations)
      .set({ lastMessagePreview: previewOf({ type: "text", body }) })
      .where(and(eq(conversations.id, row.conversationId), eq(conversations.lastSeq, row.seq)));
  });
  const [view] = await messageViewsById(db, [messageId]);
  await publishMessageUpdated(view!);
  return view!;
}

/** Hides a message for the caller only (soft delete per user); the other side still sees it. */
export async function deleteForMe(db: DbOrTx, user: SessionUser, messageId: string) {
  await ownMessage(db, user, messageId);
  await db
    .update(messages)
    .set({ deletedFor: sql`array_append(${messages.deletedFor}, ${user.id}::uuid)` })
    .where(and(eq(messages.id, messageId), sql`not (${user.id}::uuid = any(${messages.deletedFor}))`));
  return { ok: true as const };
}
