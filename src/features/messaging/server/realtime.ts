import "server-only";
import { conversationChannel, REALTIME_EVENTS, userChannel, workshopPresenceChannel } from "@/lib/realtime/channels";
import { publish } from "@/server/realtime";
import { sendEvent } from "@/server/jobs";
import type { ConversationEvent, MessageEvent, MessageView, PresenceEvent, ReceiptEvent, SenderSide } from "../types";
import type { ConversationRow } from "./access";
import { receiptsOf } from "./queries";

/**
 * What the messaging domain publishes, always AFTER the data is committed (persist, then publish):
 * a lost publish (realtime server down) loses nothing, because every client catches up from the
 * database on (re)connect. `publish` never throws.
 */

/** Pusher refuses events over 10 KB; a message that would not fit is announced by id, and clients fetch it. */
const PAYLOAD_LIMIT_BYTES = 9_500;

function messagePayload(message: MessageView): MessageEvent | { conversationId: string; seq: number; id: string; truncated: true } {
  const payload = { message };
  if (Buffer.byteLength(JSON.stringify(payload)) <= PAYLOAD_LIMIT_BYTES) return payload;
  return { conversationId: message.conversationId, seq: message.seq, id: message.id, truncated: true };
}

/** Tells both sides' badges and lists that a conversation changed (new message, markers, status). */
export async function publishConversation(c: ConversationRow, senderSide: SenderSide | null): Promise<void> {
  const event: ConversationEvent = {
    conversationId: c.id,
    workshopId: c.workshopId,
    lastSeq: c.lastSeq,
    senderSide,
    status: c.status,
    priority: c.priority,
    assigneeId: c.assigneeId,
  };
  await publish([userChannel(c.customerId), workshopPresenceChannel(c.workshopId)], REALTIME_EVENTS.conversationUpdated, event);
}

/** Both sides' markers, so the sender's ✓ becomes ✓✓ (delivered) and "read" live. */
export async function publishReceipts(c: ConversationRow): Promise<void> {
  const event: ReceiptEvent = { conversationId: c.id, receipts: receiptsOf(c) };
  await publish(conversationChannel(c.id), REALTIME_EVENTS.receipt, event);
}

/** An edited, answered (quote) or erased message. */
export async function publishMessageUpdated(message: MessageView): Promise<void> {
  await publish(conversationChannel(message.conversationId), REALTIME_EVENTS.messageUpdated, messagePayload(message));
}

/** A side went online or offline: every conversation it takes part in hears it (the newest 100). */
export async function publishPresence(conversationIds: string[], event: PresenceEvent): Promise<void> {
  if (!conversationIds.length) return;
  await publish(conversationIds.map(conversationChannel), REALTIME_EVENTS.presence, event);
}

/**
 * After new messages were committed: publish them in order to the conversation's channel, tell both
 * sides' badges, and schedule the unread-messages e-mail (and the AI moderation check) for the last
 * message a person wrote.
 */
export async function afterMessage(c: ConversationRow, views: MessageView[], opts: { notifyByEmail?: boolean } = {}): Promise<void> {
  for (const view of views) await publish(conversationChannel(c.id), REALTIME_EVENTS.message, messagePayload(view));
  const lastByPerson = views.filter((v) => v.senderSide !== "system").at(-1);
  await publishConversation(c, lastByPerson?.senderSide ?? "system");
  if (lastByPerson && opts.notifyByEmail !== false) {
    await sendEvent(
      "messaging/message.sent",
      { conversationId: c.id, seq: lastByPerson.seq, senderSide: lastByPerson.senderSide as "customer" | "workshop" },
      { id: `message-${lastByPerson.id}` },
    );
  }
}
