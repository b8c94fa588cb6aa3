import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { AppError } from "@/lib/errors";
import type { DbOrTx } from "@/server/db";
import { conversations, messages, users, workshops } from "@/server/db/schema";
import { deleteAttachments } from "./attachments";
import { messageViewsById } from "./queries";
import { publishMessageUpdated } from "./realtime";

/**
 * Flagged messages waiting for an admin's review (by the word lists or the AI check), oldest flag
 * first, with who wrote them and where. Cursor: the `flaggedAt` (ISO) of the previous page's last item.
 */
export async function flaggedMessages(db: DbOrTx, opts: { cursor?: string; limit: number }) {
  const customer = alias(users, "customer");
  const rows = await db
    .select({
      id: messages.id,
      conversationId: messages.conversationId,
      body: messages.body,
      type: messages.type,
      senderSide: messages.senderSide,
      senderName: users.name,
      senderEmail: users.email,
      flagReason: messages.flagReason,
      flaggedAt: messages.flaggedAt,
      createdAt: messages.createdAt,
      workshopName: workshops.name,
      customerName: customer.name,
    })
    .from(messages)
    .innerJoin(conversations, eq(conversations.id, messages.conversationId))
    .innerJoin(workshops, eq(workshops.id, conversations.workshopId))
    .innerJoin(customer, eq(customer.id, conversations.customerId))
    .leftJoin(users, eq(users.id, messages.senderId))
    .where(
      and(
        eq(messages.flagged, true),
        isNull(messages.reviewedAt),
        isNull(messages.erasedAt),
        opts.cursor ? sql`${messages.flaggedAt} > ${opts.cursor}::timestamptz` : undefined,
      ),
    )
    .orderBy(messages.flaggedAt, messages.id)
    .limit(opts.limit + 1);
  const page = rows.slice(0, opts.limit);
  return {
    items: page.map((r) => ({ ...r, flaggedAt: r.flaggedAt?.toISOString() ?? null, createdAt: r.createdAt.toISOString() })),
    nextCursor: rows.length > opts.limit ? (page.at(-1)?.flaggedAt?.toISOString() ?? null) : null,
  };
}

/** How many flagged messages wait for review (the admin navigation shows it). */
export async function flaggedCount(db: DbOrTx): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(messages)
    .where(and(eq(messages.flagged, true), isNull(messages.reviewedAt), isNull(messages.erasedAt)));
  return row?.n ?? 0;
}

/**
 * An admin's decision on a flagged message: "clear" (it stays, the flag is kept as history) or
 * "remove" (its content and attachment are erased for everyone; both sides see "removed by a
 * moderator", live). @throws AppError NOT_FOUND `errors.messaging.messageNotFound`.
 */
export async function reviewMessage(db: DbOrTx, adminId: string, messageId: string, action: "clear" | "remove") {
  const [row] = await db.select().from(messages).where(eq(messages.id, messageId)).limit(1);
  if (!row) throw new AppError("NOT_FOUND", "errors.messaging.messageNotFound");
  const now = new Date();
  await db
    .update(messages)
    .set({
      reviewedAt: now,
      reviewedBy: adminId,
      ...(action === "remove" ? { erasedAt: now, erasedBy: "moderator", body: "", attachment: null, location: null } : {}),
    })
    .where(eq(messages.id, messageId));
  if (action === "remove") {
    if (row.attachment) await deleteAttachments(db, [row.attachment.id]);
    const [view] = await messageViewsById(db, [messageId]);
    if (view) await publishMessageUpdated(view);
  }
  return { ok: true as const };
}
