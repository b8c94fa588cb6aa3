import "server-only";
import { and, desc, eq, gt, lt, sql } from "drizzle-orm";
import { translatorFor } from "@/i18n/translate";
import { formatMoney } from "@/lib/format";
import type { DbOrTx } from "@/server/db";
import { conversations, messages, users, workshopMembers } from "@/server/db/schema";
import { renderEmail } from "@/server/email";
import type { Side } from "../types";
import { markerColumns, otherSide } from "./access";
import { namesOf, presenceOfSide } from "./queries";

/** At most this many unread messages are quoted in one e-mail (the rest are counted). */
const QUOTED_MESSAGES = 10;

export type DigestRecipient = { email: string; name: string | null; locale: "pl" | "en" };
export type DigestMessage = { seq: number; at: string; senderName: string | null; type: string; body: string; totalGrosze: number | null };
/** What one unread-messages e-mail says (plain JSON: it is a job step's result). */
export type UnreadDigest = {
  conversationId: string;
  workshopId: string;
  /** The side the e-mail goes to. */
  side: Side;
  /** The other side's name: the workshop's (to the customer) or the customer's (to the staff). */
  fromName: string;
  unread: number;
  messages: DigestMessage[];
  recipients: DigestRecipient[];
};

/**
 * Decides whether `side` gets the unread-messages e-mail for a conversation whose message `seq` they
 * have not read, and if so claims it (moves the side's "e-mailed" marker) so it goes out once.
 * Nothing is sent when: they read it meanwhile, they are online now (they see it in the app), or an
 * earlier e-mail already covered it. Seed 004: "e-mail fallback for offline providers".
 * @returns the e-mail's content and recipients, or null when none is due. Time in UTC ISO strings.
 */
export async function claimUnreadDigest(db: DbOrTx, conversationId: string, side: Side, seq: number): Promise<UnreadDigest | null> {
  const [c] = await db.select().from(conversations).where(eq(conversations.id, conversationId)).limit(1);
  if (!c) return null;
  const col = markerColumns[side];
  const readSeq = side === "customer" ? c.customerReadSeq : c.workshopReadSeq;
  const emailedSeq = side === "customer" ? c.customerEmailedSeq : c.workshopEmailedSeq;
  if (readSeq >= seq || emailedSeq >= seq) return null;
  if ((await presenceOfSide(db, c, side)).online) return null;

  const writer = otherSide(side);
  const upTo = writer === "customer" ? c.customerMessageSeq : c.workshopMessageSeq;
  // The claim: only one job (of several for a burst of messages) moves the marker past `seq`.
  const claimed = await db
    .update(conversations)
    .set(side === "customer" ? { customerEmailedSeq: upTo } : { workshopEmailedSeq: upTo })
    .where(and(eq(conversations.id, c.id), lt(col.emailed, seq), lt(col.read, seq)))
    .returning({ id: conversations.id });
  if (!claimed.length) return null;

  // The newest unread messages, with how many there are in all (a window count: one query).
  const rows = await db
    .select({ message: messages, senderName: users.name, unread: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(messages)
    .leftJoin(users, eq(users.id, messages.senderId))
    .where(and(eq(messages.conversationId, c.id), eq(messages.senderSide, writer), gt(messages.seq, readSeq)))
    .orderBy(desc(messages.seq))
    .limit(QUOTED_MESSAGES);
  const unread = rows[0]?.unread ?? 0;

  const recipientRows =
    side === "customer"
      ? await db.select({ email: users.email, name: users.name, locale: users.locale }).from(users).where(eq(users.id, c.customerId))
      : await db
          .select({ email: users.email, name: users.name, locale: users.locale })
          .from(workshopMembers)
          .innerJoin(users, eq(users.id, workshopMembers.userId))
          .where(
            and(
              eq(workshopMembers.workshopId, c.workshopId),
              // The assignee answers it; without one, the whole team hears about it.
              c.assigneeId ? eq(users.id, c.assigneeId) : undefined,
            ),
          );
  const names = await namesOf(db, c);
  return {
    conversationId: c.id,
    workshopId: c.workshopId,
    side,
    fromName: side === "customer" ? names.workshop : names.customer,
    unread,
    messages: rows
      .filter(({ message }) => !message.erasedAt)
      .reverse()
      .map(({ message, senderName }) => ({
        seq: message.seq,
        at: message.createdAt.toISOString(),
        senderName,
        type: message.type,
        body: message.body,
        totalGrosze: message.quote?.totalGrosze ?? null,
      })),
    recipients: recipientRows,
  };
}

/** Where the e-mail's button leads: the customer's chat, or the conversation in the workshop's inbox. */
export function conversationLink(appUrl: string, digest: Pick<UnreadDigest, "side" | "conversationId" | "workshopId">): string {
  const base = appUrl.replace(/\/+$/, "");
  return digest.side === "customer"
    ? `${base}/messages/${digest.conversationId}`
    : `${base}/dashboard/${digest.workshopId}/inbox/${digest.conversationId}`;
}

/**
 * The unread-messages e-mail for one recipient, in their language (texts: `messaging.email` in
 * src/i18n/messages). Times are shown in Europe/Warsaw. @returns `{ subject, html, text }`.
 */
export async function renderUnreadDigest(digest: UnreadDigest, recipient: DigestRecipient, appUrl: string) {
  const locale = recipient.locale;
  const t = await translatorFor(locale, "messaging.email");
  const time = new Intl.DateTimeFormat(locale, { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Warsaw" });
  const bodyOf = (m: DigestMessage) => {
    if (m.type === "image") return m.body ? `${t("photo")} — ${m.body}` : t("photo");
    if (m.type === "file") return m.body ? `${t("file")} — ${m.body}` : t("file");
    if (m.type === "location") return t("location");
    if (m.type === "quote") return t("quote", { total: formatMoney(m.totalGrosze ?? 0, locale) });
    if (m.type === "booking") return m.body ? `${t("proposal")} — ${m.body}` : t("proposal");
    return m.body;
  };
  const subject = t("subject", { count: digest.unread, from: digest.fromName });
  const rendered = renderEmail({
    locale,
    preheader: bodyOf(digest.messages.at(-1) ?? { seq: 0, at: "", senderName: null, type: "text", body: "", totalGrosze: null }),
    heading: t("heading", { count: digest.unread, from: digest.fromName }),
    paragraphs: [t("greeting", { name: recipient.name ?? "" }).trim(), t("intro", { count: digest.unread, from: digest.fromName })],
    items: digest.messages.map((m) => ({
      title: m.senderName ?? digest.fromName,
      meta: time.format(new Date(m.at)),
      body: bodyOf(m),
    })),
    action: { label: t("open"), url: conversationLink(appUrl, digest) },
    footer: t("footer"),
  });
  return { subject, ...rendered };
}
