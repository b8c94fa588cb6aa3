import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMailCapture, type MailCapture } from "../../scripts/mail-capture-server.mjs";
import {
  aiModerationSteps,
  participantOf,
  readAttachment,
  recordPresenceEvents,
  saveUpload,
  unreadEmailSteps,
  type UnreadEmailDeps,
} from "../../src/features/messaging/server";
import { userChannel, workshopPresenceChannel } from "../../src/lib/realtime/channels";
import { createMailer, type Mailer } from "../../src/server/email";
import { listCapturedMail, readCapturedMail } from "../../src/server/email/captured";
import { createInlineStep } from "../../src/server/jobs/step";
import { localStorage, type FileStorage } from "../../src/server/storage";
import { users } from "../../src/server/db/schema";
import { eq } from "drizzle-orm";
import { callerFor } from "../helpers/caller";
import { testDb } from "../helpers/db";
import { MockLanguageModelV3 } from "ai/test";
import { createAdmin, createCustomer } from "../factories/accounts";
import { clientId, createConversation } from "../factories/messaging";

let dir: string;
let capture: MailCapture;
let mailer: Mailer;
let files: FileStorage;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "pitstop-messaging-"));
  capture = await startMailCapture({ port: 0, dir: path.join(dir, "mail") });
  mailer = createMailer(`smtp://127.0.0.1:${capture.port}`, { capture: true, from: "Pitstop <no-reply@pitstop.test>" });
  files = localStorage(path.join(dir, "uploads"));
});

afterAll(async () => {
  mailer?.close();
  await capture?.stop();
  await rm(dir, { recursive: true, force: true });
});

const deps = (): UnreadEmailDeps => ({ db: testDb, send: (m) => mailer.send(m), appUrl: "https://pitstop.test", delaySeconds: 0 });
/** Runs the unread-messages e-mail job for a message, as the job runner would after the delay. */
const runJob = (conversationId: string, seq: number, senderSide: "customer" | "workshop") =>
  unreadEmailSteps(deps(), { conversationId, seq, senderSide }, createInlineStep({ retries: 0 }));
const mailTo = async (email: string) => {
  const list = await listCapturedMail({ dir: path.join(dir, "mail"), limit: 500 });
  return Promise.all(list.filter((m) => m.to.includes(email)).map((m) => readCapturedMail(m.id, path.join(dir, "mail"))));
};

