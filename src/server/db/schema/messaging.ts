import { sql } from "drizzle-orm";
import { bigint, boolean, check, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import {
  CONVERSATION_PRIORITIES,
  CONVERSATION_STATUSES,
  MESSAGE_TYPES,
  QUOTE_STATUSES,
  SENDER_SIDES,
  type SYSTEM_EVENTS,
} from "@/features/messaging/constants";
import { users } from "./accounts";
import { bookings } from "./bookings";
import { diagnosisSessions } from "./diagnosis";
import { workshopServices, workshops } from "./workshops";

export const conversationStatus = pgEnum("conversation_status", CONVERSATION_STATUSES);
export const conversationPriority = pgEnum("conversation_priority", CONVERSATION_PRIORITIES);
export const messageType = pgEnum("message_type", MESSAGE_TYPES);
export const senderSide = pgEnum("sender_side", SENDER_SIDES);
export const quoteStatus = pgEnum("quote_status", QUOTE_STATUSES);

/**
 * A conversation between one customer and one workshop (the tenant), optionally about a service,
 * a booking or a diagnosis (seed 004 `Conversation`, seed 001 `ChatRoom`).
 *
 * Messages are numbered per conversation (`seq` 1, 2, 3…): the next number is taken by updating
 * `last_seq` inside the sending transaction, so the row lock orders inserts and a number is never
 * seen before a smaller one — "give me what comes after N" can never skip a message.
 *
 * Receipts and unread counts are derived from per-participant markers (the last `seq` each side has
 * received and read), never stored per message: the customer's side, and the workshop's side as a
 * team (any of its staff reading it reads it for the workshop).
 */
export const conversations = pgTable(
  "conversations",
  {
    id: uuid().primaryKey().defaultRandom(),
    workshopId: uuid()
      .notNull()
      .references(() => workshops.id, { onDelete: "cascade" }),
    customerId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    serviceId: uuid().references(() => workshopServices.id, { onDelete: "set null" }),
    /** The booking this conversation is about. */
    bookingId: uuid().references(() => bookings.id, { onDelete: "set null" }),
    diagnosisSessionId: uuid().references(() => diagnosisSessions.id, { onDelete: "set null" }),
    subject: text().notNull().default(""),
    status: conversationStatus().notNull().default("open"),
    priority: conversationPriority().notNull().default("normal"),
    /** The workshop's staff member who answers it; null = the whole team. */
    assigneeId: uuid().references(() => users.id, { onDelete: "set null" }),
    /** `seq` of the newest message (0 = none yet). */
    lastSeq: integer().notNull().default(0),
    lastMessageAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastMessagePreview: text().notNull().default(""),
    lastMessageSide: senderSide(),
    /** The newest message's type (lists label photos, files, quotes in the reader's language). */
    lastMessageType: messageType(),
    /** `seq` of the newest message each side wrote (unread = the other side's messages past my read marker). */
    customerMessageSeq: integer().notNull().default(0),
    workshopMessageSeq: integer().notNull().default(0),
    /** Markers: the newest `seq` each side's device received, and read. */
    customerDeliveredSeq: integer().notNull().default(0),
    customerReadSeq: integer().notNull().default(0),
    customerReadAt: timestamp({ withTimezone: true }),
    workshopDeliveredSeq: integer().notNull().default(0),
    workshopReadSeq: integer().notNull().default(0),
    workshopReadAt: timestamp({ withTimezone: true }),
    /** The newest `seq` already sent to each side by e-mail (the unread-messages e-mail goes out once). */
    customerEmailedSeq: integer().notNull().default(0),
    workshopEmailedSeq: integer().notNull().default(0),
    customerArchived: boolean().notNull().default(false),
    workshopArchived: boolean().notNull().default(false),
    resolvedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    index("conversations_workshop_idx").on(t.workshopId, t.lastMessageAt.desc()),
    index("conversations_customer_idx").on(t.customerId, t.lastMessageAt.desc()),
    // One live thread per customer, workshop and service (or none); booking threads are their own.
    uniqueIndex("conversations_thread_key")
      .on(t.customerId, t.workshopId, sql`coalesce(${t.serviceId}, '00000000-0000-0000-0000-000000000000'::uuid)`)
      .where(sql`${t.status} <> 'closed' and ${t.bookingId} is null`),
    check(
      "conversations_markers",
      sql`${t.customerReadSeq} <= ${t.customerDeliveredSeq} and ${t.workshopReadSeq} <= ${t.workshopDeliveredSeq}`,
    ),
  ],
);

/** A file a participant uploaded into a conversation; a message points at it once sent. */
export type AttachmentMeta = {
  id: string;
  name: string;
  mime: string;
  /** Bytes of the stored (downscaled) file. */
  size: number;
  /** Pixels (images only). */
  width?: number;
  height?: number;
};
/** WGS84 degrees; `label` is what the sender called the place. */
export type SharedLocation = { lat: number; lng: number; label?: string };
/** One line of a quote: prices in grosze. */
export type QuoteItem = { description: string; quantity: number; unitPriceGrosze: number };
export type Quote = {
  items: QuoteItem[];
  /** Grosze; the sum of quantity × unit price, computed by the server. */
  totalGrosze: number;
  currency: string;
  /** UTC instant until which the quote may be accepted. */
  validUntil: string;
  note?: string;
};
/** A visit staff propose in the chat: a service at a start time (UTC), held for nobody until accepted. */
export type BookingProposal = {
  serviceId: string;
  serviceName: string;
  startsAt: string;
  endsAt: string;
  /** Set when the customer accepts: the booking it became. */
  bookingId?: string;
  note?: string;
};
export type SystemEvent = { kind: (typeof SYSTEM_EVENTS)[number]; params?: Record<string, string | number> };

/**
 * One message (seed 004 `Message`): text, image, file, location, quote or system. `clientId` is the
 * sender's own id for it: sending again with the same one returns the stored message (idempotent).
 */
export const messages = pgTable(
  "messages",
  {
    id: uuid().primaryKey().defaultRandom(),
    conversationId: uuid()
      .notNull()
      .references(() => conversations.id, { onDelete: "cascade" }),
    seq: integer().notNull(),
    senderId: uuid().references(() => users.id, { onDelete: "set null" }),
    senderSide: senderSide().notNull(),
    type: messageType().notNull(),
    body: text().notNull().default(""),
    attachment: jsonb().$type<AttachmentMeta>(),
    location: jsonb().$type<SharedLocation>(),
    quote: jsonb().$type<Quote>(),
    quoteStatus: quoteStatus(),
    quoteRespondedAt: timestamp({ withTimezone: true }),
    /** A visit staff propose (type "booking"); the customer accepts it in one tap. */
    proposal: jsonb().$type<BookingProposal>(),
    proposalStatus: quoteStatus(),
    system: jsonb().$type<SystemEvent>(),
    clientId: text(),
    editedAt: timestamp({ withTimezone: true }),
    /** People who deleted it for themselves (soft delete per user). */
    deletedFor: uuid()
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    /** Erased: by its author (GDPR) or by a moderator; the content is gone, the place in the thread stays. */
    erasedAt: timestamp({ withTimezone: true }),
    erasedBy: text(),
    flagged: boolean().notNull().default(false),
    flagReason: text(),
    flaggedAt: timestamp({ withTimezone: true }),
    reviewedAt: timestamp({ withTimezone: true }),
    reviewedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("messages_seq_key").on(t.conversationId, t.seq),
    uniqueIndex("messages_client_id_key").on(t.conversationId, t.senderId, t.clientId),
    index("messages_review_idx")
      .on(t.flaggedAt)
      .where(sql`${t.flagged} and ${t.reviewedAt} is null`),
    index("messages_sender_idx").on(t.senderId),
    index("messages_body_trgm_idx").using("gin", sql`${t.body} gin_trgm_ops`),
    check("messages_seq_positive", sql`${t.seq} > 0`),
    check("messages_erased_by", sql`${t.erasedBy} is null or ${t.erasedBy} in ('author', 'moderator')`),
  ],
);

/** Uploaded chat files (seed 004: images and PDF, 5 MB). Stored behind `src/server/storage`. */
export const messageAttachments = pgTable(
  "message_attachments",
  {
    id: uuid().primaryKey().defaultRandom(),
    conversationId: uuid()
      .notNull()
      .references(() => conversations.id, { onDelete: "cascade" }),
    uploaderId: uuid().references(() => users.id, { onDelete: "set null" }),
    /** The message that carries it; null until sent. */
    messageId: uuid().references(() => messages.id, { onDelete: "set null" }),
    storageKey: text().notNull(),
    thumbKey: text(),
    name: text().notNull(),
    mime: text().notNull(),
    /** Bytes. */
    size: integer().notNull(),
    width: integer(),
    height: integer(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("message_attachments_conversation_idx").on(t.conversationId), check("message_attachments_size", sql`${t.size} > 0`)],
);

/** A workshop's quick replies (seed 004 "message templates"). */
export const replyTemplates = pgTable(
  "reply_templates",
  {
    id: uuid().primaryKey().defaultRandom(),
    workshopId: uuid()
      .notNull()
      .references(() => workshops.id, { onDelete: "cascade" }),
    title: text().notNull(),
    body: text().notNull(),
    createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [index("reply_templates_workshop_idx").on(t.workshopId, t.title)],
);

/**
 * Who is online, from the realtime server's webhooks: a person is online while their
 * `private-user-{id}` channel is occupied (every signed-in page subscribes to it). `changedAtMs`
 * is the webhook's own clock, so a late, older webhook cannot undo a newer one.
 */
export const userPresence = pgTable("user_presence", {
  userId: uuid()
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  online: boolean().notNull(),
  lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  changedAtMs: bigint({ mode: "number" }).notNull(),
});
