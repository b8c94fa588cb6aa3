"use client";

import { useCallback, useContext, useEffect, useRef, useSyncExternalStore } from "react";
import { RealtimeContext, type Realtime } from "./realtime-provider";

export type { Realtime } from "./realtime-provider";

/** The tab's realtime connection (pusher-js instance and the throttled `trigger`), or null while signed out or loading. */
export function useRealtime(): Realtime | null {
  return useContext(RealtimeContext);
}

/** pusher-js connection states (Pusher docs, "Connection states"). */
export type ConnectionState = "initialized" | "connecting" | "connected" | "unavailable" | "failed" | "disconnected";

/**
 * The connection's state, live: "connecting" while (re)connecting, "unavailable" after about 10 s
 * without success (pusher-js keeps retrying), "failed" when the browser cannot do it at all.
 * "initialized" while there is no connection yet (signed out, or pusher-js still loading).
 */
export function useConnectionState(): ConnectionState {
  const realtime = useRealtime();
  const connection = realtime?.pusher.connection;
  const subscribe = useCallback(
    (onChange: () => void) => {
      connection?.bind("state_change", onChange);
      return () => void connection?.unbind("state_change", onChange);
    },
    [connection],
  );
  return useSyncExternalStore(
    subscribe,
    () => (connection?.state ?? "initialized") as ConnectionState,
    () => "initialized",
  );
}

export type ChannelHandlers = Record<string, (data: unknown) => void>;

export type ChannelOptions = {
  /**
   * Called on every successful (re)subscription, including after a reconnect and when the channel
   * was already subscribed by another component: the moment to fetch what was missed meanwhile.
   */
  onSubscribed?: () => void;
  /** Called when the server refuses the subscription (auth endpoint answered non-200, or a limit). */
  onError?: (error: unknown) => void;
};

/**
 * Subscribes to channel `name` (null: none) while the component is mounted and calls
 * `handlers[event](data)` for each event. The latest handlers are always the ones called (kept in
 * a ref), so inline functions neither resubscribe nor rebind; only a different `name` or a
 * different set of event names does. Several components may use the same channel.
 */
export function useChannel(name: string | null, handlers: ChannelHandlers, options: ChannelOptions = {}): void {
  const realtime = useRealtime();
  const latest = useRef({ handlers, options });
  useEffect(() => {
    latest.current = { handlers, options };
  });
  const events = Object.keys(handlers).sort().join("\n");

  useEffect(() => {
    if (!realtime || !name) return;
    const channel = realtime.acquire(name);
    const bound = events
      ? events.split("\n").map((event) => [event, (data: unknown) => latest.current.handlers[event]?.(data)] as const)
      : [];
    for (const [event, handler] of bound) channel.bind(event, handler);
    const onSubscribed = () => latest.current.options.onSubscribed?.();
    const onError = (error: unknown) => latest.current.options.onError?.(error);
    channel.bind("pusher:subscription_succeeded", onSubscribed);
    channel.bind("pusher:subscription_error", onError);
    if (channel.subscribed) onSubscribed();
    return () => {
      for (const [event, handler] of bound) channel.unbind(event, handler);
      channel.unbind("pusher:subscription_succeeded", onSubscribed);
      channel.unbind("pusher:subscription_error", onError);
      realtime.release(name);
    };
  }, [realtime, name, events]);
}
