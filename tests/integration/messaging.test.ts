import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { conversations, messages, workshopServices } from "../../src/server/db/schema";
import { callerFor } from "../helpers/caller";
import { testDb } from "../helpers/db";
import { createAdmin, createCustomer, createProviderUser } from "../factories/accounts";
import { clientId, createConversation } from "../factories/messaging";
import { createWorkshop } from "../factories/workshops";

async function codeOf(promise: Promise<unknown>): Promise<string | null> {
  return promise.then(
    () => null,
    (e: unknown) => (e instanceof TRPCError ? `${e.code} ${e.message}` : String(e)),
  );
}

describe("starting a conversation (quick contact)", () => {
  it("lands in the workshop's inbox as unread and in the customer's list as read", async () => {
    const { api, workshop, conversationId, first } = await createConversation({ body: "Czy jest wolny termin w czwartek?" });

    expect(first).toMatchObject({ seq: 1, type: "text", senderSide: "customer", body: "Czy jest wolny termin w czwartek?" });
    const inbox = await api.owner.messaging.inbox({ workshopId: workshop.id });
    expect(inbox.items).toHaveLength(1);
    expect(inbox.items[0]).toMatchObject({ id: conversationId, unread: 1, status: "waiting_workshop", customerName: "Anna Kowalska" });
    expect(inbox.items[0]!.lastMessagePreview).toBe("Czy jest wolny termin w czwartek?");

    const mine = await api.customer.messaging.mine({});
    expect(mine.items[0]).toMatchObject({ id: conversationId, unread: 0, workshopName: workshop.name });
    expect(await api.owner.messaging.unread()).toMatchObject({ total: 1, byWorkshop: { [workshop.id]: 1 } });
    expect((await api.customer.messaging.unread()).total).toBe(0);
  });

  it("writing again to the same workshop continues the same thread; a service gets its own", async () => {
    const { api, workshop, conversationId } = await createConversation();
    const again = await api.customer.messaging.start({ workshopId: workshop.id, body: "Jeszcze jedno pytanie.", clientId: clientId() });
    expect(again).toMatchObject({ conversationId, created: false });
    expect(again.message.seq).toBe(2);

    const [service] = await testDb.select().from(workshopServices).where(eq(workshopServices.workshopId, workshop.id));
    const aboutService = await api.customer.messaging.start({
      workshopId: workshop.id,
      serviceId: service!.id,
      body: "Ile kosztują klocki?",
      clientId: clientId(),
    });
    expect(aboutService.conversationId).not.toBe(conversationId);
    expect((await api.customer.messaging.byId({ conversationId: aboutService.conversationId })).service?.name).toBe(service!.name);
  });

  it("only customers start conversations, only with active workshops, with at most 500 characters", async () => {
    const { workshop } = await createWorkshop();
    const pending = await createWorkshop({ status: "pending" });
    const customer = callerFor(await createCustomer());
    const provider = callerFor(await createProviderUser());
    const admin = callerFor(await createAdmin());

    expect(await codeOf(provider.messaging.start({ workshopId: workshop.id, body: "Hej", clientId: clientId() }))).toBe(
      "FORBIDDEN errors.forbidden",
    );
    expect(await codeOf(admin.messaging.start({ workshopId: workshop.id, body: "Hej", clientId: clientId() }))).toBe(
      "FORBIDDEN errors.forbidden",
    );
    expect(await codeOf(callerFor(null).messaging.start({ workshopId: workshop.id, body: "Hej", clientId: clientId() }))).toBe(
      "UNAUTHORIZED errors.unauthorized",
    );
    expect(await codeOf(customer.messaging.start({ workshopId: pending.workshop.id, body: "Hej", clientId: clientId() }))).toBe(
      "NOT_FOUND errors.messaging.workshopUnavailable",
    );
    expect(await codeOf(customer.messaging.start({ workshopId: workshop.id, body: "x".repeat(501), clientId: clientId() }))).toBe(
      "BAD_REQUEST errors.validation",
    );
    expect(await codeOf(customer.messaging.start({ workshopId: workshop.id, body: "  \n ", clientId: clientId() }))).toBe(
      "BAD_REQUEST errors.validation",
    );
  });
});