describe("the unread-messages e-mail", () => {
  it("goes once to an offline customer, quoting the workshop's unread messages, with a link to the chat", async () => {
    const { api, conversationId, customer, workshop } = await createConversation();
    const a = await api.owner.messaging.send({ type: "text", conversationId, clientId: clientId(), body: "Zapraszamy w czwartek o 8:00." });
    const b = await api.owner.messaging.send({
      type: "text",
      conversationId,
      clientId: clientId(),
      body: "Proszę zabrać dowód rejestracyjny.",
    });

    // One job per message; the first one covers both, the second finds nothing left to send.
    expect(await runJob(conversationId, a.message.seq, "workshop")).toEqual({ sent: 1 });
    expect(await runJob(conversationId, b.message.seq, "workshop")).toEqual({ sent: 0 });

    const mails = await mailTo(customer.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe(`2 nowe wiadomości od: ${workshop.name}`);
    expect(mails[0]!.text).toContain("Zapraszamy w czwartek o 8:00.");
    expect(mails[0]!.text).toContain("Proszę zabrać dowód rejestracyjny.");
    expect(mails[0]!.text).toContain(`https://pitstop.test/messages/${conversationId}`);
  });

  it("is not sent when the customer read the message meanwhile, or is online", async () => {
    const { api, conversationId, customer } = await createConversation();
    const read = await api.owner.messaging.send({ type: "text", conversationId, clientId: clientId(), body: "Przeczytana" });
    await api.customer.messaging.markRead({ conversationId, seq: read.message.seq });
    expect(await runJob(conversationId, read.message.seq, "workshop")).toEqual({ sent: 0 });

    await recordPresenceEvents(testDb, [{ name: "channel_occupied", channel: userChannel(customer.id) }], Date.now());
    const seen = await api.owner.messaging.send({ type: "text", conversationId, clientId: clientId(), body: "Jest online" });
    expect(await runJob(conversationId, seen.message.seq, "workshop")).toEqual({ sent: 0 });
    expect(await mailTo(customer.email)).toHaveLength(0);
  });

  it("reaches the whole team when nobody is assigned, only the assignee when someone is, each in their language", async () => {
    const { api, conversationId, owner, mechanic } = await createConversation();
    await testDb.update(users).set({ locale: "en" }).where(eq(users.id, mechanic.id));
    // The quick-contact message (seq 1) is unread by the workshop, whose staff are offline.
    expect(await runJob(conversationId, 1, "customer")).toEqual({ sent: 2 });
    expect((await mailTo(owner.email))[0]!.subject).toBe("Nowa wiadomość od: Anna Kowalska");
    expect((await mailTo(mechanic.email))[0]!.subject).toBe("New message from Anna Kowalska");
    expect((await mailTo(owner.email))[0]!.text).toContain(`/dashboard/`);

    await api.owner.messaging.update({ conversationId, assigneeId: mechanic.id });
    const next = await api.customer.messaging.send({ type: "text", conversationId, clientId: clientId(), body: "Halo?" });
    expect(await runJob(conversationId, next.message.seq, "customer")).toEqual({ sent: 1 });
    expect(await mailTo(mechanic.email)).toHaveLength(2);
    expect(await mailTo(owner.email)).toHaveLength(1);
  });
});

describe("the AI moderation check", () => {
  const model = (verdict: { flagged: boolean; category: string; reason: string }) =>
    new MockLanguageModelV3({
      doGenerate: async () => ({
        content: [{ type: "text", text: JSON.stringify(verdict) }],
        finishReason: { unified: "stop", raw: undefined },
        usage: {
          inputTokens: { total: 40, noCache: 40, cacheRead: 0, cacheWrite: 0 },
          outputTokens: { total: 10, text: 10, reasoning: 0 },
        },
        warnings: [],
      }),
    });

  it("flags what the word lists miss when the model says so, for the admins to review", async () => {
    const { api, conversationId } = await createConversation();
    const admin = callerFor(await createAdmin());
    const { message } = await api.owner.messaging.send({
      type: "text",
      conversationId,
      clientId: clientId(),
      body: "Proszę wpłacić zaliczkę na moje prywatne konto, wtedy będzie taniej.",
    });
    const scam = model({ flagged: true, category: "scam", reason: "Asks for payment to a private account." });
    const result = await aiModerationSteps(
      { db: testDb, model: scam },
      { conversationId, seq: message.seq },
      createInlineStep({ retries: 0 }),
    );
    expect(result).toEqual({ checked: true, flagged: true });
    const flagged = await admin.messaging.flagged({ limit: 50 });
    expect(flagged.items.find((i) => i.id === message.id)?.flagReason).toBe("ai:scam: Asks for payment to a private account.");

    const { message: fine } = await api.customer.messaging.send({
      type: "text",
      conversationId,
      clientId: clientId(),
      body: "Dobrze, dziękuję.",
    });
    const clean = model({ flagged: false, category: "none", reason: "" });
    expect(
      await aiModerationSteps({ db: testDb, model: clean }, { conversationId, seq: fine.seq }, createInlineStep({ retries: 0 })),
    ).toEqual({
      checked: true,
      flagged: false,
    });
  });
});

describe("presence from the realtime server's webhooks", () => {
  it("a late, older webhook never undoes a newer one; staff online make the workshop online", async () => {
    const { api, conversationId, customer, mechanic, workshop } = await createConversation();
    const channel = userChannel(customer.id);
    await recordPresenceEvents(testDb, [{ name: "channel_occupied", channel }], 2_000);
    await recordPresenceEvents(testDb, [{ name: "channel_vacated", channel }], 1_000);
    expect((await api.owner.messaging.byId({ conversationId })).presence.online).toBe(true);

    await recordPresenceEvents(testDb, [{ name: "channel_vacated", channel }], 3_000);
    const offline = (await api.owner.messaging.byId({ conversationId })).presence;
    expect(offline.online).toBe(false);
    expect(offline.lastSeenAt).not.toBeNull();

    expect((await api.customer.messaging.byId({ conversationId })).presence.online).toBe(false);
    await recordPresenceEvents(
      testDb,
      [{ name: "member_added", channel: workshopPresenceChannel(workshop.id), user_id: mechanic.id }],
      Date.now(),
    );
    expect((await api.customer.messaging.byId({ conversationId })).presence.online).toBe(true);
  });

  it("ignores channels and ids that are not Pitstop's", async () => {
    const flipped = await recordPresenceEvents(
      testDb,
      [
        { name: "channel_occupied", channel: "public-lobby" },
        { name: "channel_occupied", channel: userChannel("00000000-0000-4000-8000-000000000000") },
      ],
      Date.now(),
    );
    expect(flipped).toEqual([]);
  });
});

describe("attachments", () => {
  const photo = () =>
    sharp({ create: { width: 3000, height: 2000, channels: 3, background: { r: 200, g: 40, b: 40 } } })
      .jpeg()
      .toBuffer();

  it("an uploaded photo is downscaled, sent as a message, and served only to the conversation's participants", async () => {
    const { conversationId, customer, owner } = await createConversation();
    const participant = await participantOf(testDb, customer, conversationId);
    const uploaded = await saveUpload(testDb, participant, { data: await photo(), name: "tarcza hamulcowa.jpg" }, files);
    expect(uploaded).toMatchObject({ mime: "image/webp", width: 1600, height: 1067, name: "tarcza hamulcowa.webp" });

    // Before it is sent, only its uploader can fetch it.
    await expect(readAttachment(testDb, owner, uploaded.id, "full", files)).rejects.toThrow("errors.messaging.attachmentNotFound");
    const { message } = await callerFor(customer).messaging.send({
      type: "attachment",
      conversationId,
      clientId: clientId(),
      attachmentId: uploaded.id,
      body: "Tak wygląda tarcza",
    });
    expect(message).toMatchObject({ type: "image", body: "Tak wygląda tarcza" });
    expect(message.attachment?.thumbUrl).toBe(`/api/messaging/attachments/${uploaded.id}?variant=thumb`);

    const full = await readAttachment(testDb, owner, uploaded.id, "full", files);
    expect((await sharp(full.data).metadata()).width).toBe(1600);
    const thumb = await readAttachment(testDb, owner, uploaded.id, "thumb", files);
    expect((await sharp(thumb.data).metadata()).width).toBe(400);

    const stranger = await createCustomer();
    await expect(readAttachment(testDb, stranger, uploaded.id, "full", files)).rejects.toThrow("errors.messaging.attachmentNotFound");
    await expect(readAttachment(testDb, null, uploaded.id, "full", files)).rejects.toThrow("errors.messaging.attachmentNotFound");

    // The same attachment cannot be sent twice.
    const again = await callerFor(customer)
      .messaging.send({ type: "attachment", conversationId, clientId: clientId(), attachmentId: uploaded.id })
      .catch((e: unknown) => e);
    expect(again).toBeInstanceOf(TRPCError);
    expect((again as TRPCError).message).toBe("errors.messaging.attachmentNotFound");
  });

  it("refuses what is not an image or a PDF, whatever its name says", async () => {
    const { conversationId, customer } = await createConversation();
    const participant = await participantOf(testDb, customer, conversationId);
    const html = Buffer.from("<html><script>alert(1)</script></html>");
    await expect(saveUpload(testDb, participant, { data: html, name: "zdjecie.jpg" }, files)).rejects.toThrow(
      "errors.messaging.attachmentType",
    );
    const big = Buffer.alloc(5 * 1024 * 1024 + 1, 1);
    await expect(saveUpload(testDb, participant, { data: big, name: "duzy.pdf" }, files)).rejects.toThrow(
      "errors.messaging.attachmentTooLarge",
    );
  });
});
