import "server-only";
import { adminProcedure, createTRPCRouter, customerProcedure, protectedProcedure, workshopProcedure } from "@/server/api/trpc";
import { z } from "zod";
import {
  archiveInput,
  conversationIdInput,
  createTemplateInput,
  editMessageInput,
  flaggedInput,
  inboxInput,
  listMessagesInput,
  markInput,
  messageIdInput,
  myConversationsInput,
  removeTemplateInput,
  respondToQuoteInput,
  reviewInput,
  sendMessageInput,
  sendQuoteInput,
  startConversationInput,
  updateConversationInput,
  updateTemplateInput,
} from "../schemas";
import { participantOf } from "./access";
import { eraseConversations, exportConversations } from "./gdpr";
import { flaggedCount, flaggedMessages, reviewMessage } from "./moderation-review";
import { colleaguesOf, conversationView, customerConversations, inboxOf, messagesOf, unreadCounts } from "./queries";
import { respondToQuote, sendMessage, sendQuote, startConversation } from "./send";
import { advanceMarkers, archiveConversation, deleteForMe, editMessage, markAllDelivered, updateConversation } from "./service";
import { createTemplate, listTemplates, removeTemplate, updateTemplate } from "./templates";

/**
 * Quick replies of a workshop (seed 004 "message templates"): any of its staff may use and edit them.
 * Errors: FORBIDDEN `errors.forbidden` for non-members; NOT_FOUND `errors.messaging.templateNotFound`.
 */
const templatesRouter = createTRPCRouter({
  /** `[{ id, title, body }]`, alphabetically. */
  list: workshopProcedure.query(({ ctx }) => listTemplates(ctx.db, ctx.workshop.id)),
  /** Input `{ workshopId, template: { title ≤ 60, body ≤ 2,000 } }` → `{ id }`; CONFLICT past 50 templates. */
  create: workshopProcedure
    .input(createTemplateInput)
    .mutation(({ ctx, input }) => createTemplate(ctx.db, ctx.workshop.id, ctx.user.id, input.template)),
  update: workshopProcedure
    .input(updateTemplateInput)
    .mutation(({ ctx, input }) => updateTemplate(ctx.db, ctx.workshop.id, input.templateId, input.template)),
  remove: workshopProcedure
    .input(removeTemplateInput)
    .mutation(({ ctx, input }) => removeTemplate(ctx.db, ctx.workshop.id, input.templateId)),
});

/**
 * Live chat between customers and workshops. A conversation is visible only to its customer and the
 * staff of its workshop; to anyone else (admins included) it does not exist (NOT_FOUND
 * `errors.messaging.notFound`). Sends are persisted, then published on `private-conversation-{id}`.
 */
