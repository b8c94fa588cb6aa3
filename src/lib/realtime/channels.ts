/**
 * Realtime channel and event names: the one place the server (publish, authorise) and the browser
 * (subscribe, bind) take them from. Client-safe, no imports.
 *
 * Prefixes follow the Pusher protocol: `private-` channels need the server's signature to subscribe
 * (`/api/pusher/auth`), `presence-` channels also carry a member list.
 */

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const CHANNEL = new RegExp(`^(?:private-(conversation|user)|presence-(workshop))-(${UUID})$`);

export type ChannelKind = "conversation" | "user" | "workshop";

/** Messages, receipts and typing of one conversation (`conversationId`: uuid). Its participants only. */
export const conversationChannel = (conversationId: string) => `private-conversation-${conversationId}`;

/** Everything addressed to one person across conversations (`userId`: uuid). That user only. */
export const userChannel = (userId: string) => `private-user-${userId}`;

/** Who of a workshop's staff is online (`workshopId`: uuid). Staff of that workshop only. */
export const workshopPresenceChannel = (workshopId: string) => `presence-workshop-${workshopId}`;

/**
 * Reads a channel name back: `{ kind, id }` for Pitstop's three channel families with a lowercase
 * uuid id, else null (other prefixes, public or encrypted channels, malformed or uppercase ids).
 */
export function parseChannel(name: string): { kind: ChannelKind; id: string } | null {
  const match = CHANNEL.exec(name);
  if (!match) return null;
  const kind = (match[1] ?? match[2]) as ChannelKind;
  return { kind, id: match[3]! };
}

/**
 * Event names. Server events are published by Pitstop after the data is stored; `typing` is a
 * Pusher client event (the `client-` prefix is the protocol's), sent browser to browser and never
 * trusted for anything but the indicator.
 */
export const REALTIME_EVENTS = {
  /** A new message in a conversation. */
  message: "message.created",
  /** A message was edited, redacted or got an attachment processed. */
  messageUpdated: "message.updated",
  /** A participant read a conversation up to a message (read receipt). */
  receipt: "receipt.created",
  /** A conversation's summary changed (last message, unread count, status). */
  conversationUpdated: "conversation.updated",
  /** A participant's presence changed (online, offline, last seen). */
  presence: "presence.changed",
  /** A booking was made or changed (to its customer and its workshop's staff): refetch it. */
  bookingUpdated: "booking.updated",
  /** Someone is typing (client event). */
  typing: "client-typing",
} as const;

export type RealtimeEvent = (typeof REALTIME_EVENTS)[keyof typeof REALTIME_EVENTS];
