import "server-only";
import http from "node:http";
import https from "node:https";
import Pusher from "pusher";
import { z } from "zod";
import { pusherOptions, type RealtimeEnv } from "./config";

export { publicRealtimeConfig, pusherOptions, type PublicRealtimeConfig, type RealtimeEnv } from "./config";

/** Pusher Channels' limit on one event's data (JSON), in bytes: 10 KB. */
export const MAX_EVENT_BYTES = 10 * 1024;
/** Pusher Channels' limit on channels per trigger. */
export const MAX_CHANNELS_PER_TRIGGER = 100;
/** A Pusher socket id, e.g. "1234.5678" (pusher-js sends it with every auth request). */
export const SOCKET_ID = /^\d{1,20}\.\d{1,20}$/;

/**
 * A `pusher` SDK client with keep-alive connections: to hosted Pusher a fresh TLS handshake per
 * publish would cost more than the publish. Idle sockets are dropped after 5 s, before soketi's
 * 10 s idle timeout, so a publish never races the server closing its socket.
 */
export function createPusher(e?: RealtimeEnv): Pusher {
  const options = pusherOptions(e);
  // At most 64 sockets: a burst of publishes queues on warm connections instead of opening hundreds.
  const agent = new (options.useTLS ? https : http).Agent({ keepAlive: true, timeout: 5_000, maxSockets: 64 });
  return new Pusher({ ...options, agent });
}

// One client per process, shared by every module instance Next creates (route handlers, RSC, jobs).
const globalForPusher = globalThis as unknown as { __pitstopPusher?: Pusher };
export const pusher = (globalForPusher.__pitstopPusher ??= createPusher());

/**
 * Sends `event` with `data` to every subscriber of `channels`, for data that is already stored.
 * Never throws: on a realtime outage, a timeout (2 s), a refusal or invalid names it logs one line
 * and resolves false, so the request that stored the data still succeeds (clients catch up when
 * they resubscribe). Data is JSON-encoded once; over 10 KB it is refused before sending (logged as
 * an error: that is a bug to fix, not an outage). Lists longer than 100 channels go out in chunks.
 *
 * @param channels channel name(s), see src/lib/realtime/channels.ts
 * @param event event name, see REALTIME_EVENTS
 * @param data any JSON-serialisable value (the browser receives it parsed)
 * @param options.excludeSocketId a socket that should not receive it (the sender's own tab); ignored when malformed
 * @param options.client another `pusher` client than the process-wide one (tests, the benchmark)
 * @returns true when every chunk was accepted by the realtime server
 */
export async function publish(
  channels: string | string[],
  event: string,
  data: unknown,
  options: { excludeSocketId?: string | null; client?: Pusher } = {},
): Promise<boolean> {
  const list = Array.isArray(channels) ? channels : [channels];
  if (!list.length) return true;
  let json: string | undefined;
  try {
    json = JSON.stringify(data);
  } catch (error) {
    console.error(`realtime: ${event} not published: data is not JSON (${(error as Error).message})`);
    return false;
  }
  json ??= "null";
  const bytes = Buffer.byteLength(json);
  if (bytes > MAX_EVENT_BYTES) {
    console.error(`realtime: ${event} not published: ${bytes} bytes of data, over Pusher's ${MAX_EVENT_BYTES}-byte limit`);
    return false;
  }
  const client = options.client ?? pusher;
  const params = options.excludeSocketId && SOCKET_ID.test(options.excludeSocketId) ? { socket_id: options.excludeSocketId } : undefined;
  const chunks: string[][] = [];
  for (let i = 0; i < list.length; i += MAX_CHANNELS_PER_TRIGGER) chunks.push(list.slice(i, i + MAX_CHANNELS_PER_TRIGGER));
  // A string is sent as the event's data verbatim: the SDK would otherwise encode it a second time.
  const results = await Promise.allSettled(chunks.map(async (chunk) => client.trigger(chunk, event, json, params)));
  const failed = results.find((result) => result.status === "rejected");
  if (!failed) return true;
  const where = list.length === 1 ? list[0] : `${list.length} channels`;
  console.warn(`realtime: ${event} to ${where} not delivered: ${describeFailure(failed.reason)}`);
  return false;
}

/** One event of a batch: where it goes, its name, its data (JSON-serialisable). */
export type PublishEvent = { channel: string; event: string; data: unknown };

/** Pusher's largest batch (HTTP API `POST /batch_events`). */
export const MAX_BATCH_EVENTS = 10;

/**
 * Several events in one HTTP request (Pusher's batch API): what belongs to one change (a message and
 * the badges it moves) goes out together and costs one round trip. Same guarantees as `publish`:
 * never throws, every event over 10 KB is refused before sending, failures are logged once.
 * @returns true when every batch was accepted by the realtime server
 */
export async function publishBatch(events: PublishEvent[], options: { client?: Pusher } = {}): Promise<boolean> {
  if (!events.length) return true;
  const batch: Pusher.BatchEvent[] = [];
  for (const e of events) {
    let json: string | undefined;
    try {
      json = JSON.stringify(e.data) ?? "null";
    } catch (error) {
      console.error(`realtime: ${e.event} not published: data is not JSON (${(error as Error).message})`);
      return false;
    }
    const bytes = Buffer.byteLength(json);
    if (bytes > MAX_EVENT_BYTES) {
      console.error(`realtime: ${e.event} not published: ${bytes} bytes of data, over Pusher's ${MAX_EVENT_BYTES}-byte limit`);
      return false;
    }
    batch.push({ channel: e.channel, name: e.event, data: json });
  }
  const client = options.client ?? pusher;
  const chunks: Pusher.BatchEvent[][] = [];
  for (let i = 0; i < batch.length; i += MAX_BATCH_EVENTS) chunks.push(batch.slice(i, i + MAX_BATCH_EVENTS));
  const results = await Promise.allSettled(chunks.map((chunk) => client.triggerBatch(chunk)));
  const failed = results.find((result) => result.status === "rejected");
  if (!failed) return true;
  console.warn(`realtime: ${batch.length} events (${batch[0]!.name}…) not delivered: ${describeFailure(failed.reason)}`);
  return false;
}

