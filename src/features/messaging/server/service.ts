import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { latestDiagnosisOf } from "@/features/diagnosis/server";
import { trackEvent } from "@/features/analytics/server";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/server/api/trpc";
import type { DbOrTx } from "@/server/db";
import { isUniqueViolation } from "@/server/db/errors";
import {
  conversations,
  messageAttachments,
  messages,
  users,
  workshopMembers,
  workshopServices,
  workshops,
  type AttachmentMeta,
  type Quote,
} from "@/server/db/schema";
import { consume, refund, type LimiterSpec } from "@/server/rate-limit";
import { EDIT_WINDOW_MINUTES, MESSAGES_PER_MINUTE, PREVIEW_CHARS } from "../constants";
import type { SendMessageInput, SendQuoteInput, StartConversationInput } from "../schemas";
import type { ConversationStatus, MessageView, Side } from "../types";
import {
  markerColumns,
  notFound,
  otherSide,
  participantForSend,
  participantOf,
  requireCustomer,
  requireStaff,
  type ConversationRow,
  type Participant,
} from "./access";
import { moderateText } from "./moderation";
import { messageViewsById, toMessageView } from "./queries";
import { afterMessage, publishConversation, publishMessageUpdated, publishReceipts, type ConversationHead } from "./realtime";

type MessageRow = typeof messages.$inferSelect;
type NewMessage = Omit<typeof messages.$inferInsert, "conversationId" | "seq" | "id" | "createdAt">;

/** Seed 004: at most 10 messages a minute per person (Redis with REDIS_URL, else memory). */
export const SEND_LIMIT: LimiterSpec = { name: "messaging-send", points: MESSAGES_PER_MINUTE, durationSeconds: 60 };

async function checkRate(userId: string): Promise<void> {
  const wait = await consume(SEND_LIMIT, userId);
  if (wait > 0) throw new AppError("TOO_MANY_REQUESTS", "errors.messaging.rateLimited", { seconds: wait });
}

