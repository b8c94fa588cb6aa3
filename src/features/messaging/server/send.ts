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
  workshopServices,
  workshops,
  type AttachmentMeta,
  type BookingProposal,
  type Quote,
} from "@/server/db/schema";
import { consume, refund, type LimiterSpec } from "@/server/rate-limit";
import { MESSAGES_PER_MINUTE } from "../constants";
import type { SendMessageInput, SendQuoteInput, StartConversationInput } from "../schemas";
import type { MessageView } from "../types";
import {
  notFound,
  participantForSend,
  participantOf,
  requireCustomer,
  requireStaff,
  type ConversationRow,
  type Participant,
} from "./access";
import { afterMessage, append, appendKnown, flagsFor, idempotent, storedDuplicate, type Draft } from "./delivery";
import { messageViewsById, toMessageView } from "./queries";
import { publishMessageUpdated } from "./realtime";

/** Sending: the first message to a workshop, texts, files, locations, quotes and the answers to them. */

/** Seed 004: at most 10 messages a minute per person (Redis with REDIS_URL, else memory). */
export const SEND_LIMIT: LimiterSpec = { name: "messaging-send", points: MESSAGES_PER_MINUTE, durationSeconds: 60 };

async function checkRate(userId: string): Promise<void> {
  const wait = await consume(SEND_LIMIT, userId);
  if (wait > 0) throw new AppError("TOO_MANY_REQUESTS", "errors.messaging.rateLimited", { seconds: wait });
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
      const { row } = await appendKnown(
        tx,
        thread.id,
        { type: "system", body: diagnosis.summary, system: { kind: "diagnosis_attached", params: { severity: diagnosis.severity } } },
        "system",
      );
      systemIds.push(row.id);
    }
    const { row, conversation } = await appendKnown(
      tx,
      thread.id,
      { senderId: customer.id, type: "text", body: input.body, clientId: input.clientId, ...flagsFor(input.body) },
      "customer",
    );
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
 * e-mail job is scheduled. One database round trip for a text or a location. Idempotent on `clientId`: a resend
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
    if (existingId) return storedDuplicate(db, existingId);
    assertOpen(participant.conversation);
    throw notFound();
  };
  const wait = await consume(SEND_LIMIT, user.id);
  if (wait > 0) {
    // A resend of something already stored is answered even past the limit.
    const { existingId } = await participantForSend(db, user, input.conversationId, input.clientId);
    if (existingId) return storedDuplicate(db, existingId);
    throw new AppError("TOO_MANY_REQUESTS", "errors.messaging.rateLimited", { seconds: wait });
  }
  const base = { senderId: user.id, clientId: input.clientId };
  const draft: Draft =
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

/** An uploaded photo or PDF (with an optional caption), as `sendMessage` describes. */
async function sendAttachment(
  db: DbOrTx,
  user: SessionUser,
  input: Extract<SendMessageInput, { type: "attachment" }>,
): Promise<SendResult> {
  const { participant, existingId } = await participantForSend(db, user, input.conversationId, input.clientId);
  if (existingId) return storedDuplicate(db, existingId);
  const c = participant.conversation;
  assertOpen(c);
  await checkRate(user.id);
  const attachment = await unsentAttachment(db, participant, input.attachmentId);
  const caption = input.body ?? "";
  const draft: Draft = {
    senderId: user.id,
    clientId: input.clientId,
    type: attachment.mime.startsWith("image/") ? "image" : "file",
    body: caption,
    attachment,
    ...flagsFor(caption),
  };
  const written = await idempotent(db, { conversationId: c.id, senderId: user.id, clientId: input.clientId }, () =>
    db.transaction(async (tx) => {
      const result = await appendKnown(tx, c.id, draft, participant.side);
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
export async function sendQuote(db: DbOrTx, user: SessionUser, input: SendQuoteInput, now = new Date()): Promise<SendResult> {
  const { participant, existingId } = await participantForSend(db, user, input.conversationId, input.clientId);
  requireStaff(participant);
  const c = participant.conversation;
  if (existingId) return storedDuplicate(db, existingId);
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
      appendKnown(
        tx,
        c.id,
        { senderId: participant.user.id, clientId: input.clientId, type: "quote", body: input.note ?? "", quote, quoteStatus: "pending" },
        "workshop",
      ),
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
    const system = await appendKnown(
      tx,
      target.conversationId,
      {
        type: "system",
        body: "",
        system: {
          kind: accept ? "quote_accepted" : "quote_declined",
          params: { totalGrosze: quote.quote.totalGrosze, quoteSeq: quote.seq },
        },
      },
      "system",
    );
    return { updated: updated!, system };
  });
  const [quoteView] = await messageViewsById(db, [result.updated.id]);
  const systemView = toMessageView(result.system.row, null, now);
  await publishMessageUpdated(quoteView!);
  await afterMessage(result.system.conversation, [systemView]);
  return { quote: quoteView!, system: systemView };
}

/**
 * Staff propose a visit in the chat (a `booking` message): the service and a start time the caller
 * (the bookings feature) has already checked. The customer accepts it in one tap, which books it.
 * @throws AppError FORBIDDEN `errors.messaging.staffOnly`; plus `sendMessage`'s errors.
 */
export async function sendProposal(
  db: DbOrTx,
  user: SessionUser,
  input: { conversationId: string; clientId: string; proposal: BookingProposal },
): Promise<SendResult & { conversation: Pick<ConversationRow, "id" | "workshopId" | "customerId"> }> {
  const { participant, existingId } = await participantForSend(db, user, input.conversationId, input.clientId);
  requireStaff(participant);
  const c = participant.conversation;
  if (existingId) return { ...(await storedDuplicate(db, existingId)), conversation: c };
  assertOpen(c);
  await checkRate(participant.user.id);
  const draft: Draft = {
    senderId: participant.user.id,
    clientId: input.clientId,
    type: "booking",
    body: input.proposal.note ?? "",
    proposal: input.proposal,
    proposalStatus: "pending",
  };
  const written = await idempotent(db, { conversationId: c.id, senderId: participant.user.id, clientId: input.clientId }, () =>
    db.transaction((tx) => appendKnown(tx, c.id, draft, "workshop")),
  );
  if (!("row" in written)) return { message: written, duplicate: true, conversation: c };
  const message = toMessageView(written.row, senderNameOf(participant.user));
  await afterMessage(written.conversation, [message]);
  return { message, duplicate: false, conversation: c };
}
