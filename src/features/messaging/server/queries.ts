import "server-only";
import { and, asc, desc, eq, gt, ilike, inArray, lt, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { latestDiagnosisOf } from "@/features/diagnosis/server";
import type { DbOrTx } from "@/server/db";
import {
  conversations,
  messages,
  users,
  userPresence,
  workshopMembers,
  workshopServices,
  workshops,
  type AttachmentMeta,
} from "@/server/db/schema";
import type { InboxInput, ListMessagesInput } from "../schemas";
import type { AttachmentView, MessageView, PresenceView, QuoteView, Receipts, Side } from "../types";
import { otherSide, type ConversationRow, type Participant } from "./access";

type MessageRow = typeof messages.$inferSelect;

/** Where participants fetch an attachment (the route checks they are participants). */
export const attachmentUrl = (id: string, variant?: "thumb") => `/api/messaging/attachments/${id}${variant ? `?variant=${variant}` : ""}`;

function attachmentView(meta: AttachmentMeta | null): AttachmentView | null {
  if (!meta) return null;
  const image = meta.mime.startsWith("image/");
  return { ...meta, url: attachmentUrl(meta.id), thumbUrl: image ? attachmentUrl(meta.id, "thumb") : null };
}

function quoteView(row: MessageRow, now: Date): QuoteView | null {
  if (!row.quote) return null;
  const stored = row.quoteStatus ?? "pending";
  const expired = stored === "pending" && new Date(row.quote.validUntil).getTime() <= now.getTime();
  return { ...row.quote, status: expired ? "expired" : stored, respondedAt: row.quoteRespondedAt?.toISOString() ?? null };
}

/** A stored message as participants see it (erased content stays erased; flags are not shown). */
export function toMessageView(row: MessageRow, senderName: string | null, now = new Date()): MessageView {
  const erased = row.erasedAt ? (row.erasedBy === "moderator" ? "moderator" : "author") : null;
  return {
    id: row.id,
    conversationId: row.conversationId,
    seq: row.seq,
    type: row.type,
    senderSide: row.senderSide,
    senderId: row.senderId,
    senderName,
    body: erased ? "" : row.body,
    attachment: erased ? null : attachmentView(row.attachment),
    location: erased ? null : (row.location ?? null),
    quote: erased ? null : quoteView(row, now),
    proposal:
      erased || !row.proposal
        ? null
        : { ...row.proposal, status: row.proposalStatus ?? "pending", bookingId: row.proposal.bookingId ?? null },
    system: row.system ?? null,
    clientId: row.clientId,
    editedAt: row.editedAt?.toISOString() ?? null,
    erased,
    createdAt: row.createdAt.toISOString(),
  };
}

const messageColumns = { message: messages, senderName: users.name };

/** Messages by id with their senders' names, as views. */
export async function messageViewsById(db: DbOrTx, ids: string[]): Promise<MessageView[]> {
  if (!ids.length) return [];
  const rows = await db
    .select(messageColumns)
    .from(messages)
    .leftJoin(users, eq(users.id, messages.senderId))
    .where(inArray(messages.id, ids))
    .orderBy(asc(messages.seq));
  return rows.map((r) => toMessageView(r.message, r.senderName));
}

/**
 * A page of a conversation's messages, oldest first, without those the viewer deleted for themselves:
 * - `after`: everything after that `seq` (catch-up after a reconnect), up to `limit`;
 * - `before`: the `limit` messages before that `seq` (scrolling back);
 * - neither: the newest `limit`.
 * @returns `{ messages, hasMore }` — `hasMore` says there is more in the direction asked.
 */
export async function messagesOf(db: DbOrTx, participant: Participant, input: ListMessagesInput) {
  const conversationId = participant.conversation.id;
  const visible = sql`not (${participant.user.id}::uuid = any(${messages.deletedFor}))`;
  const forward = input.after !== undefined;
  const rows = await db
    .select(messageColumns)
    .from(messages)
    .leftJoin(users, eq(users.id, messages.senderId))
    .where(
      and(
        eq(messages.conversationId, conversationId),
        visible,
        forward ? gt(messages.seq, input.after!) : undefined,
        input.before !== undefined ? lt(messages.seq, input.before) : undefined,
      ),
    )
    .orderBy(forward ? asc(messages.seq) : desc(messages.seq))
    .limit(input.limit + 1);
  const hasMore = rows.length > input.limit;
  const page = rows.slice(0, input.limit);
  if (!forward) page.reverse();
  const now = new Date();
  return { messages: page.map((r) => toMessageView(r.message, r.senderName, now)), hasMore };
}

/** Both sides' markers of a conversation. */
export function receiptsOf(c: ConversationRow): Receipts {
  return {
    customer: { deliveredSeq: c.customerDeliveredSeq, readSeq: c.customerReadSeq, readAt: c.customerReadAt?.toISOString() ?? null },
    workshop: { deliveredSeq: c.workshopDeliveredSeq, readSeq: c.workshopReadSeq, readAt: c.workshopReadAt?.toISOString() ?? null },
  };
}

/**
 * Whether a side is online: the customer while their own channel is occupied; the workshop while
 * any of its staff is. `lastSeenAt` is the latest moment one of them was seen (UTC ISO), if ever.
 */
export async function presenceOfSide(db: DbOrTx, c: Pick<ConversationRow, "customerId" | "workshopId">, side: Side): Promise<PresenceView> {
  const rows =
    side === "customer"
      ? await db
          .select({ online: userPresence.online, lastSeenAt: userPresence.lastSeenAt })
          .from(userPresence)
          .where(eq(userPresence.userId, c.customerId))
      : await db
          .select({ online: userPresence.online, lastSeenAt: userPresence.lastSeenAt })
          .from(userPresence)
          .innerJoin(workshopMembers, eq(workshopMembers.userId, userPresence.userId))
          .where(eq(workshopMembers.workshopId, c.workshopId));
  const online = rows.some((r) => r.online);
  const last = rows.reduce<Date | null>((max, r) => (!max || r.lastSeenAt > max ? r.lastSeenAt : max), null);
  return { online, lastSeenAt: last?.toISOString() ?? null };
}

/**
 * One conversation as a participant sees it: the other party, what it is about (service, attached
 * diagnosis), status, assignee, both sides' receipts, the other side's presence, my unread count.
 */
export async function conversationView(db: DbOrTx, participant: Participant) {
  const c = participant.conversation;
  const assignee = alias(users, "assignee");
  const [[head], presence, diagnosis] = await Promise.all([
    db
      .select({
        workshop: { id: workshops.id, name: workshops.name, slug: workshops.slug, phone: workshops.phone, timeZone: workshops.timeZone },
        customer: { id: users.id, name: users.name },
        service: { id: workshopServices.id, name: workshopServices.name, category: workshopServices.category },
        assignee: { id: assignee.id, name: assignee.name },
        unread: unreadFor(participant.side),
      })
      .from(conversations)
      .innerJoin(workshops, eq(workshops.id, conversations.workshopId))
      .innerJoin(users, eq(users.id, conversations.customerId))
      .leftJoin(workshopServices, eq(workshopServices.id, conversations.serviceId))
      .leftJoin(assignee, eq(assignee.id, conversations.assigneeId))
      .where(eq(conversations.id, c.id)),
    presenceOfSide(db, c, otherSide(participant.side)),
    c.diagnosisSessionId ? latestDiagnosisOf(db, c.diagnosisSessionId, c.customerId) : Promise.resolve(null),
  ]);
  return {
    id: c.id,
    side: participant.side,
    staffRole: participant.staffRole,
    workshop: head!.workshop,
    customer: { id: head!.customer.id, name: head!.customer.name ?? "" },
    service: head!.service?.id ? head!.service : null,
    subject: c.subject,
    status: c.status,
    priority: c.priority,
    assignee: head!.assignee?.id ? head!.assignee : null,
    archived: participant.side === "customer" ? c.customerArchived : c.workshopArchived,
    lastSeq: c.lastSeq,
    receipts: receiptsOf(c),
    presence,
    unread: head!.unread,
    diagnosis: diagnosis
      ? {
          sessionId: diagnosis.sessionId,
          summary: diagnosis.summary,
          severity: diagnosis.severity,
          costMinGrosze: diagnosis.costMinGrosze,
          costMaxGrosze: diagnosis.costMaxGrosze,
          urgentVisit: diagnosis.urgentVisit,
          topCauses: diagnosis.causes.slice(0, 3).map((cause) => cause.cause),
          vehicle: diagnosis.vehicle,
        }
      : null,
    createdAt: c.createdAt.toISOString(),
  };
}
export type ConversationView = Awaited<ReturnType<typeof conversationView>>;

/** Keyset cursor over (last message time, id), newest first. */
function encodeCursor(at: Date, id: string) {
  return Buffer.from(`${at.toISOString()}|${id}`).toString("base64url");
}
function cursorCondition(cursor: string | undefined): SQL | undefined {
  if (!cursor) return undefined;
  const [iso, id] = Buffer.from(cursor, "base64url").toString().split("|");
  const at = new Date(iso ?? "");
  if (Number.isNaN(at.getTime()) || !id || !/^[0-9a-f-]{36}$/.test(id)) return undefined;
  return sql`(${conversations.lastMessageAt}, ${conversations.id}) < (${at.toISOString()}::timestamptz, ${id}::uuid)`;
}

const unreadFor = (side: Side) =>
  side === "customer"
    ? sql<number>`(select count(*)::int from ${messages} m where m.conversation_id = ${conversations.id} and m.sender_side = 'workshop' and m.seq > ${conversations.customerReadSeq})`
    : sql<number>`(select count(*)::int from ${messages} m where m.conversation_id = ${conversations.id} and m.sender_side = 'customer' and m.seq > ${conversations.workshopReadSeq})`;

const listColumns = (side: Side) => ({
  id: conversations.id,
  workshopId: conversations.workshopId,
  subject: conversations.subject,
  status: conversations.status,
  priority: conversations.priority,
  assigneeId: conversations.assigneeId,
  lastSeq: conversations.lastSeq,
  lastMessageAt: conversations.lastMessageAt,
  lastMessagePreview: conversations.lastMessagePreview,
  lastMessageSide: conversations.lastMessageSide,
  lastMessageType: conversations.lastMessageType,
  serviceName: workshopServices.name,
  unread: unreadFor(side),
  /** The other side's receipts for my own last message. */
  otherReadSeq: side === "customer" ? conversations.workshopReadSeq : conversations.customerReadSeq,
  otherDeliveredSeq: side === "customer" ? conversations.workshopDeliveredSeq : conversations.customerDeliveredSeq,
});

/**
 * A customer's conversations, newest activity first (20 per page), with unread counts.
 * @returns `{ items, nextCursor }`.
 */
export async function customerConversations(db: DbOrTx, customerId: string, opts: { archived: boolean; cursor?: string; limit: number }) {
  const rows = await db
    .select({ ...listColumns("customer"), workshopName: workshops.name, workshopSlug: workshops.slug })
    .from(conversations)
    .innerJoin(workshops, eq(workshops.id, conversations.workshopId))
    .leftJoin(workshopServices, eq(workshopServices.id, conversations.serviceId))
    .where(and(eq(conversations.customerId, customerId), eq(conversations.customerArchived, opts.archived), cursorCondition(opts.cursor)))
    .orderBy(desc(conversations.lastMessageAt), desc(conversations.id))
    .limit(opts.limit + 1);
  const page = rows.slice(0, opts.limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => ({ ...r, lastMessageAt: r.lastMessageAt.toISOString() })),
    nextCursor: rows.length > opts.limit && last ? encodeCursor(last.lastMessageAt, last.id) : null,
  };
}

