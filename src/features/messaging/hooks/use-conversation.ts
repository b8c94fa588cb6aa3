"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useChannel, useRealtime } from "@/components/realtime/use-channel";
import { conversationChannel, REALTIME_EVENTS } from "@/lib/realtime/channels";
import { useErrorMessage } from "@/hooks/use-error-message";
import { useTRPC, useTRPCClient, type RouterOutputs } from "@/trpc/react";
import { mergeMessages, mergePresence, mergeReceipts, lastSeqOf, newClientId, unconfirmed, type PendingMessage } from "../sync";
import type { MessageEvent, MessageView, PresenceEvent, PresenceView, ReceiptEvent, Receipts, Side, TypingEvent } from "../types";

export type ConversationView = RouterOutputs["messaging"]["byId"];
type Draft =
  | { type: "text"; body: string }
  | { type: "attachment"; attachmentId: string; body?: string; preview: string }
  | { type: "location"; location: { lat: number; lng: number; label?: string } };
type PendingEntry = PendingMessage & { draft: Draft };

/** How long "typing…" stays after the other side's last keystroke event (they send one at most every 2 s). */
const TYPING_TTL_MS = 5_000;

/**
 * Everything a chat screen needs, kept live: the messages (merged from the first page, older pages,
 * realtime events and the catch-up after every (re)subscription, so nothing is lost or doubled),
 * pending sends with retry, receipts, the other side's presence and typing, and read marking.
 */
