import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { env } from "@/env";
import { providerKind } from "@/server/ai";
import type { DbOrTx } from "@/server/db";
import { isUniqueViolation } from "@/server/db/errors";
import { conversations, messages, workshopMembers } from "@/server/db/schema";
import { sendEvent } from "@/server/jobs";
import { PREVIEW_CHARS } from "../constants";
import type { MessageView } from "../types";
import { notFound, type ConversationRow } from "./access";
import { moderateText } from "./moderation";
import { messageViewsById } from "./queries";
import { publishNewMessages, type ConversationHead } from "./realtime";

/**
 * How a message gets into a conversation and out to its participants: one statement stores it
 * (numbered in commit order), then it is published, then the jobs that follow a message are
 * scheduled. Every way of sending (texts, files, quotes, system messages) goes through here.
 */

export type MessageRow = typeof messages.$inferSelect;
/** A message to store; who sends it (and so its side) is `append`'s `sender`. */
export type Draft = Omit<typeof messages.$inferInsert, "conversationId" | "seq" | "id" | "createdAt" | "senderSide">;

/** The list preview of a message: its text, shortened (lists label photos, files and quotes themselves). */
export function previewOf(m: Pick<Draft, "type" | "body" | "attachment" | "location">): string {
  const text = (m.body ?? "").replace(/\s+/g, " ").trim();
  const fallback =
    m.type === "image" || m.type === "file" ? (m.attachment?.name ?? "") : m.type === "location" ? (m.location?.label ?? "") : "";
  const preview = text || fallback;
  return preview.length > PREVIEW_CHARS ? `${preview.slice(0, PREVIEW_CHARS - 1)}…` : preview;
}

type AppendedRow = {
  id: string;
  conversation_id: string;
  seq: number;
  sender_id: string | null;
  sender_side: MessageRow["senderSide"];
  type: MessageRow["type"];
  body: string;
  attachment: MessageRow["attachment"];
  location: MessageRow["location"];
  quote: MessageRow["quote"];
  quote_status: MessageRow["quoteStatus"];
  proposal: MessageRow["proposal"];
  proposal_status: MessageRow["proposalStatus"];
  system: MessageRow["system"];
  client_id: string | null;
  flagged: boolean;
  flag_reason: string | null;
  flagged_at: Date | null;
  created_at: Date;
  c_workshop_id: string;
  c_customer_id: string;
  c_status: ConversationRow["status"];
  c_priority: ConversationRow["priority"];
  c_assignee_id: string | null;
};

const json = (value: unknown) => (value == null ? null : JSON.stringify(value));

/** Who sends: a known side (system messages, and senders already checked), or "whoever this user is in it". */
type Sender = { side: "customer" | "workshop" | "system" } | { participant: string };

/**
 * Appends a message in ONE statement (a single round trip, atomic on its own or inside the caller's
 * transaction): the conversation row is updated to take the next `seq` — its row lock, held until
 * commit, orders concurrent senders, so messages of a conversation are numbered in commit order —
 * and the message is inserted with that number. The sender's side has by definition received and
 * read everything up to its own message; a person's message makes it the other side's turn and
 * brings the conversation back from resolved or archived.
 *
 * With `{ participant: userId }` the same statement also checks that the user takes part (its
 * customer or a member of its workshop), that the conversation is not closed and that this sender
 * has not stored `m.clientId` yet, and derives the side; when any of that fails nothing is written
 * and it returns null (the caller finds out why).
 * @throws the unique violation `messages_client_id_key` when a concurrent resend stored the client id first.
 */