/** "HTTP 413 …", "ECONNREFUSED", "timed out" — what an operator needs from a failed request. */
function describeFailure(reason: unknown): string {
  if (reason instanceof Pusher.RequestError) {
    if (reason.status) return `HTTP ${reason.status} ${reason.body?.slice(0, 200) ?? ""}`.trim();
    const cause = reason.error as (Error & { code?: string; type?: string }) | undefined;
    if (cause?.name === "AbortError" || cause?.type === "aborted") return "timed out";
    return cause?.code ?? cause?.message ?? reason.message;
  }
  return reason instanceof Error ? reason.message : String(reason);
}

/** Presence member data: `user_id` plus what other members see (keep it under 1 KB). */
export type PresenceData = { user_id: string; user_info?: Record<string, unknown> };

/**
 * The Pusher signature that lets socket `socketId` subscribe to `channel` (private or presence;
 * presence channels need `presenceData`). Decide whether the caller may first: see authorize.ts.
 *
 * @returns `{ auth, channel_data? }`, the body pusher-js expects from the auth endpoint
 * @throws Error on a malformed socket id or channel name (the SDK's checks)
 */
export function authorizeChannelSignature(socketId: string, channel: string, presenceData?: PresenceData): Pusher.ChannelAuthResponse {
  return pusher.authorizeChannel(socketId, channel, presenceData);
}

/**
 * The Pusher user-authentication ("signin") signature for socket `socketId` as user `id`.
 *
 * @returns `{ auth, user_data }`, the body pusher-js expects from the user-auth endpoint
 * @throws Error on a malformed socket id or an empty user id (the SDK's checks)
 */
export function authenticateUser(socketId: string, user: { id: string; user_info?: Record<string, unknown> }): Pusher.UserAuthResponse {
  return pusher.authenticateUser(socketId, user);
}

const webhookEvent = z.discriminatedUnion("name", [
  z.object({ name: z.enum(["channel_occupied", "channel_vacated", "cache_miss"]), channel: z.string() }),
  z.object({ name: z.enum(["member_added", "member_removed"]), channel: z.string(), user_id: z.string() }),
  z.object({
    name: z.literal("client_event"),
    channel: z.string(),
    event: z.string(),
    data: z.string(),
    socket_id: z.string().optional(),
    user_id: z.string().optional(),
  }),
]);

/** One event of a Pusher webhook (Pusher and soketi may batch several in one request). */
export type WebhookEvent = z.infer<typeof webhookEvent>;

const webhookPayload = z.object({ time_ms: z.number(), events: z.array(z.unknown()) });

/** A webhook request as a route handler has it. */
export type WebhookRequest = {
  /** The request's headers (a `Headers` or a plain object, any case). */
  headers: Headers | Record<string, string | string[] | undefined>;
  /** The body exactly as received (`await req.text()`): the signature covers these bytes. */
  rawBody: string;
};

/**
 * Checks a webhook's `X-Pusher-Key` and `X-Pusher-Signature` (HMAC-SHA256 of the raw body with the
 * app secret) and returns its events, or null when it is not from our Pusher app (missing or wrong
 * signature, other key, not JSON). Events of types Pitstop does not know are left out. Pusher may
 * batch several events in one request (soketi sends one per request).
 */
export function verifyWebhook(request: WebhookRequest, client: Pusher = pusher): WebhookEvent[] | null {
  return verifyWebhookPayload(request, client)?.events ?? null;
}

/**
 * Like `verifyWebhook`, with the webhook's own creation time `timeMs` (Unix ms, the `time_ms` Pusher
 * signs with the events): webhooks can arrive late or out of order, and state derived from them
 * (presence) must not let an older one undo a newer one.
 */
export function verifyWebhookPayload(request: WebhookRequest, client: Pusher = pusher): { timeMs: number; events: WebhookEvent[] } | null {
  const headers = lowerCaseHeaders(request.headers);
  if (!headers["x-pusher-key"] || !headers["x-pusher-signature"]) return null;
  // The SDK insists on exactly "application/json"; the signature, not the header, is what counts.
  if (headers["content-type"]?.startsWith("application/json")) headers["content-type"] = "application/json";
  try {
    const webhook = client.webhook({ headers, rawBody: request.rawBody });
    if (!webhook.isValid()) return null;
    const payload = webhookPayload.safeParse(webhook.getData());
    if (!payload.success) return null;
    const events = payload.data.events.flatMap((event) => {
      const parsed = webhookEvent.safeParse(event);
      return parsed.success ? [parsed.data] : [];
    });
    return { timeMs: payload.data.time_ms, events };
  } catch {
    return null;
  }
}

function lowerCaseHeaders(headers: Headers | Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  const entries = headers instanceof Headers ? headers.entries() : Object.entries(headers);
  for (const [name, value] of entries) {
    if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
  }
  return out;
}
