import "server-only";
import { conversationChannel, REALTIME_EVENTS, userChannel, workshopPresenceChannel } from "@/lib/realtime/channels";
import { publish, publishBatch } from "@/server/realtime";
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

/** What the badges need to hear about a conversation. */
export type ConversationHead = Pick<ConversationRow, "id" | "workshopId" | "customerId" | "lastSeq" | "status" | "priority" | "assigneeId">;

const badgeChannels = (c: ConversationHead) => [userChannel(c.customerId), workshopPresenceChannel(c.workshopId)];

function conversationEvent(c: ConversationHead, senderSide: SenderSide | null): ConversationEvent {
  return {
    conversationId: c.id,
    workshopId: c.workshopId,
    lastSeq: c.lastSeq,
    senderSide,
    status: c.status,
    priority: c.priority,
    assigneeId: c.assigneeId,
  };
}

/** Tells both sides' badges and lists that a conversation changed (new message, markers, status). */
export async function publishConversation(c: ConversationHead, senderSide: SenderSide | null): Promise<void> {
  await publish(badgeChannels(c), REALTIME_EVENTS.conversationUpdated, conversationEvent(c, senderSide));
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
 * New messages, committed: each to the conversation's channel in order, then both sides' badges —
 * one request. `senderSide` is who wrote the newest of them (for the badges).
 */
export async function publishNewMessages(c: ConversationHead, views: MessageView[], senderSide: SenderSide): Promise<void> {
  await publishBatch([
    ...views.map((view) => ({ channel: conversationChannel(c.id), event: REALTIME_EVENTS.message, data: messagePayload(view) })),
    ...badgeChannels(c).map((channel) => ({ channel, event: REALTIME_EVENTS.conversationUpdated, data: conversationEvent(c, senderSide) })),
  ]);
}
