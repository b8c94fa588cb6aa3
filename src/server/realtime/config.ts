import "server-only";
import type Pusher from "pusher";
import { env } from "@/env";

/** The PUSHER_* settings (src/env.ts) the realtime layer reads; tests pass their own. */
export type RealtimeEnv = Pick<
  typeof env,
  | "PUSHER_APP_ID"
  | "PUSHER_KEY"
  | "PUSHER_SECRET"
  | "PUSHER_CLUSTER"
  | "PUSHER_HOST"
  | "PUSHER_PORT"
  | "PUSHER_USE_TLS"
  | "PUSHER_PUBLIC_HOST"
  | "PUSHER_PUBLIC_PORT"
  | "PUSHER_PUBLIC_TLS"
>;

/**
 * Milliseconds a publish may take before it is given up: the caller has already stored the data,
 * and a realtime outage must cost a request at most this much.
 */
export const PUBLISH_TIMEOUT_MS = 2_000;

/** Hosted Pusher Channels when PUSHER_CLUSTER is set and PUSHER_HOST is not; else a Pusher-protocol server at PUSHER_HOST. */
const usesHostedPusher = (e: RealtimeEnv): e is RealtimeEnv & { PUSHER_CLUSTER: string } => !!e.PUSHER_CLUSTER && !e.PUSHER_HOST;

/**
 * Options for the `pusher` server SDK (publishing, signing).
 *
 * - Hosted Pusher Channels (PUSHER_CLUSTER, no PUSHER_HOST): `api-<cluster>.pusher.com`, always over
 *   TLS (Pusher serves TLS everywhere; PUSHER_USE_TLS defaults to false for the local soketi).
 * - Otherwise PUSHER_HOST (default 127.0.0.1, the soketi of `npm run dev`) on PUSHER_PORT (6001),
 *   TLS per PUSHER_USE_TLS.
 *
 * Requests time out after PUBLISH_TIMEOUT_MS. Throws nothing.
 */
export function pusherOptions(e: RealtimeEnv = env): Pusher.Options {
  const base = { appId: e.PUSHER_APP_ID, key: e.PUSHER_KEY, secret: e.PUSHER_SECRET, timeout: PUBLISH_TIMEOUT_MS };
  if (usesHostedPusher(e)) return { ...base, cluster: e.PUSHER_CLUSTER, useTLS: true };
  // The SDK's types say string; it only ever interpolates the port into the URL.
  return { ...base, host: e.PUSHER_HOST ?? "127.0.0.1", port: String(e.PUSHER_PORT), useTLS: e.PUSHER_USE_TLS };
}

/** What the browser needs to connect: public by design, never the secret. */
export type PublicRealtimeConfig = {
  /** The app key (Pusher: public). */
  key: string;
  /**
   * WebSocket host. Absent on hosted Pusher (the cluster decides). A loopback host (127.0.0.1,
   * localhost) means "this page's own host", so a phone on the LAN reaches the dev machine's soketi.
   */
  host?: string;
  /** WebSocket port (ws and wss alike). Absent on hosted Pusher. */
  port?: number;
  /** Connect with TLS (wss). Browsers on an https page use TLS regardless. */
  tls: boolean;
  /** Pusher Channels cluster, e.g. "eu"; pusher-js requires one even when `host` is set. */
  cluster?: string;
};

/**
 * The browser's realtime settings, read at request time by the root layout (not baked into the
 * build, so one build runs against soketi or Pusher by configuration only).
 *
 * PUSHER_PUBLIC_HOST / _PORT / _TLS default to the server's PUSHER_HOST / _PORT / _USE_TLS; on
 * hosted Pusher the host and port are left out unless PUSHER_PUBLIC_HOST is set, and TLS is on.
 */
export function publicRealtimeConfig(e: RealtimeEnv = env): PublicRealtimeConfig {
  const cluster = e.PUSHER_CLUSTER;
  if (usesHostedPusher(e) && !e.PUSHER_PUBLIC_HOST) return { key: e.PUSHER_KEY, cluster, tls: true };
  const hosted = usesHostedPusher(e);
  const port = e.PUSHER_PUBLIC_PORT ?? (hosted ? undefined : e.PUSHER_PORT);
  return {
    key: e.PUSHER_KEY,
    host: e.PUSHER_PUBLIC_HOST ?? e.PUSHER_HOST ?? "127.0.0.1",
    ...(port ? { port } : {}),
    tls: e.PUSHER_PUBLIC_TLS === undefined ? hosted || e.PUSHER_USE_TLS : e.PUSHER_PUBLIC_TLS === "true",
    ...(cluster ? { cluster } : {}),
  };
}
