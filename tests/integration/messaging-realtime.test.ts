import { randomUUID } from "node:crypto";
import PusherClient, { type Channel } from "pusher-js";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { isConversationParticipant } from "../../src/features/messaging/server";
import { lastSeqOf, mergeMessages } from "../../src/features/messaging/sync";
import type { ConversationEvent, MessageEvent, MessageView, TypingEvent } from "../../src/features/messaging/types";
import { conversationChannel, REALTIME_EVENTS, userChannel } from "../../src/lib/realtime/channels";
import type { SessionUser } from "../../src/server/api/trpc";
import { authorizeChannel } from "../../src/server/realtime/authorize";
import { callerFor } from "../helpers/caller";
import { testDb } from "../helpers/db";
import { startSoketi, type SoketiHandle } from "../helpers/soketi";
import { createCustomer } from "../factories/accounts";
import { clientId, createConversation } from "../factories/messaging";
import { createWorkshop } from "../factories/workshops";
import { messages as messagesTable } from "../../src/server/db/schema";
import { eq } from "drizzle-orm";

/**
 * Live delivery through a real soketi and real pusher-js clients. This file runs its own soketi (it
 * stops and restarts it), so Pitstop's server is pointed at it before any app module loads.
 */
const port = await vi.hoisted(async () => {
  const { freePort } = await import("../helpers/soketi");
  const free = await freePort();
  process.env.PUSHER_HOST = "127.0.0.1";
  process.env.PUSHER_PORT = String(free);
  return free;
});

let soketi: SoketiHandle;
beforeAll(async () => {
  soketi = await startSoketi({ port });
});
afterAll(async () => {
  await soketi?.stop();
});

const clients: PusherClient[] = [];
afterEach(() => {
  for (const client of clients.splice(0)) client.disconnect();
});

/** A browser tab's pusher-js (Node build) signed in as `user`; channel auth goes through Pitstop's real rules. */
function tab(user: SessionUser): PusherClient {
  const client = new PusherClient(soketi.key, {
    cluster: "",
    wsHost: "127.0.0.1",
    wsPort: port,
    forceTLS: false,
    enabledTransports: ["ws"],
    channelAuthorization: {
      customHandler: ({ socketId, channelName }, callback) => {
        authorizeChannel(testDb, user, socketId, channelName, { conversation: isConversationParticipant }).then(
          (result) => (result.status === 200 ? callback(null, result.body) : callback(new Error(result.body.error), null)),
          (error: Error) => callback(error, null),
        );
      },
    },
  });
  clients.push(client);
  return client;
}

function subscribed(channel: Channel): Promise<void> {
  return new Promise((resolve, reject) => {
    channel.bind("pusher:subscription_succeeded", () => resolve());
    channel.bind("pusher:subscription_error", (e: unknown) => reject(new Error(`refused: ${JSON.stringify(e)}`)));
  });
}

function nextEvent<T>(channel: Channel, event: string, match: (data: T) => boolean = () => true): Promise<T> {
  return new Promise((resolve) => {
    const handler = (data: T) => {
      if (!match(data)) return;
      channel.unbind(event, handler);
      resolve(data);
    };
    channel.bind(event, handler);
  });
}

/**
 * The chat screen's sync loop, as `useConversation` runs it: merge every event, and after every
 * (re)subscription fetch everything after the newest message held.
 */
function chatScreen(user: SessionUser, conversationId: string) {
  const api = callerFor(user);
  const state = { messages: [] as MessageView[], received: [] as string[] };
  const channel = tab(user).subscribe(conversationChannel(conversationId));
  channel.bind(REALTIME_EVENTS.message, (data: MessageEvent) => {
    state.received.push(data.message.id);
    state.messages = mergeMessages(state.messages, [data.message]);
  });
  channel.bind("pusher:subscription_succeeded", async () => {
    const page = await api.messaging.messages({ conversationId, after: lastSeqOf(state.messages), limit: 100 });
    state.messages = mergeMessages(state.messages, page.messages);
  });
  return { state, channel };
}

