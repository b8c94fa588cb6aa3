import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "@/server/db";
import { conversations, messageAttachments, messages, users, workshops } from "@/server/db/schema";
import { deleteAttachments } from "./attachments";
import { publishConversation } from "./realtime";

/**
 * "Export my conversations" (GDPR art. 15/20): every conversation of the customer with every message
 * they can still see, as plain JSON. Times in UTC ISO, money in grosze.
 */
export async function exportConversations(db: DbOrTx, customer: { id: string; email: string; name: string | null }) {
  const threads = await db
    .select({
      id: conversations.id,
      workshop: workshops.name,
      subject: conversations.subject,
      status: conversations.status,
      createdAt: conversations.createdAt,
    })
    .from(conversations)
    .innerJoin(workshops, eq(workshops.id, conversations.workshopId))
    .where(eq(conversations.customerId, customer.id))
    .orderBy(asc(conversations.createdAt));
  const rows = threads.length
    ? await db
        .select({ message: messages, senderName: users.name })
        .from(messages)
        .leftJoin(users, eq(users.id, messages.senderId))
        .where(
          and(
            inArray(
              messages.conversationId,
              threads.map((t) => t.id),
            ),
            sql`not (${customer.id}::uuid = any(${messages.deletedFor}))`,
          ),
        )
        .orderBy(asc(messages.conversationId), asc(messages.seq))
    : [];
  return {
    format: "pitstop-conversations/1",
    exportedAt: new Date().toISOString(),
    person: { id: customer.id, email: customer.email, name: customer.name },
    conversations: threads.map((t) => ({
      ...t,
      createdAt: t.createdAt.toISOString(),
      messages: rows
        .filter((r) => r.message.conversationId === t.id)
        .map(({ message: m, senderName }) => ({
          seq: m.seq,
          sentAt: m.createdAt.toISOString(),
          from: m.senderSide === "customer" ? "me" : m.senderSide,
          senderName: m.senderSide === "customer" ? customer.name : senderName,
          type: m.type,
          text: m.erasedAt ? null : m.body,
          erased: m.erasedBy,
          editedAt: m.editedAt?.toISOString() ?? null,
          attachment: m.attachment && !m.erasedAt ? { name: m.attachment.name, mime: m.attachment.mime, bytes: m.attachment.size } : null,
          location: m.erasedAt ? null : (m.location ?? null),
          quote: m.quote ? { ...m.quote, status: m.quoteStatus } : null,
        })),
    })),
  };
}

/**
 * "Delete my conversations" (GDPR art. 17): erases the text, files and locations of every message the
 * customer wrote (the workshop sees "deleted by its author" in their place) and closes and archives
 * their conversations. Irreversible. @returns how many messages were erased.
 */
export async function eraseConversations(db: DbOrTx, customerId: string): Promise<number> {
  const result = await db.transaction(async (tx) => {
    const erased = await tx
      .update(messages)
      .set({ erasedAt: new Date(), erasedBy: "author", body: "", attachment: null, location: null })
      .where(and(eq(messages.senderId, customerId), sql`${messages.erasedAt} is null`))
      .returning({ id: messages.id });
    const attachments = await tx
      .select({ id: messageAttachments.id })
      .from(messageAttachments)
      .where(eq(messageAttachments.uploaderId, customerId));
    const closed = await tx
      .update(conversations)
      .set({ status: "closed", customerArchived: true, lastMessagePreview: "" })
      .where(eq(conversations.customerId, customerId))
      .returning();
    return { erased: erased.length, attachmentIds: attachments.map((a) => a.id), closed };
  });
  await deleteAttachments(db, result.attachmentIds);
  for (const c of result.closed) await publishConversation(c, null);
  return result.erased;
}
