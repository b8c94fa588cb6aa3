import { createHmac, randomUUID } from "node:crypto";
import { EventEmitter, once } from "node:events";
import { createServer, type Server } from "node:http";
import { createServer as createNetServer } from "node:net";
import PusherClient, { type Channel, type Options, type PresenceChannel } from "pusher-js";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { conversationChannel, REALTIME_EVENTS, userChannel, workshopPresenceChannel } from "../../src/lib/realtime/channels";
import type { SessionUser } from "../../src/server/api/trpc";
import {
  MAX_CHANNELS_PER_TRIGGER,
  authenticateUser,
  authorizeChannelSignature,
  createPusher,
  publish,
  verifyWebhook,
  verifyWebhookPayload,
  type WebhookEvent,
} from "../../src/server/realtime";
import { authorizeChannel, type ChannelRules } from "../../src/server/realtime/authorize";
import { testDb } from "../helpers/db";
import { realtimeEnvFor, startSoketi, type SoketiHandle } from "../helpers/soketi";
import { createAdmin, createCustomer, createProviderUser } from "../factories/accounts";
import { addMember, createWorkshop } from "../factories/workshops";

/** A conversation between `customer` and the workshop's staff, as the messaging feature's rule would see it. */
const conversations = new Map<string, Set<string>>();
const rules: ChannelRules = { conversation: async (_db, user, id) => conversations.get(id)?.has(user.id) ?? false };
function conversationOf(...people: { id: string }[]) {
  const id = randomUUID();
  conversations.set(id, new Set(people.map((p) => p.id)));
  return id;
}

/** A workshop and its owner as a signed-in session user. */
async function workshopWithOwner() {
  const owner = await createProviderUser();
  const { workshop } = await createWorkshop({ owner });
  return { workshop, owner };
}

/** The `pusher` SDK pointed at a given soketi, as `@/server/realtime` builds it from PUSHER_*. */
function serverFor(soketi: SoketiHandle) {
  return createPusher(realtimeEnvFor(soketi));
}

const clients: PusherClient[] = [];
/** A browser's pusher-js (the Node build), signed in as `user`: channel auth goes through `authorizeChannel`. */
function browser(soketi: SoketiHandle, user: SessionUser | null, sign = authorizeChannel, extra: Partial<Options> = {}): PusherClient {
  const client = new PusherClient(soketi.key, {
    ...extra,
    cluster: "",
    wsHost: soketi.host,
    wsPort: soketi.port,
    forceTLS: false,
    enabledTransports: ["ws"],
    channelAuthorization: {
      customHandler: ({ socketId, channelName }, callback) => {
        sign(testDb, user, socketId, channelName, rules).then(
          (result) => (result.status === 200 ? callback(null, result.body) : callback(new Error(result.body.error), null)),
          (error: Error) => callback(error, null),
        );
      },
    },
  });
  clients.push(client);
  return client;
}
afterEach(() => {
  for (const client of clients.splice(0)) client.disconnect();
});

/** Subscribes and waits for the server's answer: the channel, or the refusal. */
function subscribe<T extends Channel = Channel>(client: PusherClient, name: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const channel = client.subscribe(name);
    channel.bind("pusher:subscription_succeeded", () => resolve(channel as T));
    channel.bind("pusher:subscription_error", (error: unknown) => reject(Object.assign(new Error("refused"), { detail: error })));
  });
}
async function refusal(client: PusherClient, name: string): Promise<{ type?: string; error?: string; status?: number }> {
  const error = await subscribe(client, name).then(
    () => null,
    (e: { detail: { type?: string; error?: string; status?: number } }) => e.detail,
  );
  expect(error, `subscription to ${name} should be refused`).not.toBeNull();
  return error!;
}
/** Collects a channel's `event`s; `next()` resolves with the next one not yet taken. */
function collect(channel: Channel, event: string) {
  const seen: unknown[] = [];
  const emitter = new EventEmitter();
  channel.bind(event, (data: unknown) => {
    seen.push(data);
    emitter.emit("data");
  });
  let taken = 0;
  return {
    seen,
    async next(): Promise<unknown> {
      while (seen.length <= taken) await once(emitter, "data");
      return seen[taken++];
    },
  };
}
function connectionErrors(client: PusherClient) {
  const errors: { type: string; data?: { code?: number; message?: string } }[] = [];
  const emitter = new EventEmitter();
  client.connection.bind("error", (error: (typeof errors)[number]) => {
    errors.push(error);
    emitter.emit("error-seen");
  });
  return {
    errors,
    async next() {
      const before = errors.length;
      while (errors.length === before) await once(emitter, "error-seen");
      return errors[before]!;
    },
  };
}