export function useConversation(conversationId: string) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const realtime = useRealtime();
  const errorMessage = useErrorMessage();
  const viewQuery = useQuery(trpc.messaging.byId.queryOptions({ conversationId }));
  const firstPage = useQuery({ ...trpc.messaging.messages.queryOptions({ conversationId }), staleTime: Infinity });
  const view = viewQuery.data;
  const side: Side | undefined = view?.side;

  const [messages, setMessages] = useState<MessageView[]>(() => firstPage.data?.messages ?? []);
  const [hasOlder, setHasOlder] = useState(() => firstPage.data?.hasMore ?? false);
  const [pending, setPending] = useState<PendingEntry[]>([]);
  const [receipts, setReceipts] = useState<Receipts | null>(view?.receipts ?? null);
  const [presence, setPresence] = useState<PresenceView | null>(view?.presence ?? null);
  const [typing, setTyping] = useState<{ name: string | null; until: number } | null>(null);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const latest = useRef(messages);
  latest.current = messages;

  useEffect(() => {
    if (firstPage.data) {
      setMessages((m) => mergeMessages(m, firstPage.data.messages));
      setHasOlder((h) => h || firstPage.data.hasMore);
    }
  }, [firstPage.data]);
  useEffect(() => {
    if (!view) return;
    setReceipts((r) => (r ? mergeReceipts(r, view.receipts) : view.receipts));
    setPresence((p) => mergePresence(p, view.presence));
  }, [view]);

  const merge = useCallback((incoming: MessageView[]) => setMessages((m) => mergeMessages(m, incoming)), []);
  /** Drops a message from this screen (deleted for me: the server leaves it out from now on). */
  const forget = useCallback((messageId: string) => setMessages((m) => m.filter((x) => x.id !== messageId)), []);

  /** Fetches everything after the newest message we hold; loops while the server says there is more. */
  const catchingUp = useRef<Promise<void> | null>(null);
  const catchUp = useCallback(() => {
    catchingUp.current ??= (async () => {
      try {
        for (let round = 0; round < 20; round++) {
          const page = await client.messaging.messages.query({ conversationId, after: lastSeqOf(latest.current), limit: 100 });
          merge(page.messages);
          latest.current = mergeMessages(latest.current, page.messages);
          if (!page.hasMore) break;
        }
        void queryClient.invalidateQueries({ queryKey: trpc.messaging.byId.queryKey({ conversationId }) });
      } catch {
        // Offline or signed out: the next (re)subscription tries again.
      } finally {
        catchingUp.current = null;
      }
    })();
    return catchingUp.current;
  }, [client, conversationId, merge, queryClient, trpc]);

  const loadOlder = useCallback(async () => {
    const first = latest.current[0];
    if (!first || loadingOlder) return;
    setLoadingOlder(true);
    try {
      const page = await client.messaging.messages.query({ conversationId, before: first.seq });
      merge(page.messages);
      setHasOlder(page.hasMore);
    } finally {
      setLoadingOlder(false);
    }
  }, [client, conversationId, loadingOlder, merge]);

  const channel = conversationChannel(conversationId);
  useChannel(
    channel,
    {
      [REALTIME_EVENTS.message]: (data: unknown) => {
        const event = data as MessageEvent | { truncated: true };
        if ("message" in event) merge([event.message]);
        else void catchUp();
        setTyping(null);
      },
      [REALTIME_EVENTS.messageUpdated]: (data: unknown) => {
        const event = data as MessageEvent | { truncated: true };
        if ("message" in event) merge([event.message]);
        else void catchUp();
      },
      [REALTIME_EVENTS.receipt]: (data: unknown) => {
        const event = data as ReceiptEvent;
        setReceipts((r) => (r ? mergeReceipts(r, event.receipts) : event.receipts));
      },
      [REALTIME_EVENTS.presence]: (data: unknown) => {
        const event = data as PresenceEvent;
        if (side && event.side !== side) setPresence((p) => mergePresence(p, event.presence));
      },
      [REALTIME_EVENTS.typing]: (data: unknown) => {
        // A client event: untrusted, never stored; only ever shown as the other side typing.
        const event = data as Partial<TypingEvent>;
        if (!side || event.side === side || (event.side !== "customer" && event.side !== "workshop")) return;
        const name = typeof event.name === "string" ? event.name.slice(0, 60) : null;
        setTyping(event.typing === false ? null : { name, until: Date.now() + TYPING_TTL_MS });
      },
    },
    { onSubscribed: () => void catchUp() },
  );

  useEffect(() => {
    if (!typing) return;
    const timer = setTimeout(() => setTyping((t) => (t && t.until <= Date.now() ? null : t)), typing.until - Date.now() + 50);
    return () => clearTimeout(timer);
  }, [typing]);

  // Read marking: whatever is on screen while the tab is visible counts as read.
  const markRead = useMutation(trpc.messaging.markRead.mutationOptions());
  const marked = useRef(0);
  const lastSeq = lastSeqOf(messages);
  const mySideRead = side && receipts ? receipts[side].readSeq : 0;
  const markVisibleRead = useCallback(() => {
    if (!side || document.visibilityState !== "visible") return;
    const target = lastSeqOf(latest.current);
    if (target <= Math.max(marked.current, mySideRead)) return;
    marked.current = target;
    markRead.mutate(
      { conversationId, seq: target },
      { onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.messaging.unread.queryKey() }) },
    );
  }, [side, mySideRead, markRead, conversationId, queryClient, trpc]);
  useEffect(() => {
    markVisibleRead();
    const onVisible = () => markVisibleRead();
    document.addEventListener("visibilitychange", onVisible);
    window.addEventListener("focus", onVisible);
    return () => {
      document.removeEventListener("visibilitychange", onVisible);
      window.removeEventListener("focus", onVisible);
    };
  }, [lastSeq, markVisibleRead]);

  const sendMutation = useMutation(trpc.messaging.send.mutationOptions());
  const deliver = useCallback(
    async (entry: PendingEntry) => {
      const base = { conversationId, clientId: entry.clientId };
      const input =
        entry.draft.type === "text"
          ? { ...base, type: "text" as const, body: entry.draft.body }
          : entry.draft.type === "attachment"
            ? { ...base, type: "attachment" as const, attachmentId: entry.draft.attachmentId, body: entry.draft.body }
            : { ...base, type: "location" as const, location: entry.draft.location };
      try {
        const { message } = await sendMutation.mutateAsync(input);
        merge([message]);
        setPending((p) => p.filter((x) => x.clientId !== entry.clientId));
      } catch (error) {
        setPending((p) => p.map((x) => (x.clientId === entry.clientId ? { ...x, failed: errorMessage(error) } : x)));
      }
    },
    [conversationId, errorMessage, merge, sendMutation],
  );

  /** Sends with a fresh client id; the bubble shows at once (pending) and turns into the stored message. */
  const send = useCallback(
    (draft: Draft) => {
      const entry: PendingEntry = {
        clientId: newClientId(),
        body: draft.type === "text" ? draft.body : draft.type === "attachment" ? draft.preview : "",
        createdAt: new Date().toISOString(),
        draft,
      };
      setPending((p) => [...p, entry]);
      void deliver(entry);
    },
    [deliver],
  );
  /** Sends a failed message again with the SAME client id: if the first try did reach the server, nothing doubles. */
  const retry = useCallback(
    (clientId: string) => {
      const entry = pending.find((p) => p.clientId === clientId);
      if (!entry) return;
      setPending((p) => p.map((x) => (x.clientId === clientId ? { ...x, failed: undefined } : x)));
      void deliver({ ...entry, failed: undefined });
    },
    [deliver, pending],
  );
  const discard = useCallback((clientId: string) => setPending((p) => p.filter((x) => x.clientId !== clientId)), []);

  const visiblePending = useMemo(() => unconfirmed(pending, messages), [pending, messages]);

  /** Tells the other side "I'm typing" (the realtime layer throttles it to one event per 2 s). */
  const notifyTyping = useCallback(
    (isTyping: boolean) => {
      if (!side || !realtime) return;
      realtime.trigger(channel, REALTIME_EVENTS.typing, { side, name: null, typing: isTyping } satisfies TypingEvent);
    },
    [channel, realtime, side],
  );

  return {
    view,
    side,
    messages,
    pending: visiblePending,
    receipts,
    presence,
    typing: typing ? { name: typing.name } : null,
    hasOlder,
    loadingOlder,
    loadOlder,
    send,
    retry,
    discard,
    merge,
    forget,
    notifyTyping,
    markVisibleRead,
    loading: viewQuery.isPending || firstPage.isPending,
    error: viewQuery.error ?? firstPage.error,
  };
}

export type ConversationState = ReturnType<typeof useConversation>;
