"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { useChannel } from "@/components/realtime/use-channel";
import { REALTIME_EVENTS, userChannel, workshopPresenceChannel } from "@/lib/realtime/channels";
import { useTRPC } from "@/trpc/react";
import type { ConversationEvent } from "../types";

/** "(3) Pitstop": the unread count in front of the tab's title, kept there across navigations. */
function useTitleCount(count: number) {
  useEffect(() => {
    const apply = () => {
      const base = document.title.replace(/^\(\d+\+?\) /, "");
      const next = count > 0 ? `(${count > 99 ? "99+" : count}) ${base}` : base;
      if (document.title !== next) document.title = next;
    };
    apply();
    // Next sets the title on every navigation: put the count back after it does.
    const head = document.querySelector("head");
    const observer = new MutationObserver(apply);
    if (head) observer.observe(head, { childList: true, subtree: true, characterData: true });
    return () => {
      observer.disconnect();
      document.title = document.title.replace(/^\(\d+\+?\) /, "");
    };
  }, [count]);
}

/**
 * The signed-in page's live link to messaging: listens on the person's own channel (and, for staff
 * in a dashboard, the workshop's presence channel, which also marks them online), refreshes unread
 * badges and conversation lists when something changes, marks what arrived as delivered (the
 * sender's ✓ becomes ✓✓), and keeps the unread count in the tab title. Renders nothing.
 */
export function MessagingLive({ userId, side, workshopId }: { userId: string; side: "customer" | "workshop"; workshopId?: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const unread = useQuery({ ...trpc.messaging.unread.queryOptions(), refetchOnWindowFocus: true });
  const markDelivered = useMutation(trpc.messaging.markDelivered.mutationOptions());
  const markAll = useMutation(trpc.messaging.markAllDelivered.mutationOptions());
  const refreshTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const refresh = (conversationId?: string) => {
    // A burst of events (a customer typing fast) refreshes the lists once.
    clearTimeout(refreshTimer.current);
    refreshTimer.current = setTimeout(() => {
      void queryClient.invalidateQueries({ queryKey: trpc.messaging.unread.queryKey() });
      void queryClient.invalidateQueries({
        queryKey: side === "customer" ? trpc.messaging.mine.pathKey() : trpc.messaging.inbox.pathKey(),
      });
      if (conversationId) void queryClient.invalidateQueries({ queryKey: trpc.messaging.byId.queryKey({ conversationId }) });
    }, 150);
  };
  useEffect(() => () => clearTimeout(refreshTimer.current), []);

  const onConversation = (data: unknown) => {
    const event = data as ConversationEvent;
    if (side === "workshop" && workshopId && event.workshopId !== workshopId) return;
    const fromOtherSide = event.senderSide !== null && event.senderSide !== side && event.senderSide !== "system";
    if (fromOtherSide) markDelivered.mutate({ conversationId: event.conversationId, seq: event.lastSeq });
    refresh(event.conversationId);
  };
  const onSubscribed = () => {
    markAll.mutate(undefined, { onSuccess: ({ changed }) => (changed > 0 ? refresh() : undefined) });
    refresh();
  };

  useChannel(
    userChannel(userId),
    { [REALTIME_EVENTS.conversationUpdated]: side === "customer" ? onConversation : () => refresh() },
    { onSubscribed },
  );
  useChannel(
    workshopId ? workshopPresenceChannel(workshopId) : null,
    { [REALTIME_EVENTS.conversationUpdated]: onConversation },
    { onSubscribed },
  );

  const count = side === "workshop" && workshopId ? (unread.data?.byWorkshop[workshopId] ?? 0) : (unread.data?.total ?? 0);
  useTitleCount(count);
  return null;
}

/** The unread count as a small badge (navigation); nothing when zero. */
export function UnreadBadge({ workshopId }: { workshopId?: string }) {
  const t = useTranslations("messaging.list");
  const trpc = useTRPC();
  const unread = useQuery(trpc.messaging.unread.queryOptions());
  const count = workshopId ? (unread.data?.byWorkshop[workshopId] ?? 0) : (unread.data?.total ?? 0);
  if (!count) return null;
  return (
    <span
      className="ms-auto inline-flex h-5 min-w-5 items-center justify-center rounded-full bg-primary px-1.5 text-xs font-semibold text-primary-foreground tabular-nums"
      data-testid="unread-badge"
    >
      {count > 99 ? "99+" : count}
      <span className="sr-only"> {t("unread", { count })}</span>
    </span>
  );
}