// Webhooks from soketi land here, as they would on /api/pusher/webhook.
type ReceivedWebhook = { headers: Record<string, string | string[] | undefined>; rawBody: string };
const webhooks: ReceivedWebhook[] = [];
const webhookArrived = new EventEmitter();
let webhookServer: Server;
let soketi: SoketiHandle;
let server: ReturnType<typeof createPusher>;

beforeAll(async () => {
  webhookServer = createServer((req, res) => {
    let rawBody = "";
    req.on("data", (chunk: Buffer) => (rawBody += chunk.toString()));
    req.on("end", () => {
      webhooks.push({ headers: req.headers, rawBody });
      webhookArrived.emit("webhook");
      res.writeHead(200).end();
    });
  });
  webhookServer.listen(0, "127.0.0.1");
  await once(webhookServer, "listening");
  const { port } = webhookServer.address() as { port: number };
  soketi = await startSoketi({ webhookUrl: `http://127.0.0.1:${port}/api/pusher/webhook` });
  server = serverFor(soketi);
});
afterAll(async () => {
  await soketi?.stop();
  webhookServer?.close();
});

/** Waits for a verified webhook event matching `match` (soketi sends them asynchronously). */
async function webhookEvent(match: (event: WebhookEvent) => boolean): Promise<WebhookEvent> {
  for (let checked = 0; ;) {
    while (checked < webhooks.length) {
      const events = verifyWebhook(webhooks[checked++]!);
      expect(events, "every webhook soketi sends carries a valid signature").not.toBeNull();
      const found = events!.find(match);
      if (found) return found;
    }
    await once(webhookArrived, "webhook");
  }
}

describe("publish", () => {
  it("reaches a client subscribed to the person's own channel", async () => {
    const customer = await createCustomer();
    const channel = await subscribe(browser(soketi, customer), userChannel(customer.id));
    const received = collect(channel, REALTIME_EVENTS.conversationUpdated);

    await expect(publish(userChannel(customer.id), REALTIME_EVENTS.conversationUpdated, { unread: 2 }, { client: server })).resolves.toBe(
      true,
    );
    expect(await received.next()).toEqual({ unread: 2 });
  });

  it("goes out in chunks of 100 channels, so every listed channel hears it", async () => {
    const customer = await createCustomer();
    const channel = await subscribe(browser(soketi, customer), userChannel(customer.id));
    const received = collect(channel, REALTIME_EVENTS.presence);
    const others = Array.from({ length: MAX_CHANNELS_PER_TRIGGER + 20 }, () => userChannel(randomUUID()));

    await expect(
      publish([...others, userChannel(customer.id)], REALTIME_EVENTS.presence, { online: true }, { client: server }),
    ).resolves.toBe(true);
    expect(await received.next()).toEqual({ online: true });
  });

  it("refuses data over 10 KB before sending it, without throwing", async () => {
    const customer = await createCustomer();
    const channel = await subscribe(browser(soketi, customer), userChannel(customer.id));
    const received = collect(channel, REALTIME_EVENTS.message);

    await expect(
      publish(userChannel(customer.id), REALTIME_EVENTS.message, { body: "x".repeat(10_300) }, { client: server }),
    ).resolves.toBe(false);
    await expect(publish(userChannel(customer.id), REALTIME_EVENTS.message, { body: "small" }, { client: server })).resolves.toBe(true);
    expect(await received.next()).toEqual({ body: "small" });
    expect(received.seen).toHaveLength(1);
  });

  it("gives up on a realtime server that accepts but never answers, without throwing", async () => {
    const silent = createNetServer(() => {});
    silent.listen(0, "127.0.0.1");
    await once(silent, "listening");
    const { port } = silent.address() as { port: number };
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      const stuck = serverFor({ ...soketi, port });
      await expect(publish(userChannel(randomUUID()), REALTIME_EVENTS.receipt, { n: 1 }, { client: stuck })).resolves.toBe(false);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining("timed out"));
    } finally {
      warn.mockRestore();
      silent.close();
    }
  });

  it("returns false instead of throwing when the realtime server is down, and works again after it restarts", async () => {
    const own = await startSoketi();
    const ownServer = serverFor(own);
    try {
      const customer = await createCustomer();
      const client = browser(own, customer);
      const channel = await subscribe(client, userChannel(customer.id));
      let subscriptions = 1;
      channel.bind("pusher:subscription_succeeded", () => subscriptions++);
      await expect(publish(userChannel(customer.id), REALTIME_EVENTS.receipt, { n: 1 }, { client: ownServer })).resolves.toBe(true);

      const resubscribed = new Promise<void>((resolve) => channel.bind("pusher:subscription_succeeded", () => resolve()));
      await own.stop();
      await expect(publish(userChannel(customer.id), REALTIME_EVENTS.receipt, { n: 2 }, { client: ownServer })).resolves.toBe(false);

      // Same port: the app's publisher and the browser's pusher-js reconnect by themselves.
      const again = await startSoketi({ port: own.port });
      try {
        await expect(publish(userChannel(customer.id), REALTIME_EVENTS.receipt, { n: 3 }, { client: ownServer })).resolves.toBe(true);
        await resubscribed;
        expect(subscriptions).toBe(2);
        const received = collect(channel, REALTIME_EVENTS.receipt);
        await expect(publish(userChannel(customer.id), REALTIME_EVENTS.receipt, { n: 4 }, { client: ownServer })).resolves.toBe(true);
        expect(await received.next()).toEqual({ n: 4 });
      } finally {
        await again.stop();
      }
    } finally {
      await own.stop();
    }
  });
});

