import { z } from "zod";
import {
  CONVERSATION_PRIORITIES,
  CONVERSATION_STATUSES,
  MESSAGE_MAX_CHARS,
  MESSAGE_PAGE_SIZE,
  QUICK_MESSAGE_MAX_CHARS,
  QUOTE_MAX_ITEMS,
  QUOTE_MAX_TOTAL_GROSZE,
} from "./constants";

/** Messages are i18n keys (src/i18n/messages/<locale>/validation.json). */

export const conversationStatusSchema = z.enum(CONVERSATION_STATUSES);
export type ConversationStatus = z.infer<typeof conversationStatusSchema>;
export const conversationPrioritySchema = z.enum(CONVERSATION_PRIORITIES);
export type ConversationPriority = z.infer<typeof conversationPrioritySchema>;

const id = (error = "validation.invalid") => z.uuid({ error });

// Control characters other than tab and newline never belong in a chat message (they also bloat the
// realtime payload when escaped); line breaks are normalised.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b\u2028\u2029]/g;
const cleanText = (s: string) => s.replace(/\r\n?/g, "\n").replace(CONTROL, "").trim();

/** Message text: cleaned, 1–2,000 characters. */
export const messageBodySchema = z
  .string()
  .transform(cleanText)
  .pipe(z.string().min(1, { error: "validation.messaging.empty" }).max(MESSAGE_MAX_CHARS, { error: "validation.messaging.tooLong" }));
/** The quick-contact dialog's first message: 1–500 characters (seed 004). */
export const quickMessageBodySchema = z
  .string()
  .transform(cleanText)
  .pipe(
    z.string().min(1, { error: "validation.messaging.empty" }).max(QUICK_MESSAGE_MAX_CHARS, { error: "validation.messaging.quickTooLong" }),
  );
/** The sender's own id for a message (a UUID the client makes): resending with it is a no-op. */
export const clientIdSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, { error: "validation.invalid" });

export const conversationIdInput = z.object({ conversationId: id() });
export const messageIdInput = z.object({ messageId: id() });

/** `messaging.start`: a customer's first message to a workshop, optionally about a service or a diagnosis. */
export const startConversationInput = z.object({
  workshopId: id(),
  serviceId: id().optional(),
  diagnosisSessionId: id().optional(),
  body: quickMessageBodySchema,
  clientId: clientIdSchema,
  /** For the workshop's analytics (seed 003 `device`). */
  device: z.enum(["mobile", "desktop"]).default("desktop"),
});
export type StartConversationInput = z.infer<typeof startConversationInput>;

export const locationSchema = z.object({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
  label: z.string().transform(cleanText).pipe(z.string().max(120)).optional(),
});

/** `messaging.send`: text, an uploaded attachment (image/file), or a location. */
export const sendMessageInput = z.discriminatedUnion("type", [
  z.object({ type: z.literal("text"), conversationId: id(), clientId: clientIdSchema, body: messageBodySchema }),
  z.object({
    type: z.literal("attachment"),
    conversationId: id(),
    clientId: clientIdSchema,
    attachmentId: id(),
    /** Optional caption. */
    body: z
      .string()
      .transform(cleanText)
      .pipe(z.string().max(MESSAGE_MAX_CHARS, { error: "validation.messaging.tooLong" }))
      .optional(),
  }),
  z.object({ type: z.literal("location"), conversationId: id(), clientId: clientIdSchema, location: locationSchema }),
]);
export type SendMessageInput = z.infer<typeof sendMessageInput>;

export const quoteItemSchema = z.object({
  description: z
    .string()
    .transform(cleanText)
    .pipe(z.string().min(1, { error: "validation.messaging.quoteItem" }).max(200)),
  quantity: z.number().int({ error: "validation.messaging.quantity" }).min(1, { error: "validation.messaging.quantity" }).max(1000),
  /** Grosze. */
  unitPriceGrosze: z.number().int().min(0).max(QUOTE_MAX_TOTAL_GROSZE),
});

/** `messaging.sendQuote`: staff offer a priced list of work, valid until a moment (UTC). */
export const sendQuoteInput = z.object({
  conversationId: id(),
  clientId: clientIdSchema,
  items: z.array(quoteItemSchema).min(1, { error: "validation.messaging.quoteEmpty" }).max(QUOTE_MAX_ITEMS),
  validUntil: z.coerce.date({ error: "validation.invalid" }),
  note: z.string().transform(cleanText).pipe(z.string().max(500)).optional(),
});
export type SendQuoteInput = z.infer<typeof sendQuoteInput>;

export const respondToQuoteInput = z.object({ messageId: id(), accept: z.boolean() });

/** `messaging.messages`: the newest page, a page before `before`, or everything after `after` (catch-up). */
export const listMessagesInput = z.object({
  conversationId: id(),
  after: z.number().int().min(0).optional(),
  before: z.number().int().min(1).optional(),
  limit: z.number().int().min(1).max(100).default(MESSAGE_PAGE_SIZE),
});
export type ListMessagesInput = z.infer<typeof listMessagesInput>;

/** Markers: "I have received / read everything up to `seq`". */
export const markInput = z.object({ conversationId: id(), seq: z.number().int().min(0) });

export const editMessageInput = z.object({ messageId: id(), body: messageBodySchema });

/** The customer's conversations. */
export const myConversationsInput = z.object({
  archived: z.boolean().default(false),
  cursor: z.string().optional(),
  limit: z.number().int().min(1).max(50).default(20),
});

export const INBOX_FILTERS = ["all", "unread", "waiting_workshop", "waiting_customer", "open", "resolved", "closed"] as const;
export const inboxFilterSchema = z.enum(INBOX_FILTERS);
export type InboxFilter = z.infer<typeof inboxFilterSchema>;

/** A workshop's inbox: filter by status, by assignee, search text, archived, cursor paging. */
export const inboxInput = z.object({
  workshopId: id(),
  filter: inboxFilterSchema.default("all"),
  assignee: z.enum(["anyone", "me", "unassigned"]).default("anyone"),
  q: z.string().trim().max(100).optional(),
  archived: z.boolean().default(false),
  cursor: z.string().optional(),
  limit: z.number().int().min(1).max(50).default(20),
});
export type InboxInput = z.infer<typeof inboxInput>;

/** Staff change a conversation: status, priority, assignee (null = the team), archived. */
export const updateConversationInput = z.object({
  conversationId: id(),
  status: conversationStatusSchema.optional(),
  priority: conversationPrioritySchema.optional(),
  assigneeId: id().nullable().optional(),
});

export const archiveInput = z.object({ conversationId: id(), archived: z.boolean() });

export const templateBodySchema = z.object({
  title: z
    .string()
    .transform(cleanText)
    .pipe(z.string().min(1, { error: "validation.required" }).max(60, { error: "validation.messaging.titleTooLong" })),
  body: messageBodySchema,
});
export const createTemplateInput = z.object({ workshopId: id(), template: templateBodySchema });
export const updateTemplateInput = z.object({ workshopId: id(), templateId: id(), template: templateBodySchema });
export const removeTemplateInput = z.object({ workshopId: id(), templateId: id() });

export const reviewInput = z.object({ messageId: id(), action: z.enum(["clear", "remove"]) });
export const flaggedInput = z.object({ cursor: z.string().optional(), limit: z.number().int().min(1).max(50).default(20) });

export const unreadInput = z.object({}).optional();
