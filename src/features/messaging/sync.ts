import type { MessageView, PresenceView, Receipts, Side } from "./types";

/**
 * The client half of "no message is ever lost": the chat keeps one list ordered by `seq` and merges
 * into it whatever arrives — realtime events, the catch-up after a reconnect, older pages — so a
 * message that comes twice (event + catch-up) shows once, and a late event can't reorder anything.
 */

/** A message the sender typed that the server has not confirmed yet (shown with a clock). */
export type PendingMessage = {
  clientId: string;
  body: string;
  createdAt: string;
  /** Why sending failed, in the user's language: the bubble offers "retry". */
  failed?: string;
};

/**
 * Merges `incoming` into `current` (both may be unsorted, may overlap): one entry per id, the
 * newer copy (edited, answered, erased) winning, ordered by `seq`. Pure; returns `current` itself
 * when nothing changed, so React can skip a render.
 */
export function mergeMessages(current: MessageView[], incoming: MessageView[]): MessageView[] {
  if (!incoming.length) return current;
  const byId = new Map(current.map((m) => [m.id, m]));
  let changed = false;
  for (const m of incoming) {
    const existing = byId.get(m.id);
    if (existing && !isNewer(m, existing)) continue;
    byId.set(m.id, m);
    changed = true;
  }
  if (!changed) return current;
  return [...byId.values()].sort((a, b) => a.seq - b.seq);
}

/** Whether `a` is a later version of the same message than `b`. */
function isNewer(a: MessageView, b: MessageView): boolean {
  if (a.erased && !b.erased) return true;
  if ((a.editedAt ?? "") > (b.editedAt ?? "")) return true;
  if (a.quote && b.quote && a.quote.status !== b.quote.status) return a.quote.respondedAt !== null || b.quote.status === "pending";
  // A proposal is answered once: an answered copy wins over a pending one, never the other way.
  if (a.proposal && b.proposal && a.proposal.status !== b.proposal.status) return b.proposal.status === "pending";
  return false;
}

/** The newest `seq` the list holds (0 when empty): catch-up asks for everything after it. */
export const lastSeqOf = (messages: MessageView[]) => messages.at(-1)?.seq ?? 0;

/** Pending messages the server has confirmed (same client id) drop out; the rest stay, oldest first. */
export function unconfirmed(pending: PendingMessage[], messages: MessageView[]): PendingMessage[] {
  const confirmed = new Set(messages.map((m) => m.clientId).filter(Boolean));
  const left = pending.filter((p) => !confirmed.has(p.clientId));
  return left.length === pending.length ? pending : left;
}

/** ✓ sent (stored), ✓✓ delivered (their device has it), ✓✓ read, for my own messages. */
export type ReceiptState = "sent" | "delivered" | "read";
export function receiptOf(message: Pick<MessageView, "seq">, receipts: Receipts, mySide: Side): ReceiptState {
  const theirs = mySide === "customer" ? receipts.workshop : receipts.customer;
  if (theirs.readSeq >= message.seq) return "read";
  if (theirs.deliveredSeq >= message.seq) return "delivered";
  return "sent";
}

/** Newer markers win (they only ever move forward); an older event arriving late changes nothing. */
export function mergeReceipts(current: Receipts, incoming: Receipts): Receipts {
  const side = (a: Receipts["customer"], b: Receipts["customer"]) => ({
    deliveredSeq: Math.max(a.deliveredSeq, b.deliveredSeq),
    readSeq: Math.max(a.readSeq, b.readSeq),
    readAt: b.readSeq >= a.readSeq ? (b.readAt ?? a.readAt) : a.readAt,
  });
  return { customer: side(current.customer, incoming.customer), workshop: side(current.workshop, incoming.workshop) };
}

/**
 * The other side's presence from two sources (a pushed change, a refetched conversation): the one
 * with the newer `lastSeenAt` wins, since every online/offline flip moves it forward. A refetch that
 * started before someone went offline and answers after the push must not bring "online" back.
 */
export function mergePresence(current: PresenceView | null, incoming: PresenceView): PresenceView {
  if (!current?.lastSeenAt || !incoming.lastSeenAt) return incoming.lastSeenAt || !current ? incoming : current;
  return Date.parse(incoming.lastSeenAt) >= Date.parse(current.lastSeenAt) ? incoming : current;
}

/** A client id for a new message (the server dedupes resends by it). */
export { newClientId } from "@/lib/client-id";
