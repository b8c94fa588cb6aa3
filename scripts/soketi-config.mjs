// The local soketi's configuration, derived from Pitstop's own PUSHER_* settings so the app, the
// browser and the realtime server always agree. Pure (environment in, options out): the realtime
// server (scripts/soketi-server.mjs), the tests and the benchmark all build their soketi from here.

/**
 * Pusher Channels' own limits, applied to the local soketi so development and tests reject what
 * production would. Sources: Pusher support "What is the message size limit" (10 KB of event data),
 * "Invalid channel name" (164 characters, prefix included), Pusher docs "Presence channels" (100
 * members, 1 KB user object), "Client events" (10 per second per connection), HTTP API reference
 * (100 channels and 200-character event names per trigger, 10 events per batch).
 */
export const PUSHER_LIMITS = Object.freeze({
  maxEventPayloadKb: 10,
  maxPresenceMembers: 100,
  maxPresenceMemberKb: 1,
  maxClientEventsPerSecond: 10,
  maxChannelNameLength: 164,
  maxEventNameLength: 200,
  maxChannelsPerTrigger: 100,
  maxBatchSize: 10,
});

/** The webhook event types Pitstop handles (`/api/pusher/webhook`). */
export const WEBHOOK_EVENT_TYPES = Object.freeze(["channel_occupied", "channel_vacated", "member_added", "member_removed"]);

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]", "0.0.0.0"]);

/** Treats "" like unset, as src/env.ts does (`emptyStringAsUndefined`). */
const read = (env, name) => (env[name] === undefined || env[name] === "" ? undefined : env[name]);

/**
 * Whether this machine should run its own soketi: not when PUSHER_CLUSTER is set (hosted Pusher
 * Channels) nor when PUSHER_HOST names another machine (a shared soketi, Pusher behind a proxy).
 * @param {Record<string, string | undefined>} env usually `process.env`
 * @returns {{ local: true } | { local: false; reason: string }}
 */
export function localRealtime(env) {
  const cluster = read(env, "PUSHER_CLUSTER");
  if (cluster) return { local: false, reason: `PUSHER_CLUSTER=${cluster}: using hosted Pusher Channels` };
  const host = read(env, "PUSHER_HOST");
  if (host && !LOCAL_HOSTS.has(host.toLowerCase()) && !host.startsWith("127.")) {
    return { local: false, reason: `PUSHER_HOST=${host}: using the realtime server there` };
  }
  return { local: true };
}

/**
 * Where soketi POSTs webhooks: `${APP_URL}/api/pusher/webhook`, else the local Next.js on PORT
 * (default 3000). Returns an absolute URL string.
 * @param {Record<string, string | undefined>} env
 */
export function webhookUrl(env) {
  const base = read(env, "APP_URL") ?? `http://127.0.0.1:${read(env, "PORT") ?? "3000"}`;
  return `${base.replace(/\/+$/, "")}/api/pusher/webhook`;
}

/**
 * soketi's `webhooks` entry for one URL and Pitstop's event types. soketi sends one POST per event
 * unless `webhooks.batching.enabled`; Pusher Channels may batch several events in one POST, so the
 * receiving route must handle `events` arrays either way.
 * @param {string} url
 * @returns {{ url: string; event_types: string[] }[]}
 */
export function soketiWebhooks(url) {
  return [{ url, event_types: [...WEBHOOK_EVENT_TYPES] }];
}

/**
 * soketi `Server` options (dot paths, as soketi's `setOptions` takes them) for Pitstop's single
 * app, from the PUSHER_* variables (defaults as in src/env.ts).
 *
 * - Listens on 0.0.0.0:PUSHER_PORT so a phone on the LAN reaches it at the page's host, like
 *   `next dev` (which also listens on every interface). The HTTP API still needs the app secret.
 * - Client events on (typing indicators), with Pusher's 10 per second per connection.
 * - User authentication (`pusher.signin()`) is accepted but, as on Pusher Channels by default, not
 *   required: soketi would otherwise close unsigned connections after 30 s.
 * - Metrics off; the always-on usage endpoint goes to an ephemeral loopback port so several soketi
 *   (dev, tests, benchmark) never collide on 9601; discovery hellos stay on loopback instead of
 *   broadcasting to the LAN every 500 ms (only the cluster adapter uses them).
 *
 * @param {Record<string, string | undefined>} env usually `process.env`
 * @param {{ webhookUrl?: string | null }} [overrides] `webhookUrl: null` turns webhooks off
 * @returns {Record<string, unknown>}
 */
export function soketiOptions(env, overrides = {}) {
  const hook = overrides.webhookUrl === undefined ? webhookUrl(env) : overrides.webhookUrl;
  const app = "appManager.array.apps.0";
  return {
    host: "0.0.0.0",
    port: Number(read(env, "PUSHER_PORT") ?? 6001),
    [`${app}.id`]: read(env, "PUSHER_APP_ID") ?? "pitstop",
    [`${app}.key`]: read(env, "PUSHER_KEY") ?? "pitstop-key",
    [`${app}.secret`]: read(env, "PUSHER_SECRET") ?? "pitstop-secret",
    [`${app}.enableClientMessages`]: true,
    [`${app}.maxClientEventsPerSecond`]: PUSHER_LIMITS.maxClientEventsPerSecond,
    [`${app}.enableUserAuthentication`]: true,
    [`${app}.webhooks`]: hook ? soketiWebhooks(hook) : [],
    // A day rather than soketi's 30 s: signin is optional on Pusher Channels unless enforced.
    userAuthenticationTimeout: 86_400_000,
    "eventLimits.maxPayloadInKb": PUSHER_LIMITS.maxEventPayloadKb,
    "eventLimits.maxChannelsAtOnce": PUSHER_LIMITS.maxChannelsPerTrigger,
    "eventLimits.maxNameLength": PUSHER_LIMITS.maxEventNameLength,
    "eventLimits.maxBatchSize": PUSHER_LIMITS.maxBatchSize,
    "presence.maxMembersPerChannel": PUSHER_LIMITS.maxPresenceMembers,
    "presence.maxMemberSizeInKb": PUSHER_LIMITS.maxPresenceMemberKb,
    "channelLimits.maxNameLength": PUSHER_LIMITS.maxChannelNameLength,
    "metrics.enabled": false,
    "metrics.host": "127.0.0.1",
    "metrics.port": 0,
    "cluster.address": "127.0.0.1",
    "cluster.unicast": "127.0.0.1",
    // Milliseconds soketi waits after closing sockets before it stops listening: none needed locally.
    shutdownGracePeriod: 0,
    debug: false,
  };
}