describe("channel authorisation", () => {
  it("lets people subscribe to their own channel only", async () => {
    const [me, someoneElse] = await Promise.all([createCustomer(), createCustomer()]);
    await expect(subscribe(browser(soketi, me), userChannel(me.id))).resolves.toBeDefined();
    expect(await refusal(browser(soketi, me), userChannel(someoneElse.id))).toMatchObject({ error: "forbidden" });
    expect(await refusal(browser(soketi, null), userChannel(me.id))).toMatchObject({ error: "signed_out" });
  });

  it("refuses channels outside Pitstop's families and malformed requests", async () => {
    const me = await createCustomer();
    const ask = (socketId: string, channel: string) => authorizeChannel(testDb, me, socketId, channel, rules);
    expect(await ask("123.456", `private-encrypted-user-${me.id}`)).toEqual({ status: 403, body: { error: "invalid_channel" } });
    expect(await ask("123.456", `private-user-${me.id.toUpperCase()}`)).toEqual({ status: 403, body: { error: "invalid_channel" } });
    expect(await ask("123.456", "private-user-42")).toEqual({ status: 403, body: { error: "invalid_channel" } });
    expect(await ask("123.456", "news")).toEqual({ status: 403, body: { error: "invalid_channel" } });
    expect(await ask("123", userChannel(me.id))).toEqual({ status: 403, body: { error: "invalid_socket" } });
    expect(await ask("1.2:private-user-x", userChannel(me.id))).toEqual({ status: 403, body: { error: "invalid_socket" } });
    const ok = await ask("123.456", userChannel(me.id));
    expect(ok.status).toBe(200);
  });

  it("lets the conversation's participants in, as the injected rule decides", async () => {
    const [customer, stranger] = await Promise.all([createCustomer(), createCustomer()]);
    const { owner } = await workshopWithOwner();
    const id = conversationOf(customer, owner);
    await expect(subscribe(browser(soketi, customer), conversationChannel(id))).resolves.toBeDefined();
    await expect(subscribe(browser(soketi, owner), conversationChannel(id))).resolves.toBeDefined();
    expect(await refusal(browser(soketi, stranger), conversationChannel(id))).toMatchObject({ error: "forbidden" });
  });

  it("shows workshop staff to each other on the presence channel, and keeps everyone else out", async () => {
    const { workshop, owner } = await workshopWithOwner();
    const mechanic = await createProviderUser({ name: "Mechanik Marek" });
    await addMember(workshop.id, mechanic.id);
    const { owner: otherOwner } = await workshopWithOwner();
    const [customer, admin, loneProvider] = await Promise.all([createCustomer(), createAdmin(), createProviderUser()]);
    const name = workshopPresenceChannel(workshop.id);

    const ownerChannel = await subscribe<PresenceChannel>(browser(soketi, owner), name);
    expect(ownerChannel.members.me).toEqual({ id: owner.id, info: { name: owner.name, role: "owner" } });
    const joined = collect(ownerChannel, "pusher:member_added");
    const mechanicChannel = await subscribe<PresenceChannel>(browser(soketi, mechanic), name);
    expect(mechanicChannel.members.get(owner.id)).toEqual({ id: owner.id, info: { name: owner.name, role: "owner" } });
    expect(await joined.next()).toEqual({ id: mechanic.id, info: { name: "Mechanik Marek", role: "mechanic" } });

    for (const outsider of [otherOwner, customer, admin, loneProvider]) {
      expect(await refusal(browser(soketi, outsider), name)).toMatchObject({ error: "forbidden" });
    }
  });

  it("is enforced by the realtime server: a signature for another socket or channel is refused", async () => {
    const me = await createCustomer();
    const other = await createCustomer();
    // A forged answer: a genuine signature, but for a channel the caller may read, replayed for another.
    const forged = browser(soketi, me, async (db, user, socketId, _channel, r) =>
      authorizeChannel(db, user, socketId, userChannel(me.id), r),
    );
    expect(await refusal(forged, userChannel(other.id))).toMatchObject({ type: "AuthError", status: 401 });
    const wrongSocket = browser(soketi, me, async (db, user, _socketId, channel, r) => authorizeChannel(db, user, "1.1", channel, r));
    expect(await refusal(wrongSocket, userChannel(me.id))).toMatchObject({ type: "AuthError", status: 401 });
  });

  it("refuses a presence member over Pusher's 1 KB (soketi runs with Pusher's limits)", async () => {
    const { workshop, owner } = await workshopWithOwner();
    const oversized = browser(soketi, owner, async (_db, _user, socketId, channel) => ({
      status: 200 as const,
      body: authorizeChannelSignature(socketId, channel, { user_id: owner.id, user_info: { name: "x".repeat(1_100) } }),
    }));
    expect(await refusal(oversized, workshopPresenceChannel(workshop.id))).toMatchObject({ type: "LimitReached" });
  });
});