/**
 * A workshop's inbox (the caller's membership is already checked): filter by status or unread, by
 * assignee ("me" = the caller), search the customer's name or e-mail, the subject and the messages'
 * text; archived or not; newest activity first, 20 per page.
 * @returns `{ items, nextCursor }`.
 */
export async function inboxOf(db: DbOrTx, workshopId: string, viewerId: string, input: InboxInput) {
  const q = input.q?.replace(/[\\%_]/g, (ch) => `\\${ch}`);
  const filter: SQL | undefined =
    input.filter === "all"
      ? undefined
      : input.filter === "unread"
        ? sql`${conversations.customerMessageSeq} > ${conversations.workshopReadSeq}`
        : eq(conversations.status, input.filter);
  const assignee =
    input.assignee === "me"
      ? eq(conversations.assigneeId, viewerId)
      : input.assignee === "unassigned"
        ? sql`${conversations.assigneeId} is null`
        : undefined;
  const search = q
    ? or(
        ilike(users.name, `%${q}%`),
        ilike(users.email, `%${q}%`),
        ilike(conversations.subject, `%${q}%`),
        sql`exists (select 1 from ${messages} m where m.conversation_id = ${conversations.id} and m.erased_at is null and m.body ilike ${`%${q}%`})`,
      )
    : undefined;
  const rows = await db
    .select({
      ...listColumns("workshop"),
      customerId: users.id,
      customerName: users.name,
      assigneeName: sql<string | null>`(select name from ${users} a where a.id = ${conversations.assigneeId})`,
    })
    .from(conversations)
    .innerJoin(users, eq(users.id, conversations.customerId))
    .leftJoin(workshopServices, eq(workshopServices.id, conversations.serviceId))
    .where(
      and(
        eq(conversations.workshopId, workshopId),
        eq(conversations.workshopArchived, input.archived),
        filter,
        assignee,
        search,
        cursorCondition(input.cursor),
      ),
    )
    .orderBy(desc(conversations.lastMessageAt), desc(conversations.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => ({ ...r, customerName: r.customerName ?? "", lastMessageAt: r.lastMessageAt.toISOString() })),
    nextCursor: rows.length > input.limit && last ? encodeCursor(last.lastMessageAt, last.id) : null,
  };
}

