"use client";

import { Inbox, MessagesSquare } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { cn } from "@/lib/utils";
import { ChatView } from "./chat-view";

/**
 * The scrolling list of conversations both the customer and the workshop see: placeholders while
 * loading, `empty` when there is nothing, the rows, and "load more" while there are more pages.
 */
export function ConversationList({
  label,
  loading,
  empty,
  children,
  more,
}: {
  label: string;
  loading: boolean;
  /** Shown (with an inbox icon) when not loading and there are no rows. */
  empty: React.ReactNode | null;
  children: React.ReactNode;
  more: { label: string; hasMore: boolean; busy: boolean; onMore: () => void };
}) {
  return (
    <ul className="min-h-0 flex-1 overflow-y-auto" aria-label={label} aria-busy={loading}>
      {loading &&
        Array.from({ length: 4 }, (_, i) => (
          <li key={i} className="border-b p-3">
            <Skeleton className="h-12 w-full" />
          </li>
        ))}
      {!loading && empty && (
        <li className="flex flex-col items-center gap-3 px-6 py-12 text-center text-muted-foreground">
          <Inbox aria-hidden className="size-8" />
          {empty}
        </li>
      )}
      {children}
      {more.hasMore && (
        <li className="p-3 text-center">
          <Button variant="outline" size="sm" onClick={more.onMore} disabled={more.busy}>
            {more.label}
          </Button>
        </li>
      )}
    </ul>
  );
}

/**
 * Conversations on the left and the open one on the right (wide screens); on a phone one or the
 * other, the chat with a back arrow to `backHref`. `pick` is shown where the chat goes when none is open.
 */
export function ConversationSplit({
  list,
  activeId,
  backHref,
  pick,
  className,
}: {
  list: React.ReactNode;
  activeId?: string;
  backHref: string;
  pick: string;
  className?: string;
}) {
  return (
    <div className={cn("grid h-[calc(100dvh-3.5rem)] grid-cols-1 lg:grid-cols-[22rem_minmax(0,1fr)]", className)}>
      <div className={cn("min-h-0 border-e", activeId ? "hidden lg:flex lg:flex-col" : "flex flex-col")}>{list}</div>
      <div className={cn("min-h-0", activeId ? "flex flex-col" : "hidden lg:flex lg:flex-col")}>
        {activeId ? (
          <ChatView key={activeId} conversationId={activeId} backHref={backHref} />
        ) : (
          <div className="flex flex-1 flex-col items-center justify-center gap-2 p-8 text-center text-muted-foreground">
            <MessagesSquare aria-hidden className="size-10" />
            <p>{pick}</p>
          </div>
        )}
      </div>
    </div>
  );
}
