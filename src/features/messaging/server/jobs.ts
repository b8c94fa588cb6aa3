import "server-only";
import { and, eq } from "drizzle-orm";
import { env } from "@/env";
import { configuredModel } from "@/server/ai";
import { db, type DbOrTx } from "@/server/db";
import { messages } from "@/server/db/schema";
import { sendMail } from "@/server/email";
import type { LanguageModelV3 } from "@ai-sdk/provider";
import { defineJob, type JobEvents, type JobStep } from "@/server/jobs";
import { otherSide } from "./access";
import { moderateWithAi } from "./moderation";
import { claimUnreadDigest, renderUnreadDigest } from "./unread-email";

/** Public address for links in e-mails. */
export const appUrl = () => env.APP_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;

/** What the unread-messages e-mail needs from the outside world (tests pass their own database and mailer). */
export type UnreadEmailDeps = {
  db: DbOrTx;
  send: (mail: { to: string; subject: string; html: string; text: string }) => Promise<unknown>;
  appUrl: string;
  /** Seconds to give the reader before e-mailing (MESSAGE_EMAIL_DELAY_SECONDS). */
  delaySeconds: number;
};

/**
 * The continuity e-mail (seed 004's e-mail fallback), as steps: wait, then claim (decide and move the
 * "e-mailed" marker), then one e-mail per recipient. The claim and each e-mail are separate steps: a
 * failed e-mail is retried without claiming again, and an e-mail that went out is not sent again.
 * @returns how many e-mails went out.
 */
export async function unreadEmailSteps(deps: UnreadEmailDeps, data: JobEvents["messaging/message.sent"], step: JobStep) {
  await step.sleep("wait-for-the-reader", deps.delaySeconds);
  const digest = await step.run("claim", () => claimUnreadDigest(deps.db, data.conversationId, otherSide(data.senderSide), data.seq));
  if (!digest) return { sent: 0 };
  for (const recipient of digest.recipients) {
    await step.run(`send-${recipient.email}`, async () => {
      const mail = await renderUnreadDigest(digest, recipient, deps.appUrl);
      await deps.send({ to: recipient.email, subject: mail.subject, html: mail.html, text: mail.text });
      return { to: recipient.email };
    });
  }
  return { sent: digest.recipients.length };
}

/**
 * A message still unread after MESSAGE_EMAIL_DELAY_SECONDS (default 2 minutes) by a recipient who is
 * offline sends them one e-mail with the recent unread messages — unless they read it meanwhile or
 * an e-mail already covered it (`claimUnreadDigest`).
 */
export const unreadEmailJob = defineJob({
  id: "messaging-unread-email",
  event: "messaging/message.sent",
  retries: 3,
  handler: ({ data, step }) =>
    unreadEmailSteps({ db, send: sendMail, appUrl: appUrl(), delaySeconds: env.MESSAGE_EMAIL_DELAY_SECONDS }, data, step),
});

/**
 * The AI half of moderation, as steps: read the message, ask the model (`moderateWithAi`: a fixed
 * verdict schema, the message only as user content, null on timeout or error), flag it for the
 * admins' review when the model says so. Never blocks or delays the chat.
 * @returns whether it was checked and flagged.
 */
export async function aiModerationSteps(
  deps: { db: DbOrTx; model: LanguageModelV3 },
  data: JobEvents["messaging/message.check"],
  step: JobStep,
) {
  const verdict = await step.run("check", async () => {
    const [row] = await deps.db
      .select({ id: messages.id, body: messages.body, flagged: messages.flagged, erasedAt: messages.erasedAt })
      .from(messages)
      .where(and(eq(messages.conversationId, data.conversationId), eq(messages.seq, data.seq)))
      .limit(1);
    if (!row || row.flagged || row.erasedAt || !row.body) return null;
    const result = await moderateWithAi(row.body, deps.model);
    return result ? { id: row.id, ...result } : null;
  });
  if (!verdict?.flagged) return { checked: verdict !== null, flagged: false };
  await step.run("flag", async () => {
    await deps.db
      .update(messages)
      .set({ flagged: true, flagReason: `ai:${verdict.category}: ${verdict.reason ?? ""}`.slice(0, 200), flaggedAt: new Date() })
      .where(and(eq(messages.id, verdict.id), eq(messages.flagged, false)));
    return { flagged: true };
  });
  return { checked: true, flagged: true };
}

/** With a model configured (OPENAI_API_KEY / OPENAI_BASE_URL), each text message is checked after it was delivered. */
export const aiModerationJob = defineJob({
  id: "messaging-ai-moderation",
  event: "messaging/message.check",
  retries: 1,
  async handler({ data, step }) {
    const configured = configuredModel(env);
    if (!configured) return { checked: false, flagged: false };
    return aiModerationSteps({ db, model: configured.model }, data, step);
  },
});