describe("user authentication", () => {
  const signedInAs = (user: SessionUser, socketFor?: string) => ({
    userAuthentication: {
      customHandler: (
        { socketId }: { socketId: string },
        callback: (error: Error | null, data: { auth: string; user_data: string }) => void,
      ) => callback(null, authenticateUser(socketFor ?? socketId, { id: user.id, user_info: { name: user.name, role: user.role } })),
    },
  });

  it("signs a connection in as its user (pusher.signin)", async () => {
    const me = await createCustomer();
    const client = browser(soketi, me, authorizeChannel, signedInAs(me));
    client.signin();
    await client.user.signinDonePromise;
    expect(client.user.user_data).toEqual({ id: me.id, user_info: { name: me.name, role: "customer" } });
  });

  it("is refused by the realtime server when the signature is for another socket", async () => {
    const me = await createCustomer();
    const client = browser(soketi, me, authorizeChannel, signedInAs(me, "1.1"));
    const errors = connectionErrors(client);
    client.signin();
    expect(await errors.next()).toMatchObject({ type: "PusherError", data: { code: 4009 } });
  });
});

describe("client events", () => {
  async function pair() {
    const [customer, { owner }] = await Promise.all([createCustomer(), workshopWithOwner()]);
    const id = conversationOf(customer, owner);
    const sender = browser(soketi, customer);
    const [mine, theirs] = await Promise.all([
      subscribe(sender, conversationChannel(id)),
      subscribe(browser(soketi, owner), conversationChannel(id)),
    ]);
    return { sender, mine, theirs };
  }

  it("go from one participant to the other, not back to the sender", async () => {
    const { mine, theirs } = await pair();
    const echoed = collect(mine, REALTIME_EVENTS.typing);
    const received = collect(theirs, REALTIME_EVENTS.typing);
    expect(mine.trigger(REALTIME_EVENTS.typing, { typing: true })).toBe(true);
    expect(await received.next()).toEqual({ typing: true });
    expect(mine.trigger(REALTIME_EVENTS.typing, { typing: false })).toBe(true);
    expect(await received.next()).toEqual({ typing: false });
    expect(echoed.seen).toEqual([]);
  });

  it("over 10 KB are refused to the sender and never reach the other side", async () => {
    const { sender, mine, theirs } = await pair();
    const errors = connectionErrors(sender);
    const received = collect(theirs, REALTIME_EVENTS.typing);
    mine.trigger(REALTIME_EVENTS.typing, { note: "x".repeat(10_300) });
    expect(await errors.next()).toMatchObject({ type: "PusherError", data: { code: 4301, message: expect.stringContaining("10 KB") } });
    mine.trigger(REALTIME_EVENTS.typing, { typing: true });
    expect(await received.next()).toEqual({ typing: true });
    expect(received.seen).toEqual([{ typing: true }]);
  });

  it("are limited to Pusher's 10 per second per connection", async () => {
    const { sender, mine } = await pair();
    const errors = connectionErrors(sender);
    for (let i = 0; i < 15; i++) mine.trigger(REALTIME_EVENTS.typing, { i });
    expect(await errors.next()).toMatchObject({ data: { code: 4301, message: expect.stringContaining("rate limit") } });
  });
});