async function until(check: () => boolean, what: string) {
  for (let i = 0; i < 600 && !check(); i++) await new Promise((r) => setTimeout(r, 50));
  if (!check()) throw new Error(`never happened: ${what}`);
}

describe("live chat over the Pusher protocol", () => {
  it("a message reaches the other side's open chat and badge as it is sent", async () => {
    const { api, conversationId, customer, owner } = await createConversation();
    const staff = tab(owner).subscribe(conversationChannel(conversationId));
    const customerTab = tab(customer);
    const chat = customerTab.subscribe(conversationChannel(conversationId));
    const badge = customerTab.subscribe(userChannel(customer.id));
    await Promise.all([subscribed(staff), subscribed(chat), subscribed(badge)]);

    const arriving = nextEvent<MessageEvent>(staff, REALTIME_EVENTS.message);
    const { message } = await api.customer.messaging.send({ type: "text", conversationId, clientId: clientId(), body: "Czy auto gotowe?" });
    expect((await arriving).message).toEqual(message);

    const receipt = nextEvent<{ receipts: { workshop: { readSeq: number } } }>(chat, REALTIME_EVENTS.receipt);
    const updated = nextEvent<ConversationEvent>(badge, REALTIME_EVENTS.conversationUpdated, (e) => e.senderSide === "workshop");
    await api.owner.messaging.markRead({ conversationId, seq: message.seq });
    expect((await receipt).receipts.workshop.readSeq).toBe(message.seq);
    await api.owner.messaging.send({ type: "text", conversationId, clientId: clientId(), body: "Tak, zapraszamy." });
    expect(await updated).toMatchObject({ conversationId, senderSide: "workshop", lastSeq: message.seq + 1 });
  });

  it("typing is a client event between the participants, never stored", async () => {
    const { conversationId, customer, owner } = await createConversation();
    const staff = tab(owner).subscribe(conversationChannel(conversationId));
    const chat = tab(customer).subscribe(conversationChannel(conversationId));
    await Promise.all([subscribed(staff), subscribed(chat)]);
    const typing = nextEvent<TypingEvent>(staff, REALTIME_EVENTS.typing);
    chat.trigger(REALTIME_EVENTS.typing, { side: "customer", name: null, typing: true } satisfies TypingEvent);
    expect(await typing).toEqual({ side: "customer", name: null, typing: true });
    expect(await testDb.select().from(messagesTable).where(eq(messagesTable.conversationId, conversationId))).toHaveLength(1);
  });

  it("refuses the channel to everyone but the participants", async () => {
    const { conversationId } = await createConversation();
    const other = await createWorkshop();
    const strangers = [await createCustomer(), other.owner as SessionUser];
    for (const stranger of strangers) {
      const channel = tab(stranger).subscribe(conversationChannel(conversationId));
      await expect(subscribed(channel)).rejects.toThrow(/refused/);
    }
    const someoneElse = tab(await createCustomer()).subscribe(userChannel(randomUUID()));
    await expect(subscribed(someoneElse)).rejects.toThrow(/refused/);
  });

  it("a message sent while the realtime server is down arrives exactly once when it is back", async () => {
    const { api, conversationId, owner } = await createConversation();
    const screen = chatScreen(owner, conversationId);
    await subscribed(screen.channel);
    await until(() => screen.state.messages.length === 1, "the first page");

    await soketi.stop();
    // Persisted even though nothing can be published right now.
    const { message: missed } = await api.customer.messaging.send({
      type: "text",
      conversationId,
      clientId: clientId(),
      body: "Wysłane, gdy serwer leżał",
    });
    expect(screen.state.messages.map((m) => m.id)).not.toContain(missed.id);

    soketi = await startSoketi({ port });
    await until(() => screen.state.messages.some((m) => m.id === missed.id), "catch-up after the reconnect");
    const { message: live } = await api.customer.messaging.send({
      type: "text",
      conversationId,
      clientId: clientId(),
      body: "A to już na żywo",
    });
    await until(() => screen.state.received.includes(live.id), "the next message live");

    expect(screen.state.messages.map((m) => m.seq)).toEqual([1, 2, 3]);
    expect(screen.state.messages.filter((m) => m.id === missed.id)).toHaveLength(1);
  });
});