describe("sending", () => {
  it("numbers messages 1, 2, 3… in commit order even when both sides send at once", async () => {
    const { api, conversationId } = await createConversation();
    const sends = Array.from({ length: 8 }, (_, i) =>
      (i % 2 ? api.owner : api.customer).messaging.send({ type: "text", conversationId, clientId: clientId(), body: `m${i}` }),
    );
    const results = await Promise.all(sends);
    const seqs = results.map((r) => r.message.seq).sort((a, b) => a - b);
    expect(seqs).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    const page = await api.customer.messaging.messages({ conversationId });
    expect(page.messages.map((m) => m.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it("a resend with the same client id is a no-op that returns the stored message", async () => {
    const { api, conversationId } = await createConversation();
    const id = clientId();
    const [a, b] = await Promise.all([
      api.owner.messaging.send({ type: "text", conversationId, clientId: id, body: "Zapraszamy jutro o 9:00." }),
      api.owner.messaging.send({ type: "text", conversationId, clientId: id, body: "Zapraszamy jutro o 9:00." }),
    ]);
    const again = await api.owner.messaging.send({ type: "text", conversationId, clientId: id, body: "Zapraszamy jutro o 9:00." });
    expect(new Set([a.message.id, b.message.id, again.message.id]).size).toBe(1);
    expect(again.duplicate).toBe(true);
    const rows = await testDb.select().from(messages).where(eq(messages.conversationId, conversationId));
    expect(rows).toHaveLength(2);
  });

  it("allows 10 messages a minute per person, then says how long to wait", async () => {
    const { api, conversationId } = await createConversation();
    // The first message (quick contact) already counted.
    for (let i = 0; i < 9; i++) await api.customer.messaging.send({ type: "text", conversationId, clientId: clientId(), body: `${i}` });
    const error = await api.customer.messaging
      .send({ type: "text", conversationId, clientId: clientId(), body: "za dużo" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("TOO_MANY_REQUESTS");
    expect((error as TRPCError).message).toBe("errors.messaging.rateLimited");
    // The workshop is not limited by the customer's sending.
    await expect(api.owner.messaging.send({ type: "text", conversationId, clientId: clientId(), body: "ok" })).resolves.toBeTruthy();
  });

  it("keeps text as text and turns whose turn it is", async () => {
    const { api, conversationId } = await createConversation();
    const html = '<img src=x onerror="alert(1)"> <b>bold</b>';
    const { message } = await api.owner.messaging.send({ type: "text", conversationId, clientId: clientId(), body: html });
    expect(message.body).toBe(html);
    expect((await api.owner.messaging.byId({ conversationId })).status).toBe("waiting_customer");
    await api.customer.messaging.send({ type: "text", conversationId, clientId: clientId(), body: "Dziękuję" });
    expect((await api.owner.messaging.byId({ conversationId })).status).toBe("waiting_workshop");
  });

  it("shares a location", async () => {
    const { api, conversationId } = await createConversation();
    const { message } = await api.customer.messaging.send({
      type: "location",
      conversationId,
      clientId: clientId(),
      location: { lat: 50.0614, lng: 19.9366, label: "Rynek" },
    });
    expect(message).toMatchObject({ type: "location", location: { lat: 50.0614, lng: 19.9366, label: "Rynek" } });
    const bad = await codeOf(
      api.customer.messaging.send({ type: "location", conversationId, clientId: clientId(), location: { lat: 95, lng: 0 } }),
    );
    expect(bad).toBe("BAD_REQUEST errors.validation");
  });
});

describe("reading", () => {
  it("pages back 30 at a time and catches up with everything after a known seq", async () => {
    const { api, conversationId, workshop } = await createConversation();
    // Direct inserts: paging is about reading, not the send limit.
    await testDb.transaction(async (tx) => {
      for (let seq = 2; seq <= 70; seq++) {
        await tx
          .insert(messages)
          .values({ conversationId, seq, senderSide: seq % 2 ? "workshop" : "customer", type: "text", body: `#${seq}` });
      }
      await tx
        .update(conversations)
        .set({ lastSeq: 70, customerMessageSeq: 70, workshopMessageSeq: 69 })
        .where(eq(conversations.id, conversationId));
    });
    const newest = await api.customer.messaging.messages({ conversationId });
    expect(newest.messages.map((m) => m.seq)).toEqual(Array.from({ length: 30 }, (_, i) => 41 + i));
    expect(newest.hasMore).toBe(true);
    const older = await api.customer.messaging.messages({ conversationId, before: 41 });
    expect(older.messages[0]!.seq).toBe(11);
    const oldest = await api.customer.messaging.messages({ conversationId, before: 11 });
    expect(oldest.messages.map((m) => m.seq)).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
    expect(oldest.hasMore).toBe(false);

    const after = await api.owner.messaging.messages({ conversationId, after: 65 });
    expect(after.messages.map((m) => m.seq)).toEqual([66, 67, 68, 69, 70]);
    expect(after.hasMore).toBe(false);
    // The first message and the 35 even-numbered ones are the customer's.
    expect((await api.owner.messaging.inbox({ workshopId: workshop.id })).items[0]!.unread).toBe(36);
  });

  it("nobody else can read a conversation: other customers, other workshops' staff, admins", async () => {
    const { conversationId } = await createConversation();
    const strangers = [await createCustomer(), await createProviderUser(), await createAdmin()];
    const { owner: otherOwner } = await createWorkshop();
    for (const user of [...strangers, otherOwner as never]) {
      const api = callerFor(user);
      expect(await codeOf(api.messaging.byId({ conversationId }))).toBe("NOT_FOUND errors.messaging.notFound");
      expect(await codeOf(api.messaging.messages({ conversationId }))).toBe("NOT_FOUND errors.messaging.notFound");
      expect(await codeOf(api.messaging.send({ type: "text", conversationId, clientId: clientId(), body: "hej" }))).toBe(
        "NOT_FOUND errors.messaging.notFound",
      );
    }
  });
});

describe("receipts and unread counts", () => {
  it("move forward only, never past the last message, and clear the badge", async () => {
    const { api, conversationId, workshop } = await createConversation();
    await api.customer.messaging.send({ type: "text", conversationId, clientId: clientId(), body: "drugie" });

    expect((await api.owner.messaging.markDelivered({ conversationId, seq: 2 })).changed).toBe(true);
    let view = await api.customer.messaging.byId({ conversationId });
    expect(view.receipts.workshop).toMatchObject({ deliveredSeq: 2, readSeq: 0 });

    expect((await api.mechanic.messaging.markRead({ conversationId, seq: 99 })).changed).toBe(true);
    view = await api.customer.messaging.byId({ conversationId });
    expect(view.receipts.workshop).toMatchObject({ deliveredSeq: 2, readSeq: 2 });
    expect(view.receipts.workshop.readAt).not.toBeNull();
    // Read by the mechanic = read by the workshop: the owner's badge clears too.
    expect((await api.owner.messaging.unread()).byWorkshop[workshop.id] ?? 0).toBe(0);

    expect((await api.owner.messaging.markRead({ conversationId, seq: 1 })).changed).toBe(false);
    expect((await api.customer.messaging.byId({ conversationId })).receipts.workshop.readSeq).toBe(2);
  });

  it("marks everything delivered when a page connects", async () => {
    const { api, conversationId } = await createConversation();
    await api.owner.messaging.send({ type: "text", conversationId, clientId: clientId(), body: "Odpowiedź" });
    expect((await api.customer.messaging.markAllDelivered()).changed).toBe(1);
    expect((await api.owner.messaging.byId({ conversationId })).receipts.customer.deliveredSeq).toBe(2);
    expect((await api.customer.messaging.markAllDelivered()).changed).toBe(0);
    expect((await api.customer.messaging.unread()).total).toBe(1);
  });
});

describe("staff tools", () => {
  it("assigns to a colleague (not to strangers), filters the inbox, resolves and reopens", async () => {
    const { api, conversationId, workshop, mechanic } = await createConversation({ body: "Stuka coś w zawieszeniu" });
    const stranger = await createProviderUser();
    expect(await codeOf(api.owner.messaging.update({ conversationId, assigneeId: stranger.id }))).toBe(
      "BAD_REQUEST errors.messaging.notAMember",
    );
    await api.owner.messaging.update({ conversationId, assigneeId: mechanic.id, priority: "high" });

    const mine = await api.mechanic.messaging.inbox({ workshopId: workshop.id, assignee: "me" });
    expect(mine.items.map((i) => i.id)).toEqual([conversationId]);
    expect(mine.items[0]).toMatchObject({ priority: "high", assigneeName: "Marek Mechanik" });
    expect((await api.owner.messaging.inbox({ workshopId: workshop.id, assignee: "unassigned" })).items).toHaveLength(0);
    expect((await api.owner.messaging.inbox({ workshopId: workshop.id, q: "zawieszeniu" })).items).toHaveLength(1);
    expect((await api.owner.messaging.inbox({ workshopId: workshop.id, q: "Kowalska" })).items).toHaveLength(1);
    expect((await api.owner.messaging.inbox({ workshopId: workshop.id, q: "skrzynia" })).items).toHaveLength(0);
    expect((await api.owner.messaging.inbox({ workshopId: workshop.id, filter: "unread" })).items).toHaveLength(1);

    await api.mechanic.messaging.update({ conversationId, status: "resolved" });
    expect((await api.owner.messaging.inbox({ workshopId: workshop.id, filter: "resolved" })).items).toHaveLength(1);
    const afterResolve = await api.customer.messaging.messages({ conversationId });
    expect(afterResolve.messages.at(-1)).toMatchObject({ type: "system", system: { kind: "resolved", params: { by: "Marek Mechanik" } } });

    // The customer writing again reopens it for the workshop.
    await api.customer.messaging.send({ type: "text", conversationId, clientId: clientId(), body: "Jednak dalej stuka" });
    expect((await api.owner.messaging.byId({ conversationId })).status).toBe("waiting_workshop");
    expect(await codeOf(api.customer.messaging.update({ conversationId, status: "resolved" }))).toBe(
      "FORBIDDEN errors.messaging.staffOnly",
    );
  });

  it("quick-reply templates belong to one workshop", async () => {
    const { api, workshop } = await createConversation();
    const { id } = await api.mechanic.messaging.templates.create({
      workshopId: workshop.id,
      template: { title: "Termin", body: "Zapraszamy jutro." },
    });
    expect(await api.owner.messaging.templates.list({ workshopId: workshop.id })).toEqual([
      { id, title: "Termin", body: "Zapraszamy jutro." },
    ]);
    const other = await createWorkshop();
    const otherOwner = callerFor(other.owner as never);
    expect(await codeOf(otherOwner.messaging.templates.list({ workshopId: workshop.id }))).toBe("FORBIDDEN errors.forbidden");
    expect(await codeOf(otherOwner.messaging.templates.remove({ workshopId: other.workshop.id, templateId: id }))).toBe(
      "NOT_FOUND errors.messaging.templateNotFound",
    );
    await api.owner.messaging.templates.update({
      workshopId: workshop.id,
      templateId: id,
      template: { title: "Termin", body: "Zapraszamy w piątek." },
    });
    await api.owner.messaging.templates.remove({ workshopId: workshop.id, templateId: id });
    expect(await api.owner.messaging.templates.list({ workshopId: workshop.id })).toEqual([]);
  });
});

describe("quotes", () => {
  it("staff send a quote with a server-computed total; the customer accepts it once", async () => {
    const { api, conversationId } = await createConversation();
    const validUntil = new Date(Date.now() + 3 * 86_400_000);
    const { message: quote } = await api.owner.messaging.sendQuote({
      conversationId,
      clientId: clientId(),
      validUntil,
      items: [
        { description: "Klocki przód", quantity: 1, unitPriceGrosze: 32_000 },
        { description: "Robocizna", quantity: 2, unitPriceGrosze: 9_950 },
      ],
    });
    expect(quote.quote).toMatchObject({ totalGrosze: 51_900, status: "pending", currency: "PLN" });
    expect(
      await codeOf(api.customer.messaging.sendQuote({ conversationId, clientId: clientId(), validUntil, items: quote.quote!.items })),
    ).toBe("FORBIDDEN errors.messaging.staffOnly");
    expect(await codeOf(api.owner.messaging.respondToQuote({ messageId: quote.id, accept: true }))).toBe(
      "FORBIDDEN errors.messaging.customerOnly",
    );

    const answered = await api.customer.messaging.respondToQuote({ messageId: quote.id, accept: true });
    expect(answered.quote.quote?.status).toBe("accepted");
    expect(answered.system.system).toEqual({ kind: "quote_accepted", params: { totalGrosze: 51_900, quoteSeq: quote.seq } });
    expect(await codeOf(api.customer.messaging.respondToQuote({ messageId: quote.id, accept: false }))).toBe(
      "CONFLICT errors.messaging.quoteAnswered",
    );
  });

  it("an expired quote can no longer be accepted; a quote valid in the past is refused", async () => {
    const { api, conversationId } = await createConversation();
    const items = [{ description: "Diagnostyka", quantity: 1, unitPriceGrosze: 15_000 }];
    expect(
      await codeOf(api.owner.messaging.sendQuote({ conversationId, clientId: clientId(), validUntil: new Date(Date.now() - 1000), items })),
    ).toBe("BAD_REQUEST errors.messaging.quotePast");
    const { message } = await api.owner.messaging.sendQuote({
      conversationId,
      clientId: clientId(),
      validUntil: new Date(Date.now() + 60_000),
      items,
    });
    await testDb
      .update(messages)
      .set({ quote: { ...message.quote!, validUntil: new Date(Date.now() - 1000).toISOString() } })
      .where(eq(messages.id, message.id));
    expect((await api.customer.messaging.messages({ conversationId })).messages.at(-1)?.quote?.status).toBe("expired");
    expect(await codeOf(api.customer.messaging.respondToQuote({ messageId: message.id, accept: true }))).toBe(
      "CONFLICT errors.messaging.quoteExpired",
    );
  });
});

describe("editing and deleting", () => {
  it("the author edits a text within 15 minutes; nobody else can", async () => {
    const { api, conversationId, first } = await createConversation();
    const edited = await api.customer.messaging.edit({ messageId: first.id, body: "Poprawiona treść" });
    expect(edited).toMatchObject({ body: "Poprawiona treść" });
    expect(edited.editedAt).not.toBeNull();
    expect(await codeOf(api.owner.messaging.edit({ messageId: first.id, body: "nie moje" }))).toBe("FORBIDDEN errors.messaging.notAuthor");
    await testDb
      .update(messages)
      .set({ createdAt: new Date(Date.now() - 16 * 60_000) })
      .where(eq(messages.id, first.id));
    expect(await codeOf(api.customer.messaging.edit({ messageId: first.id, body: "za późno" }))).toBe(
      "CONFLICT errors.messaging.editWindow",
    );
    expect((await api.owner.messaging.messages({ conversationId })).messages[0]!.body).toBe("Poprawiona treść");
  });

  it("delete for me hides a message from me only", async () => {
    const { api, conversationId, first } = await createConversation();
    await api.owner.messaging.deleteForMe({ messageId: first.id });
    expect((await api.owner.messaging.messages({ conversationId })).messages).toHaveLength(0);
    expect((await api.mechanic.messaging.messages({ conversationId })).messages).toHaveLength(1);
    expect((await api.customer.messaging.messages({ conversationId })).messages).toHaveLength(1);
  });
});

describe("moderation", () => {
  it("flags abusive or scam messages for the admins, who keep or remove them", async () => {
    const { api, conversationId } = await createConversation();
    const admin = callerFor(await createAdmin());
    const { message: rude } = await api.customer.messaging.send({
      type: "text",
      conversationId,
      clientId: clientId(),
      body: "Kurwa, ile można czekać?",
    });
    const { message: scam } = await api.owner.messaging.send({
      type: "text",
      conversationId,
      clientId: clientId(),
      body: "Proszę przelać zaliczkę przez Western Union.",
    });
    const { message: fine } = await api.customer.messaging.send({
      type: "text",
      conversationId,
      clientId: clientId(),
      body: "Wymiana tarcz i klocków.",
    });

    // Flagged messages are still delivered; the admins decide.
    expect(rude.body).toBe("Kurwa, ile można czekać?");
    const flagged = await admin.messaging.flagged({ limit: 50 });
    const ids = flagged.items.map((i) => i.id);
    expect(ids).toEqual(expect.arrayContaining([rude.id, scam.id]));
    expect(ids).not.toContain(fine.id);
    expect(flagged.items.find((i) => i.id === rude.id)).toMatchObject({ senderSide: "customer", customerName: "Anna Kowalska" });

    await admin.messaging.review({ messageId: scam.id, action: "clear" });
    await admin.messaging.review({ messageId: rude.id, action: "remove" });
    const after = (await admin.messaging.flagged({ limit: 50 })).items.map((i) => i.id);
    expect(after).not.toContain(rude.id);
    expect(after).not.toContain(scam.id);
    const seen = (await api.owner.messaging.messages({ conversationId })).messages;
    expect(seen.find((m) => m.id === rude.id)).toMatchObject({ body: "", erased: "moderator" });
    expect(seen.find((m) => m.id === scam.id)?.body).toContain("Western Union");
  });
});

describe("GDPR", () => {
  it("exports a customer's conversations as JSON and erases what they wrote", async () => {
    const { api, conversationId, workshop } = await createConversation({ body: "Mój numer rejestracyjny to KR 12345" });
    await api.owner.messaging.send({ type: "text", conversationId, clientId: clientId(), body: "Dziękujemy, zapraszamy." });

    const exported = await api.customer.messaging.exportMine();
    expect(exported.format).toBe("pitstop-conversations/1");
    expect(exported.conversations).toHaveLength(1);
    expect(exported.conversations[0]).toMatchObject({ workshop: workshop.name });
    expect(exported.conversations[0]!.messages.map((m) => [m.from, m.text])).toEqual([
      ["me", "Mój numer rejestracyjny to KR 12345"],
      ["workshop", "Dziękujemy, zapraszamy."],
    ]);

    expect(await api.customer.messaging.eraseMine({ confirm: true })).toEqual({ erased: 1 });
    const seen = (await api.owner.messaging.messages({ conversationId })).messages;
    expect(seen.map((m) => [m.body, m.erased])).toEqual([
      ["", "author"],
      ["Dziękujemy, zapraszamy.", null],
    ]);
    expect((await api.owner.messaging.byId({ conversationId })).status).toBe("closed");
    expect(await codeOf(api.owner.messaging.send({ type: "text", conversationId, clientId: clientId(), body: "?" }))).toBe(
      "CONFLICT errors.messaging.closed",
    );
  });
});
