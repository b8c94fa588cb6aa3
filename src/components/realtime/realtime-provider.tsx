"use client";

import type Pusher from "pusher-js";
import type { Options } from "pusher-js";
import { createContext, useEffect, useState } from "react";
import type { PublicRealtimeConfig } from "@/server/realtime/config";

/** One pusher-js connection for the tab, plus what the hooks share on top of it. */
export type Realtime = {
  pusher: Pusher;
  /**
   * Sends a client event (`client-…`, browser to browser through the realtime server) on a channel
   * this tab is subscribed to, at most once per 2 s per channel: within the window only the latest
   * data is kept and goes out when the window ends, so a final "stopped typing" is never lost.
   * Client events are untrusted UI sugar (Pusher relays them unchecked, 10 per second at most).
   * @returns false when the channel is not subscribed (yet), else true (sent or queued)
   */
  trigger: (channel: string, event: `client-${string}`, data: unknown) => boolean;
  /** Subscribes with a count per channel, so two components can share one subscription. */
  acquire: (channel: string) => ReturnType<Pusher["subscribe"]>;
  /** Releases one `acquire`; unsubscribes when nobody holds the channel anymore. */
  release: (channel: string) => void;
};

export const RealtimeContext = createContext<Realtime | null>(null);

/** Milliseconds between two client events on one channel. */
export const CLIENT_EVENT_INTERVAL_MS = 2_000;

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[?::1\]?|0\.0\.0\.0)$/i;

/**
 * pusher-js options for `config` as seen from a page on `pageHostname`. A loopback host means the
 * realtime server runs on the machine serving the page (soketi next to `npm run dev`): use the
 * page's own host, so a phone opening http://192.168.1.20:3000 connects to 192.168.1.20:6001.
 * Hosted Pusher (no host) connects through its cluster. Only WebSockets: Pusher's HTTP fallbacks
 * (sockjs, XHR polling) are not served by soketi and every supported browser has WebSockets.
 */
export function realtimeClientOptions(config: PublicRealtimeConfig, pageHostname: string): Options {
  const shared: Options = {
    cluster: config.cluster ?? "",
    forceTLS: config.tls,
    enabledTransports: ["ws", "wss"],
    channelAuthorization: { endpoint: "/api/pusher/auth", transport: "ajax" },
    userAuthentication: { endpoint: "/api/pusher/user-auth", transport: "ajax" },
  };
  if (!config.host) return shared;
  const wsHost = LOOPBACK.test(config.host) ? pageHostname : config.host;
  return { ...shared, wsHost, ...(config.port ? { wsPort: config.port, wssPort: config.port } : {}) };
}

/**
 * A per-channel throttle for client events: the first event goes out at once, later ones within
 * `intervalMs` collapse into the latest, sent when the interval ends. `send` returns whether it went.
 */
export function createClientEventThrottle(
  send: (channel: string, event: string, data: unknown) => boolean,
  intervalMs = CLIENT_EVENT_INTERVAL_MS,
  now: () => number = () => Date.now(),
) {
  const last = new Map<string, number>();
  const pending = new Map<string, { event: string; data: unknown; timer: ReturnType<typeof setTimeout> }>();
  const flush = (channel: string) => {
    const queued = pending.get(channel);
    pending.delete(channel);
    if (queued && send(channel, queued.event, queued.data)) last.set(channel, now());
  };
  return {
    trigger(channel: string, event: string, data: unknown): boolean {
      const wait = (last.get(channel) ?? -Infinity) + intervalMs - now();
      if (wait <= 0 && !pending.has(channel)) {
        const sent = send(channel, event, data);
        if (sent) last.set(channel, now());
        return sent;
      }
      const queued = pending.get(channel);
      if (queued) Object.assign(queued, { event, data });
      else pending.set(channel, { event, data, timer: setTimeout(() => flush(channel), Math.max(0, wait)) });
      return true;
    },
    dispose() {
      for (const { timer } of pending.values()) clearTimeout(timer);
      pending.clear();
    },
  };
}

function createRealtime(pusher: Pusher): Realtime & { dispose: () => void } {
  const holders = new Map<string, number>();
  const throttle = createClientEventThrottle((name, event, data) => {
    const channel = pusher.channel(name) as ReturnType<Pusher["channel"]> | undefined;
    return channel?.subscribed ? channel.trigger(event, data) : false;
  });
  return {
    pusher,
    trigger: (name, event, data) => {
      const channel = pusher.channel(name) as ReturnType<Pusher["channel"]> | undefined;
      return channel?.subscribed ? throttle.trigger(name, event, data) : false;
    },
    acquire: (name) => {
      holders.set(name, (holders.get(name) ?? 0) + 1);
      return pusher.subscribe(name);
    },
    release: (name) => {
      const left = (holders.get(name) ?? 1) - 1;
      if (left > 0) return void holders.set(name, left);
      holders.delete(name);
      pusher.unsubscribe(name);
    },
    dispose: () => throttle.dispose(),
  };
}

/**
 * Holds the tab's single realtime connection. `config` comes from the root layout at request time
 * (`publicRealtimeConfig()`), so one build works against soketi or Pusher Channels. Connects only
 * while `enabled` (signed in: every useful channel is private); pusher-js is loaded on first use,
 * so signed-out visitors never download it. Signs the connection in (`/api/pusher/user-auth`) so the
 * realtime server knows whose it is.
 */
export function RealtimeProvider({
  config,
  enabled,
  children,
}: {
  config: PublicRealtimeConfig;
  enabled: boolean;
  children: React.ReactNode;
}) {
  const [realtime, setRealtime] = useState<Realtime | null>(null);
  const { key, host, port, tls, cluster } = config;

  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    let created: ReturnType<typeof createRealtime> | null = null;
    void import("pusher-js").then(({ default: PusherClient }) => {
      if (cancelled) return;
      const pusher = new PusherClient(key, realtimeClientOptions({ key, host, port, tls, cluster }, window.location.hostname));
      pusher.signin();
      created = createRealtime(pusher);
      setRealtime(created);
    });
    return () => {
      cancelled = true;
      if (!created) return;
      created.dispose();
      created.pusher.disconnect();
      setRealtime(null);
    };
  }, [enabled, key, host, port, tls, cluster]);

  return <RealtimeContext value={realtime}>{children}</RealtimeContext>;
}