export async function append(
  tx: DbOrTx,
  conversationId: string,
  m: Draft,
  sender: Sender,
): Promise<{ row: MessageRow; conversation: ConversationHead } | null> {
  // is_customer: true for the customer, false for the workshop, null for Pitstop (system messages).
  const who =
    "participant" in sender
      ? sql`
        select c.id, (c.customer_id = ${sender.participant}::uuid) as is_customer
        from ${conversations} c
        where c.id = ${conversationId} and c.status <> 'closed'
          and (c.customer_id = ${sender.participant}::uuid
            or exists (select 1 from ${workshopMembers} wm where wm.workshop_id = c.workshop_id and wm.user_id = ${sender.participant}::uuid))
          and not exists (select 1 from ${messages} x where x.conversation_id = c.id and x.sender_id = ${sender.participant}::uuid and x.client_id = ${m.clientId ?? null})`
      : sql`select ${conversationId}::uuid as id, ${sender.side === "system" ? null : sender.side === "customer"}::boolean as is_customer`;
  const mine = (side: "customer" | "workshop", column: string, value = "last_seq + 1") =>
    sql.raw(
      `${side}_${column} = case when p.is_customer is ${side === "customer" ? "true" : "false"} then ${value} else ${side}_${column} end`,
    );
  const [r] = await tx.execute<AppendedRow>(sql`
    with p as (${who}), c as (
      update ${conversations} set
        last_seq = last_seq + 1, last_message_at = now(), updated_at = now(),
        last_message_preview = ${previewOf(m)}, last_message_type = ${m.type}::message_type,
        last_message_side = case when p.is_customer is null then 'system' when p.is_customer then 'customer' else 'workshop' end::sender_side,
        ${mine("customer", "message_seq")}, ${mine("customer", "delivered_seq")}, ${mine("customer", "read_seq")}, ${mine("customer", "read_at", "now()")},
        ${mine("workshop", "message_seq")}, ${mine("workshop", "delivered_seq")}, ${mine("workshop", "read_seq")}, ${mine("workshop", "read_at", "now()")},
        status = case when p.is_customer is null or status = 'closed' then status
          when p.is_customer then 'waiting_workshop'::conversation_status else 'waiting_customer'::conversation_status end,
        resolved_at = case when p.is_customer is null then resolved_at end,
        customer_archived = customer_archived and p.is_customer is null,
        workshop_archived = workshop_archived and p.is_customer is null
      from p where ${conversations.id} = p.id
      returning ${conversations.id}, workshop_id, customer_id, last_seq, status, priority, assignee_id, p.is_customer
    ), m as (
      insert into ${messages} (conversation_id, seq, sender_id, sender_side, type, body, attachment, location, quote, quote_status, proposal, proposal_status, system, client_id, flagged, flag_reason, flagged_at)
      select c.id, c.last_seq, ${m.senderId ?? null}::uuid,
        case when c.is_customer is null then 'system' when c.is_customer then 'customer' else 'workshop' end::sender_side,
        ${m.type}::message_type, ${m.body ?? ""},
        ${json(m.attachment)}::jsonb, ${json(m.location)}::jsonb, ${json(m.quote)}::jsonb, ${m.quoteStatus ?? null}::quote_status,
        ${json(m.proposal)}::jsonb, ${m.proposalStatus ?? null}::quote_status,
        ${json(m.system)}::jsonb, ${m.clientId ?? null}, ${m.flagged ?? false}, ${m.flagReason ?? null},
        ${m.flaggedAt instanceof Date ? m.flaggedAt.toISOString() : null}::timestamptz
      from c
      returning *
    )
    select m.id, m.conversation_id, m.seq, m.sender_id, m.sender_side, m.type, m.body, m.attachment, m.location, m.quote, m.quote_status, m.proposal, m.proposal_status,
      m.system, m.client_id, m.flagged, m.flag_reason, m.flagged_at, m.created_at,
      c.workshop_id as c_workshop_id, c.customer_id as c_customer_id, c.status as c_status, c.priority as c_priority, c.assignee_id as c_assignee_id
    from m, c`);
  if (!r) return null;
  const row: MessageRow = {
    id: r.id,
    conversationId: r.conversation_id,
    seq: r.seq,
    senderId: r.sender_id,
    senderSide: r.sender_side,
    type: r.type,
    body: r.body,
    attachment: r.attachment,
    location: r.location,
    quote: r.quote,
    quoteStatus: r.quote_status,
    quoteRespondedAt: null,
    proposal: r.proposal,
    proposalStatus: r.proposal_status,
    system: r.system,
    clientId: r.client_id,
    editedAt: null,
    deletedFor: [],
    erasedAt: null,
    erasedBy: null,
    flagged: r.flagged,
    flagReason: r.flag_reason,
    flaggedAt: r.flagged_at ? new Date(r.flagged_at) : null,
    reviewedAt: null,
    reviewedBy: null,
    createdAt: new Date(r.created_at),
  };
  const conversation: ConversationHead = {
    id: r.conversation_id,
    workshopId: r.c_workshop_id,
    customerId: r.c_customer_id,
    lastSeq: r.seq,
    status: r.c_status,
    priority: r.c_priority,
    assigneeId: r.c_assignee_id,
  };
  return { row, conversation };
}

