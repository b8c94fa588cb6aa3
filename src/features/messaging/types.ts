import type { CONVERSATION_PRIORITIES, CONVERSATION_STATUSES, MESSAGE_TYPES, SENDER_SIDES, SYSTEM_EVENTS } from "./constants";

/**
 * What the chat UI and the realtime events carry. JSON-safe on purpose (times are ISO strings in UTC):
 * the same object goes through tRPC and through Pusher, which only speaks JSON.
 */
export type Side = "customer" | "workshop";
export type SenderSide = (typeof SENDER_SIDES)[number];
export type MessageType = (typeof MESSAGE_TYPES)[number];
export type ConversationStatus = (typeof CONVERSATION_STATUSES)[number];
export type ConversationPriority = (typeof CONVERSATION_PRIORITIES)[number];
/** A quote's status as people see it: "expired" when still pending past its valid-until time. */
export type QuoteView = {
  items: { description: string; quantity: number; unitPriceGrosze: number }[];
  totalGrosze: number;
  currency: string;
  validUntil: string;
  note?: string;
  status: "pending" | "accepted" | "declined" | "withdrawn" | "expired";
  respondedAt: string | null;
};

export type AttachmentView = {
  id: string;
  name: string;
  mime: string;
  /** Bytes. */
  size: number;
  width?: number;
  height?: number;
  /** Served only to the conversation's participants. */
  url: string;
  /** A small preview (images only). */
  thumbUrl: string | null;
};

export type MessageView = {
  id: string;
  conversationId: string;
  /** Position in the conversation: 1, 2, 3… (receipts and catch-up compare these). */
  seq: number;
  type: MessageType;
  senderSide: SenderSide;
  senderId: string | null;
  senderName: string | null;
  /** Plain text (never HTML); empty when erased. */
  body: string;
  attachment: AttachmentView | null;
  location: { lat: number; lng: number; label?: string } | null;
  quote: QuoteView | null;
  /** A visit staff proposed (type "booking"): service and UTC times, and the customer's answer. */
  proposal: ProposalView | null;
  system: { kind: (typeof SYSTEM_EVENTS)[number]; params?: Record<string, string | number> } | null;
  /** The sender's own id for it (lets the sender's screen swap its pending copy for this one). */
  clientId: string | null;
  editedAt: string | null;
  /** Who erased it: its author (GDPR erasure) or a moderator; null when it stands. */
  erased: "author" | "moderator" | null;
  createdAt: string;
};

export type ProposalView = {
  serviceId: string;
  serviceName: string;
  startsAt: string;
  endsAt: string;
  note?: string;
  /** "pending" until the customer answers; "accepted" carries the booking it became. */
  status: "pending" | "accepted" | "declined" | "withdrawn";
  bookingId: string | null;
};

/** The two sides' markers: the newest `seq` each has received and read. */
export type Receipts = {
  customer: { deliveredSeq: number; readSeq: number; readAt: string | null };
  workshop: { deliveredSeq: number; readSeq: number; readAt: string | null };
};

export type PresenceView = { online: boolean; lastSeenAt: string | null };

/** Realtime event payloads (channel names and event names: `src/lib/realtime/channels.ts`). */
export type MessageEvent = { message: MessageView };
export type ReceiptEvent = { conversationId: string; receipts: Receipts };
export type ConversationEvent = {
  conversationId: string;
  workshopId: string;
  lastSeq: number;
  /** Who wrote the newest message (null when only markers or status changed). */
  senderSide: SenderSide | null;
  status: ConversationStatus;
  priority: ConversationPriority;
  assigneeId: string | null;
};
export type PresenceEvent = { side: Side; presence: PresenceView };
export type TypingEvent = { side: Side; name: string | null; typing: boolean };
