// What other features and pages may import from the messaging domain (client-safe).
export { ContactButton, QuickContactDialog } from "./components/contact-button";
export { CustomerMessages } from "./components/customer-messages";
export { WorkshopInbox } from "./components/workshop-inbox";
export { MessagingLive, UnreadBadge } from "./components/messaging-live";
export { ModerationQueue } from "./components/admin/moderation-queue";
export { MESSAGE_MAX_CHARS, QUICK_MESSAGE_MAX_CHARS, MESSAGES_PER_MINUTE } from "./constants";
export type { MessageView, ConversationEvent, Receipts } from "./types";