/** `append` for a sender whose side is known (checked already, or Pitstop itself). @throws NOT_FOUND when the conversation is gone. */
export async function appendKnown(tx: DbOrTx, conversationId: string, m: Draft, side: "customer" | "workshop" | "system") {
  const written = await append(tx, conversationId, m, { side });
  if (!written) throw notFound();
  return written;
}

/** The stored message this sender already sent with this client id, as a resend's answer. */
export async function storedDuplicate(db: DbOrTx, messageId: string) {
  const [message] = await messageViewsById(db, [messageId]);
  return { message: message!, duplicate: true as const };
}

/** Runs `write`; when the client id's unique index refuses it (a concurrent resend), returns the stored message. */
export async function idempotent(
  db: DbOrTx,
  key: { conversationId: string; senderId: string; clientId: string },
  write: () => Promise<{ row: MessageRow; conversation: ConversationHead }>,
): Promise<{ row: MessageRow; conversation: ConversationHead } | MessageView> {
  try {
    return await write();
  } catch (error) {
    if (!isUniqueViolation(error, "messages_client_id_key")) throw error;
    const [row] = await db
      .select({ id: messages.id })
      .from(messages)
      .where(and(eq(messages.conversationId, key.conversationId), eq(messages.senderId, key.senderId), eq(messages.clientId, key.clientId)))
      .limit(1);
    if (!row) throw error;
    return (await storedDuplicate(db, row.id)).message;
  }
}

/** What the word lists say of a text, as the columns that store it. */
export function flagsFor(text: string, now = new Date()) {
  const verdict = text ? moderateText(text) : { flagged: false, reason: null };
  return { flagged: verdict.flagged, flagReason: verdict.reason, flaggedAt: verdict.flagged ? now : null };
}

/**
 * After new messages were committed: publish them (and both sides' badges), then schedule the
 * unread-messages e-mail for the last one a person wrote, and — only where an AI model is configured
 * (the word lists ran already) — the AI moderation check of each.
 */
export async function afterMessage(c: ConversationHead, views: MessageView[], opts: { notifyByEmail?: boolean } = {}): Promise<void> {
  const lastByPerson = views.filter((v) => v.senderSide !== "system").at(-1);
  await publishNewMessages(c, views, lastByPerson?.senderSide ?? "system");
  if (lastByPerson && opts.notifyByEmail !== false) {
    await sendEvent(
      "messaging/message.sent",
      { conversationId: c.id, seq: lastByPerson.seq, senderSide: lastByPerson.senderSide as "customer" | "workshop" },
      { id: `message-${lastByPerson.id}` },
    );
  }
  if (providerKind(env) === "offline") return;
  for (const view of views.filter((v) => v.senderSide !== "system" && v.body)) {
    await sendEvent("messaging/message.check", { conversationId: c.id, seq: view.seq }, { id: `check-${view.id}` });
  }
}