/** The list preview of a message: its text, shortened (lists label photos, files and quotes themselves). */
function previewOf(m: Pick<NewMessage, "type" | "body" | "attachment" | "location">): string {
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
async function append(
  tx: DbOrTx,
  conversationId: string,
  m: NewMessage,
  sender: Sender = { side: m.senderSide },
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
      insert into ${messages} (conversation_id, seq, sender_id, sender_side, type, body, attachment, location, quote, quote_status, system, client_id, flagged, flag_reason, flagged_at)
      select c.id, c.last_seq, ${m.senderId ?? null}::uuid,
        case when c.is_customer is null then 'system' when c.is_customer then 'customer' else 'workshop' end::sender_side,
        ${m.type}::message_type, ${m.body ?? ""},
        ${json(m.attachment)}::jsonb, ${json(m.location)}::jsonb, ${json(m.quote)}::jsonb, ${m.quoteStatus ?? null}::quote_status,
        ${json(m.system)}::jsonb, ${m.clientId ?? null}, ${m.flagged ?? false}, ${m.flagReason ?? null},
        ${m.flaggedAt instanceof Date ? m.flaggedAt.toISOString() : null}::timestamptz
      from c
      returning *
    )
    select m.id, m.conversation_id, m.seq, m.sender_id, m.sender_side, m.type, m.body, m.attachment, m.location, m.quote, m.quote_status,
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
async function appendKnown(tx: DbOrTx, conversationId: string, m: NewMessage) {
  const written = await append(tx, conversationId, m);
  if (!written) throw notFound();
  return written;
}

/** The stored message this sender already sent with this client id, if any (a resend). */
async function existingByClientId(db: DbOrTx, conversationId: string, senderId: string, clientId: string): Promise<MessageView | null> {
  const [row] = await db
    .select({ id: messages.id })
    .from(messages)
    .where(and(eq(messages.conversationId, conversationId), eq(messages.senderId, senderId), eq(messages.clientId, clientId)))
    .limit(1);
  return row ? ((await messageViewsById(db, [row.id]))[0] ?? null) : null;
}

/** Runs `write`; when the client id's unique index refuses it (a concurrent resend), returns the stored message. */
async function idempotent(
  db: DbOrTx,
  key: { conversationId: string; senderId: string; clientId: string },
  write: () => Promise<{ row: MessageRow; conversation: ConversationHead }>,
): Promise<{ row: MessageRow; conversation: ConversationHead } | MessageView> {
  try {
    return await write();
  } catch (error) {
    if (!isUniqueViolation(error, "messages_client_id_key")) throw error;
    const existing = await existingByClientId(db, key.conversationId, key.senderId, key.clientId);
    if (!existing) throw error;
    return existing;
  }
}

const senderNameOf = (user: Pick<SessionUser, "name">) => user.name ?? null;

export type SendResult = { message: MessageView; duplicate: boolean };

/**
 * A customer's first message to a workshop (the quick-contact dialog): reuses their live thread with
 * that workshop about the same service (or about nothing in particular), else starts one. With a
 * diagnosis, attaches it (a system message with its summary goes first). Idempotent on `clientId`.
 * Writes `conversation_start` (source "contact") for the workshop's analytics when a thread starts.
 * @returns `{ conversationId, message, duplicate, created }`.
 * @throws AppError FORBIDDEN `errors.messaging.customersOnly` (staff, admins); NOT_FOUND
 *   `errors.messaging.workshopUnavailable`, `errors.messaging.serviceNotFound`,
 *   `errors.messaging.diagnosisNotFound`; TOO_MANY_REQUESTS `errors.messaging.rateLimited` ({seconds}).
 */
export async function startConversation(db: DbOrTx, customer: SessionUser, input: StartConversationInput) {
  if (customer.role !== "customer") throw new AppError("FORBIDDEN", "errors.messaging.customersOnly");
  const [workshop] = await db
    .select({ id: workshops.id, name: workshops.name })
    .from(workshops)
    .where(and(eq(workshops.id, input.workshopId), eq(workshops.status, "active")))
    .limit(1);
  if (!workshop) throw new AppError("NOT_FOUND", "errors.messaging.workshopUnavailable");
  let serviceName: string | null = null;
  if (input.serviceId) {
    const [service] = await db
      .select({ name: workshopServices.name })
      .from(workshopServices)
      .where(and(eq(workshopServices.id, input.serviceId), eq(workshopServices.workshopId, workshop.id), eq(workshopServices.active, true)))
      .limit(1);
    if (!service) throw new AppError("NOT_FOUND", "errors.messaging.serviceNotFound");
    serviceName = service.name;
  }
  const diagnosis = input.diagnosisSessionId ? await latestDiagnosisOf(db, input.diagnosisSessionId, customer.id) : null;
  if (input.diagnosisSessionId && !diagnosis) throw new AppError("NOT_FOUND", "errors.messaging.diagnosisNotFound");

  // A resend of the same first message (double tap, retry after a timeout) returns what is stored.
  const [previous] = await db
    .select({ id: messages.id, conversationId: messages.conversationId })
    .from(messages)
    .innerJoin(conversations, eq(conversations.id, messages.conversationId))
    .where(
      and(
        eq(conversations.customerId, customer.id),
        eq(conversations.workshopId, workshop.id),
        eq(messages.senderId, customer.id),
        eq(messages.clientId, input.clientId),
      ),
    )
    .limit(1);
  if (previous) {
    const [message] = await messageViewsById(db, [previous.id]);
    return { conversationId: previous.conversationId, message: message!, duplicate: true, created: false };
  }
  await checkRate(customer.id);
  const moderation = moderateText(input.body);

  const threadOf = (tx: DbOrTx) =>
    tx
      .select()
      .from(conversations)
      .where(
        and(
          eq(conversations.customerId, customer.id),
          eq(conversations.workshopId, workshop.id),
          input.serviceId ? eq(conversations.serviceId, input.serviceId) : sql`${conversations.serviceId} is null`,
          sql`${conversations.bookingId} is null`,
          sql`${conversations.status} <> 'closed'`,
        ),
      )
      .limit(1);

  const written = await db.transaction(async (tx) => {
    // Concurrent first messages meet at the thread's partial unique index: one insert wins, both use it.
    const inserted = await tx
      .insert(conversations)
      .values({
        workshopId: workshop.id,
        customerId: customer.id,
        serviceId: input.serviceId ?? null,
        subject: (serviceName ?? input.body.replace(/\s+/g, " ")).slice(0, 80),
        status: "open",
      })
      .onConflictDoNothing()
      .returning({ id: conversations.id });
    const [thread] = await threadOf(tx);
    if (!thread) throw notFound();
    const created = inserted.length > 0;
    const systemIds: string[] = [];
    if (diagnosis && thread.diagnosisSessionId !== diagnosis.sessionId) {
      await tx.update(conversations).set({ diagnosisSessionId: diagnosis.sessionId }).where(eq(conversations.id, thread.id));
      const { row } = await appendKnown(tx, thread.id, {
        senderSide: "system",
        type: "system",
        body: diagnosis.summary,
        system: { kind: "diagnosis_attached", params: { severity: diagnosis.severity } },
      });
      systemIds.push(row.id);
    }
    const { row, conversation } = await appendKnown(tx, thread.id, {
      senderId: customer.id,
      senderSide: "customer",
      type: "text",
      body: input.body,
      clientId: input.clientId,
      flagged: moderation.flagged,
      flagReason: moderation.reason,
      flaggedAt: moderation.flagged ? new Date() : null,
    });
    if (created) {
      await trackEvent(tx, {
        type: "conversation_start",
        workshopId: workshop.id,
        sessionId: thread.id,
        userId: customer.id,
        metadata: { source: "contact", locale: customer.locale, device: input.device, service: serviceName ?? undefined },
      });
    }
    return { row, conversation, created, systemIds };
  });

  const systemViews = await messageViewsById(db, written.systemIds);
  const message = toMessageView(written.row, senderNameOf(customer));
  await afterMessage(written.conversation, [...systemViews, message]);
  return { conversationId: written.conversation.id, message, duplicate: false, created: written.created };
}

/** The attachment a participant uploaded into this conversation and has not sent yet. */
async function unsentAttachment(db: DbOrTx, participant: Participant, attachmentId: string): Promise<AttachmentMeta> {
  const [row] = await db
    .select()
    .from(messageAttachments)
    .where(
      and(
        eq(messageAttachments.id, attachmentId),
        eq(messageAttachments.conversationId, participant.conversation.id),
        eq(messageAttachments.uploaderId, participant.user.id),
        sql`${messageAttachments.messageId} is null`,
      ),
    )
    .limit(1);
  if (!row) throw new AppError("NOT_FOUND", "errors.messaging.attachmentNotFound");
  return {
    id: row.id,
    name: row.name,
    mime: row.mime,
    size: row.size,
    ...(row.width ? { width: row.width } : {}),
    ...(row.height ? { height: row.height } : {}),
  };
}

function assertOpen(c: ConversationRow): void {
  if (c.status === "closed") throw new AppError("CONFLICT", "errors.messaging.closed");
}

/**
 * Sends a text, an uploaded attachment (image or PDF, with an optional caption) or a location into a
 * conversation the caller takes part in: persisted first (numbered in commit order), then published
 * to the conversation's channel and both sides' badges in one request, then the unread-messages
 * e-mail job is scheduled. Two database round trips for a text. Idempotent on `clientId`: a resend
 * returns the stored message with `duplicate: true` and is not counted against the rate limit.
 * @throws AppError NOT_FOUND `errors.messaging.notFound` / `errors.messaging.attachmentNotFound`;
 *   CONFLICT `errors.messaging.closed`; TOO_MANY_REQUESTS `errors.messaging.rateLimited` ({seconds}).
 */
export async function sendMessage(db: DbOrTx, user: SessionUser, input: SendMessageInput): Promise<SendResult> {
  if (input.type === "attachment") return sendAttachment(db, user, input);
  // Nothing is read first: one statement checks the caller takes part, the conversation is open and
  // the client id is new, and writes the message. Only when it writes nothing do we look at why.
  const why = async (): Promise<SendResult> => {
    await refund(SEND_LIMIT, user.id);
    const { participant, existingId } = await participantForSend(db, user, input.conversationId, input.clientId);
    if (existingId) return { message: (await messageViewsById(db, [existingId]))[0]!, duplicate: true };
    assertOpen(participant.conversation);
    throw notFound();
  };
  const wait = await consume(SEND_LIMIT, user.id);
  if (wait > 0) {
    // A resend of something already stored is answered even past the limit.
    const { existingId } = await participantForSend(db, user, input.conversationId, input.clientId);
    if (existingId) return { message: (await messageViewsById(db, [existingId]))[0]!, duplicate: true };
    throw new AppError("TOO_MANY_REQUESTS", "errors.messaging.rateLimited", { seconds: wait });
  }
  const base = { senderId: user.id, senderSide: "customer" as const, clientId: input.clientId };
  const draft: NewMessage =
    input.type === "text"
      ? { ...base, type: "text", body: input.body, ...flagsFor(input.body) }
      : { ...base, type: "location", body: "", location: input.location };
  let written: Awaited<ReturnType<typeof append>>;
  try {
    written = await append(db, input.conversationId, draft, { participant: user.id });
  } catch (error) {
    if (isUniqueViolation(error, "messages_client_id_key")) return why();
    throw error;
  }
  if (!written) return why();
  const message = toMessageView(written.row, senderNameOf(user));
  await afterMessage(written.conversation, [message]);
  return { message, duplicate: false };
}

/** What the word lists say of a text, as the columns that store it. */
function flagsFor(text: string) {
  const verdict = text ? moderateText(text) : { flagged: false, reason: null };
  return { flagged: verdict.flagged, flagReason: verdict.reason, flaggedAt: verdict.flagged ? new Date() : null };
}

/** An uploaded photo or PDF (with an optional caption), as `sendMessage` describes. */
async function sendAttachment(
  db: DbOrTx,
  user: SessionUser,
  input: Extract<SendMessageInput, { type: "attachment" }>,
): Promise<SendResult> {
  const { participant, existingId } = await participantForSend(db, user, input.conversationId, input.clientId);
  if (existingId) return { message: (await messageViewsById(db, [existingId]))[0]!, duplicate: true };
  const c = participant.conversation;
  assertOpen(c);
  await checkRate(user.id);
  const attachment = await unsentAttachment(db, participant, input.attachmentId);
  const caption = input.body ?? "";
  const draft: NewMessage = {
    senderId: user.id,
    senderSide: participant.side,
    clientId: input.clientId,
    type: attachment.mime.startsWith("image/") ? "image" : "file",
    body: caption,
    attachment,
    ...flagsFor(caption),
  };
  const written = await idempotent(db, { conversationId: c.id, senderId: user.id, clientId: input.clientId }, () =>
    db.transaction(async (tx) => {
      const result = await appendKnown(tx, c.id, draft);
      // The attachment is taken by exactly one message: a second send of it rolls back.
      const taken = await tx
        .update(messageAttachments)
        .set({ messageId: result.row.id })
        .where(and(eq(messageAttachments.id, attachment.id), sql`${messageAttachments.messageId} is null`))
        .returning({ id: messageAttachments.id });
      if (!taken.length) throw new AppError("NOT_FOUND", "errors.messaging.attachmentNotFound");
      return result;
    }),
  );
  if (!("row" in written)) return { message: written, duplicate: true };
  const message = toMessageView(written.row, senderNameOf(user));
  await afterMessage(written.conversation, [message]);
  return { message, duplicate: false };
}

/**
 * Staff send a quote: lines (description, quantity, unit price in grosze), the total computed here,
 * valid until a moment in the future (UTC). The customer accepts or declines it in the chat.
 * @throws AppError FORBIDDEN `errors.messaging.staffOnly`; BAD_REQUEST `errors.messaging.quotePast`
 *   (valid-until not in the future) or `errors.messaging.quoteTooLarge`; plus `sendMessage`'s errors.
 */
export async function sendQuote(db: DbOrTx, participant: Participant, input: SendQuoteInput, now = new Date()): Promise<SendResult> {
  requireStaff(participant);
  const c = participant.conversation;
  const existing = await existingByClientId(db, c.id, participant.user.id, input.clientId);
  if (existing) return { message: existing, duplicate: true };
  assertOpen(c);
  if (input.validUntil.getTime() <= now.getTime()) throw new AppError("BAD_REQUEST", "errors.messaging.quotePast");
  const totalGrosze = input.items.reduce((sum, item) => sum + item.quantity * item.unitPriceGrosze, 0);
  if (!Number.isSafeInteger(totalGrosze) || totalGrosze > 100_000_000) throw new AppError("BAD_REQUEST", "errors.messaging.quoteTooLarge");
  await checkRate(participant.user.id);
  const quote: Quote = {
    items: input.items,
    totalGrosze,
    currency: "PLN",
    validUntil: input.validUntil.toISOString(),
    ...(input.note ? { note: input.note } : {}),
  };
  const written = await idempotent(db, { conversationId: c.id, senderId: participant.user.id, clientId: input.clientId }, () =>
    db.transaction((tx) =>
      appendKnown(tx, c.id, {
        senderId: participant.user.id,
        senderSide: "workshop",
        clientId: input.clientId,
        type: "quote",
        body: input.note ?? "",
        quote,
        quoteStatus: "pending",
      }),
    ),
  );
  if (!("row" in written)) return { message: written, duplicate: true };
  const message = toMessageView(written.row, senderNameOf(participant.user), now);
  await afterMessage(written.conversation, [message]);
  return { message, duplicate: false };
}

/**
 * The customer accepts or declines a pending, unexpired quote; a system message records the answer.
 * @returns the updated quote message and the system message.
 * @throws AppError NOT_FOUND `errors.messaging.quoteNotFound`; FORBIDDEN `errors.messaging.customerOnly`;
 *   CONFLICT `errors.messaging.quoteAnswered` / `errors.messaging.quoteExpired`.
 */
export async function respondToQuote(db: DbOrTx, user: SessionUser, messageId: string, accept: boolean, now = new Date()) {
  const [target] = await db
    .select({ conversationId: messages.conversationId })
    .from(messages)
    .where(and(eq(messages.id, messageId), eq(messages.type, "quote")))
    .limit(1);
  if (!target) throw new AppError("NOT_FOUND", "errors.messaging.quoteNotFound");
  const participant = await participantOf(db, user, target.conversationId);
  requireCustomer(participant);
  const result = await db.transaction(async (tx) => {
    const [quote] = await tx.select().from(messages).where(eq(messages.id, messageId)).for("update");
    if (!quote?.quote || quote.erasedAt) throw new AppError("NOT_FOUND", "errors.messaging.quoteNotFound");
    if (quote.quoteStatus !== "pending") throw new AppError("CONFLICT", "errors.messaging.quoteAnswered");
    if (new Date(quote.quote.validUntil).getTime() <= now.getTime()) throw new AppError("CONFLICT", "errors.messaging.quoteExpired");
    const [updated] = await tx
      .update(messages)
      .set({ quoteStatus: accept ? "accepted" : "declined", quoteRespondedAt: now })
      .where(eq(messages.id, messageId))
      .returning();
    const system = await appendKnown(tx, target.conversationId, {
      senderSide: "system",
      type: "system",
      body: "",
      system: { kind: accept ? "quote_accepted" : "quote_declined", params: { totalGrosze: quote.quote.totalGrosze, quoteSeq: quote.seq } },
    });
    return { updated: updated!, system };
  });
  const [quoteView] = await messageViewsById(db, [result.updated.id]);
  const systemView = toMessageView(result.system.row, null, now);
  await publishMessageUpdated(quoteView!);
  await afterMessage(result.system.conversation, [systemView]);
  return { quote: quoteView!, system: systemView };
}

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
    await tx
      .update(conversations)
      .set({
        ...(change.status ? { status: change.status, resolvedAt: change.status === "resolved" ? new Date() : null } : {}),
        ...(change.priority ? { priority: change.priority } : {}),
        ...(change.assigneeId !== undefined ? { assigneeId: change.assigneeId } : {}),
      })
      .where(eq(conversations.id, c.id));
    if (resolving || reopening) {
      return appendKnown(tx, c.id, {
        senderSide: "system",
        type: "system",
        body: "",
        system: { kind: resolving ? "resolved" : "reopened", params: { by: participant.user.name ?? "" } },
      });
    }
    const [row] = await tx.select().from(conversations).where(eq(conversations.id, c.id));
    return { row: null, conversation: row! };
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
  const verdict = moderateText(body);
  await db.transaction(async (tx) => {
    await tx
      .update(messages)
      .set({
        body,
        editedAt: now,
        ...(verdict.flagged ? { flagged: true, flagReason: verdict.reason, flaggedAt: now, reviewedAt: null, reviewedBy: null } : {}),
      })
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

/** The names of a conversation's sides, for e-mails and system texts. */
export async function namesOf(db: DbOrTx, c: Pick<ConversationRow, "customerId" | "workshopId">) {
  const [row] = await db
    .select({ customer: users.name, workshop: workshops.name })
    .from(users)
    .innerJoin(workshops, eq(workshops.id, c.workshopId))
    .where(eq(users.id, c.customerId));
  return { customer: row?.customer ?? "", workshop: row?.workshop ?? "" };
}

export type { Side };
export { otherSide };