/**
 * Unread messages for the navigation badge: a customer's across their conversations; a staff
 * member's per workshop they work at (the team's unread: nobody at the workshop has read them).
 * @returns `{ total, conversations, byWorkshop }` — counts of messages and of conversations with any.
 */
export async function unreadCounts(db: DbOrTx, user: { id: string; role: string }) {
  if (user.role === "customer") {
    const [row] = await db
      .select({
        total: sql<number>`coalesce(sum(${unreadFor("customer")}), 0)::int`,
        conversations: sql<number>`count(*)::int`,
      })
      .from(conversations)
      .where(and(eq(conversations.customerId, user.id), sql`${conversations.workshopMessageSeq} > ${conversations.customerReadSeq}`));
    return { total: row?.total ?? 0, conversations: row?.conversations ?? 0, byWorkshop: {} as Record<string, number> };
  }
  if (user.role !== "provider") return { total: 0, conversations: 0, byWorkshop: {} as Record<string, number> };
  const rows = await db
    .select({
      workshopId: conversations.workshopId,
      total: sql<number>`coalesce(sum(${unreadFor("workshop")}), 0)::int`,
      conversations: sql<number>`count(*)::int`,
    })
    .from(conversations)
    .innerJoin(workshopMembers, and(eq(workshopMembers.workshopId, conversations.workshopId), eq(workshopMembers.userId, user.id)))
    .where(sql`${conversations.customerMessageSeq} > ${conversations.workshopReadSeq}`)
    .groupBy(conversations.workshopId);
  return {
    total: rows.reduce((s, r) => s + r.total, 0),
    conversations: rows.reduce((s, r) => s + r.conversations, 0),
    byWorkshop: Object.fromEntries(rows.map((r) => [r.workshopId, r.total])),
  };
}

/** A workshop's staff (for assigning conversations), with whether each is online now. */
export async function colleaguesOf(db: DbOrTx, workshopId: string) {
  const rows = await db
    .select({ id: users.id, name: users.name, email: users.email, role: workshopMembers.role, online: userPresence.online })
    .from(workshopMembers)
    .innerJoin(users, eq(users.id, workshopMembers.userId))
    .leftJoin(userPresence, eq(userPresence.userId, users.id))
    .where(eq(workshopMembers.workshopId, workshopId))
    .orderBy(asc(users.name));
  return rows.map((r) => ({ ...r, name: r.name ?? r.email, online: r.online ?? false }));
}

/** The names of a conversation's sides, for e-mails and system texts. */
export async function namesOf(db: DbOrTx, c: Pick<ConversationRow, "customerId" | "workshopId">) {
  const [row] = await db
    .select({ customer: users.name, workshop: workshops.name })
    .from(users)
    .innerJoin(workshops, eq(workshops.id, c.workshopId))
    .where(eq(users.id, c.customerId));
  return { customer: row?.customer ?? "", workshop: row?.workshop ?? "" };
}