describe("webhooks", () => {
  const sign = (body: string, secret = soketi.secret) => createHmac("sha256", secret).update(body).digest("hex");
  const body = (events: unknown[]) => JSON.stringify({ time_ms: 1_700_000_000_000, events });

  it("accepts a body signed with the app secret and returns its events and time", () => {
    const rawBody = body([
      { name: "channel_occupied", channel: "private-user-x" },
      { name: "member_added", channel: "presence-workshop-y", user_id: "u1" },
      { name: "subscription_count", channel: "private-user-x", subscription_count: 2 },
    ]);
    const headers = new Headers({ "X-Pusher-Key": soketi.key, "X-Pusher-Signature": sign(rawBody), "Content-Type": "application/json" });
    expect(verifyWebhookPayload({ headers, rawBody })).toEqual({
      timeMs: 1_700_000_000_000,
      events: [
        { name: "channel_occupied", channel: "private-user-x" },
        { name: "member_added", channel: "presence-workshop-y", user_id: "u1" },
      ],
    });
  });

  it("rejects a tampered body, another secret, another key and a missing signature", () => {
    const rawBody = body([{ name: "channel_vacated", channel: "private-user-x" }]);
    const headers = { "x-pusher-key": soketi.key, "x-pusher-signature": sign(rawBody), "content-type": "application/json" };
    expect(verifyWebhook({ headers, rawBody })).toHaveLength(1);
    expect(verifyWebhook({ headers, rawBody: rawBody.replace("vacated", "occupied") })).toBeNull();
    expect(verifyWebhook({ headers: { ...headers, "x-pusher-signature": sign(rawBody, "not-the-secret") }, rawBody })).toBeNull();
    expect(verifyWebhook({ headers: { ...headers, "x-pusher-key": "other-key" }, rawBody })).toBeNull();
    expect(verifyWebhook({ headers: { ...headers, "x-pusher-signature": undefined }, rawBody })).toBeNull();
    expect(verifyWebhook({ headers, rawBody: "not json" })).toBeNull();
  });

  it("are sent by soketi, signed, when a channel is occupied and vacated and members come and go", async () => {
    const { workshop, owner } = await workshopWithOwner();
    const name = workshopPresenceChannel(workshop.id);
    const client = browser(soketi, owner);
    await subscribe(client, name);
    expect(await webhookEvent((e) => e.name === "channel_occupied" && e.channel === name)).toBeDefined();
    expect(await webhookEvent((e) => e.name === "member_added" && e.channel === name)).toMatchObject({ user_id: owner.id });

    client.unsubscribe(name);
    expect(await webhookEvent((e) => e.name === "member_removed" && e.channel === name)).toMatchObject({ user_id: owner.id });
    expect(await webhookEvent((e) => e.name === "channel_vacated" && e.channel === name)).toBeDefined();
  });
});