export const messagingRouter = createTRPCRouter({
  /**
   * A customer's first message to a workshop (quick contact): `{ workshopId, serviceId?,
   * diagnosisSessionId?, body ≤ 500, clientId }` → `{ conversationId, message, duplicate, created }`.
   * Errors: see `startConversation` (customers only; 10 messages a minute).
   */
  start: customerProcedure.input(startConversationInput).mutation(({ ctx, input }) => startConversation(ctx.db, ctx.user, input)),

  /** The customer's conversations, newest first, with unread counts: `{ items, nextCursor }`. */
  mine: customerProcedure.input(myConversationsInput).query(({ ctx, input }) => customerConversations(ctx.db, ctx.user.id, input)),

  /** A workshop's inbox: filter, assignee, search, archived, cursor → `{ items, nextCursor }`. Staff of that workshop only. */
  inbox: workshopProcedure.input(inboxInput).query(({ ctx, input }) => inboxOf(ctx.db, ctx.workshop.id, ctx.user.id, input)),

  /** A workshop's staff with whether each is online, for assigning conversations. */
  colleagues: workshopProcedure.query(({ ctx }) => colleaguesOf(ctx.db, ctx.workshop.id)),

  /** One conversation as the caller sees it (`ConversationView`). */
  byId: protectedProcedure.input(conversationIdInput).query(async ({ ctx, input }) => {
    return conversationView(ctx.db, await participantOf(ctx.db, ctx.user, input.conversationId));
  }),

  /**
   * Messages, oldest first: the newest page (30), a page `before` a seq, or everything `after` a seq
   * (catch-up after a reconnect) → `{ messages: MessageView[], hasMore }`.
   */
  messages: protectedProcedure.input(listMessagesInput).query(async ({ ctx, input }) => {
    return messagesOf(ctx.db, await participantOf(ctx.db, ctx.user, input.conversationId), input);
  }),

  /**
   * Sends a text (≤ 2,000 characters), an uploaded attachment or a location → `{ message, duplicate }`.
   * Resending with the same `clientId` returns the stored message. Errors: CONFLICT
   * `errors.messaging.closed`; TOO_MANY_REQUESTS `errors.messaging.rateLimited` ({seconds}) past 10 a minute.
   */
  send: protectedProcedure.input(sendMessageInput).mutation(({ ctx, input }) => sendMessage(ctx.db, ctx.user, input)),

  /** Staff send a quote (lines in grosze, valid until a UTC instant) → `{ message, duplicate }`. */
  sendQuote: protectedProcedure.input(sendQuoteInput).mutation(({ ctx, input }) => sendQuote(ctx.db, ctx.user, input)),

  /** The customer accepts or declines a pending quote → `{ quote, system }` (both MessageViews). */
  respondToQuote: protectedProcedure
    .input(respondToQuoteInput)
    .mutation(({ ctx, input }) => respondToQuote(ctx.db, ctx.user, input.messageId, input.accept)),

  /** "I have read up to `seq`" (also delivered). Publishes receipts. → `{ changed }`. */
  markRead: protectedProcedure.input(markInput).mutation(async ({ ctx, input }) => {
    const participant = await participantOf(ctx.db, ctx.user, input.conversationId);
    return { changed: await advanceMarkers(ctx.db, participant, input.seq, true) };
  }),

  /** "My device has everything up to `seq`". Publishes receipts. → `{ changed }`. */
  markDelivered: protectedProcedure.input(markInput).mutation(async ({ ctx, input }) => {
    const participant = await participantOf(ctx.db, ctx.user, input.conversationId);
    return { changed: await advanceMarkers(ctx.db, participant, input.seq, false) };
  }),

  /** Marks all the caller's conversations delivered (a signed-in page connected) → `{ changed }` (count). */
  markAllDelivered: protectedProcedure.mutation(async ({ ctx }) => ({ changed: await markAllDelivered(ctx.db, ctx.user) })),

  /** Unread messages for the badges: `{ total, conversations, byWorkshop }`. */
  unread: protectedProcedure.query(({ ctx }) => unreadCounts(ctx.db, ctx.user)),

  /** The author edits a text message within 15 minutes → the updated MessageView. */
  edit: protectedProcedure.input(editMessageInput).mutation(({ ctx, input }) => editMessage(ctx.db, ctx.user, input.messageId, input.body)),

  /** Hides a message for the caller only. */
  deleteForMe: protectedProcedure.input(messageIdInput).mutation(({ ctx, input }) => deleteForMe(ctx.db, ctx.user, input.messageId)),

  /** Staff: status (resolve / reopen), priority, assignee (a colleague, or null for the team). */
  update: protectedProcedure.input(updateConversationInput).mutation(async ({ ctx, input }) => {
    const participant = await participantOf(ctx.db, ctx.user, input.conversationId);
    return updateConversation(ctx.db, participant, input);
  }),

  /** Archives or restores a conversation for the caller's side. */
  archive: protectedProcedure.input(archiveInput).mutation(async ({ ctx, input }) => {
    return archiveConversation(ctx.db, await participantOf(ctx.db, ctx.user, input.conversationId), input.archived);
  }),

  templates: templatesRouter,

  /** GDPR: every conversation of the customer as JSON (see `exportConversations`). */
  exportMine: customerProcedure.query(({ ctx }) => exportConversations(ctx.db, ctx.user)),

  /** GDPR: erases every message the customer wrote and closes their conversations → `{ erased }`. */
  eraseMine: customerProcedure
    .input(z.object({ confirm: z.literal(true, { error: "validation.messaging.confirmErase" }) }))
    .mutation(async ({ ctx }) => ({ erased: await eraseConversations(ctx.db, ctx.user.id) })),

  /** Admins: flagged messages waiting for review → `{ items, nextCursor }`. */
  flagged: adminProcedure.input(flaggedInput).query(({ ctx, input }) => flaggedMessages(ctx.db, input)),

  /** Admins: how many flagged messages wait. */
  flaggedCount: adminProcedure.query(async ({ ctx }) => ({ count: await flaggedCount(ctx.db) })),

  /** Admins: clear a flag, or remove the message's content for everyone. */
  review: adminProcedure.input(reviewInput).mutation(({ ctx, input }) => reviewMessage(ctx.db, ctx.user.id, input.messageId, input.action)),
});
