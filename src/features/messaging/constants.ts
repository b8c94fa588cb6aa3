/**
 * Enum values and limits of the messaging domain, shared by the database schema, the server and the
 * UI (dependency-free so the schema can import it). Numbers come from seed 004 ("contact provider"):
 * 500-character quick messages, 10 messages a minute, 5 MB attachments, pages of 30.
 */

/** Where a conversation stands; "waiting_*" says whose turn it is. */
export const CONVERSATION_STATUSES = ["open", "waiting_customer", "waiting_workshop", "resolved", "closed"] as const;
export const CONVERSATION_PRIORITIES = ["low", "normal", "high", "urgent"] as const;
export const MESSAGE_TYPES = ["text", "image", "file", "location", "quote", "system", "booking"] as const;
/** Who wrote a message: the customer, the workshop's staff, or Pitstop itself (system messages). */
export const SENDER_SIDES = ["customer", "workshop", "system"] as const;
/** A quote's answer; "expired" is derived (pending past its valid-until date), never stored. */
export const QUOTE_STATUSES = ["pending", "accepted", "declined", "withdrawn"] as const;
/** What a system message reports. */
export const SYSTEM_EVENTS = [
  "conversation_started",
  "diagnosis_attached",
  "quote_accepted",
  "quote_declined",
  "resolved",
  "reopened",
  "assigned",
  "booking_requested",
  "booking_confirmed",
  "booking_rescheduled",
  "booking_cancelled",
  "booking_completed",
  "booking_no_show",
  "proposal_accepted",
  "proposal_declined",
] as const;

/** Characters in one chat message. */
export const MESSAGE_MAX_CHARS = 2000;
/** Characters in the quick-contact dialog's first message (seed 004). */
export const QUICK_MESSAGE_MAX_CHARS = 500;
/** Messages per minute per person (seed 004). */
export const MESSAGES_PER_MINUTE = 10;
/** Messages per page when scrolling back (seed 004). */
export const MESSAGE_PAGE_SIZE = 30;
/** Attachment size limit in bytes (seed 004: images and PDF up to 5 MB). */
export const ATTACHMENT_MAX_MB = 5;
/** Minutes after sending during which the author may still edit a text message. */
export const EDIT_WINDOW_MINUTES = 15;
/** Lines on a quote and its largest total (grosze). */
export const QUOTE_MAX_ITEMS = 20;
export const QUOTE_MAX_TOTAL_GROSZE = 100_000_000;
/** Characters of the last message kept as the conversation's preview. */
export const PREVIEW_CHARS = 120;
