"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ArrowLeft, CheckCircle2, Phone, RotateCcw, UserRound } from "lucide-react";
import Link from "next/link";
import { useFormatter, useNow, useTranslations } from "next-intl";
import { toast } from "sonner";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { useErrorMessage } from "@/hooks/use-error-message";
import { cn } from "@/lib/utils";
import { useTRPC } from "@/trpc/react";
import { CONVERSATION_PRIORITIES } from "../constants";
import type { ConversationView } from "../hooks/use-conversation";
import type { PresenceView } from "../types";

/** "online", "typing…", or "last seen 5 minutes ago" for the other side. */
function PresenceLine({ presence, typing, side }: { presence: PresenceView | null; typing: boolean; side: "customer" | "workshop" }) {
  const t = useTranslations("messaging.presence");
  const format = useFormatter();
  const now = useNow({ updateInterval: 30_000 });
  let text: string;
  if (typing) text = side === "customer" ? t("workshopTyping") : t("customerTyping");
  else if (presence?.online) text = t("online");
  else if (presence?.lastSeenAt) text = t("lastSeen", { when: format.relativeTime(new Date(presence.lastSeenAt), now) });
  else text = t("offline");
  return (
    <span
      className={cn(
        "flex items-center gap-1.5 text-xs",
        typing || presence?.online ? "text-emerald-700 dark:text-emerald-400" : "text-muted-foreground",
      )}
      data-testid="presence"
      aria-live="polite"
    >
      <span aria-hidden className={cn("size-2 rounded-full", presence?.online ? "bg-emerald-500" : "bg-muted-foreground/40")} />
      {text}
    </span>
  );
}

/** Staff controls: who answers it (a colleague, or the team), priority, resolve / reopen. */
function StaffControls({ view }: { view: ConversationView }) {
  const t = useTranslations("messaging.inbox");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const colleagues = useQuery(trpc.messaging.colleagues.queryOptions({ workshopId: view.workshop.id }));
  const update = useMutation(
    trpc.messaging.update.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.messaging.byId.queryKey({ conversationId: view.id }) });
        void queryClient.invalidateQueries({ queryKey: trpc.messaging.inbox.pathKey() });
      },
      onError: (e) => toast.error(errorMessage(e)),
    }),
  );
  const resolved = view.status === "resolved" || view.status === "closed";
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Select
        value={view.assignee?.id ?? "team"}
        onValueChange={(v) => update.mutate({ conversationId: view.id, assigneeId: v === "team" ? null : v })}
      >
        <SelectTrigger size="sm" className="w-40" aria-label={t("assignee")}>
          <UserRound aria-hidden className="size-4" />
          <SelectValue />
        </SelectTrigger>
        <SelectContent>
          <SelectItem value="team">{t("team")}</SelectItem>
          {colleagues.data?.map((c) => (
            <SelectItem key={c.id} value={c.id}>
              {c.name}
              {c.online ? ` · ${t("online")}` : ""}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
      <Select
        value={view.priority}
        onValueChange={(v) => update.mutate({ conversationId: view.id, priority: v as (typeof CONVERSATION_PRIORITIES)[number] })}
      >
        <SelectTrigger size="sm" className="w-32" aria-label={t("priority")}>
          <SelectValue />
        </SelectTrigger>
        <SelectContent>
          {CONVERSATION_PRIORITIES.map((p) => (
            <SelectItem key={p} value={p}>
              {t(`priorities.${p}`)}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
      <Button
        size="sm"
        variant={resolved ? "outline" : "secondary"}
        disabled={update.isPending || view.status === "closed"}
        onClick={() => update.mutate({ conversationId: view.id, status: resolved ? "open" : "resolved" })}
      >
        {resolved ? <RotateCcw aria-hidden className="size-4" /> : <CheckCircle2 aria-hidden className="size-4" />}
        {resolved ? t("reopen") : t("resolve")}
      </Button>
    </div>
  );
}

/**
 * Top of a chat: back to the list (phones), who the other side is with presence or "typing…", what
 * the conversation is about, and the staff's controls.
 */
export function ChatHeader({
  view,
  presence,
  typing,
  backHref,
}: {
  view: ConversationView;
  presence: PresenceView | null;
  typing: boolean;
  backHref: string;
}) {
  const t = useTranslations("messaging.chat");
  const ts = useTranslations("messaging.status");
  const title = view.side === "customer" ? view.workshop.name : view.customer.name || t("customer");
  return (
    <header className="flex flex-col gap-2 border-b px-3 py-2 sm:px-4">
      <div className="flex items-center gap-2">
        <Button asChild variant="ghost" size="icon" className="shrink-0 lg:hidden">
          <Link href={backHref} aria-label={t("back")}>
            <ArrowLeft aria-hidden className="size-5" />
          </Link>
        </Button>
        <div className="flex min-w-0 flex-1 flex-col">
          <h2 className="truncate text-base font-semibold" data-testid="chat-title">
            {view.side === "customer" ? (
              <Link href={`/workshops/${view.workshop.slug}`} className="hover:underline">
                {title}
              </Link>
            ) : (
              title
            )}
          </h2>
          <PresenceLine presence={presence} typing={typing} side={view.side} />
        </div>
        <Badge variant="outline" className="shrink-0" data-testid="conversation-status">
          {ts(view.status)}
        </Badge>
        {view.side === "customer" && view.workshop.phone && (
          <Button asChild variant="ghost" size="icon" className="shrink-0">
            <a href={`tel:${view.workshop.phone.replace(/\s/g, "")}`} aria-label={t("call", { name: view.workshop.name })}>
              <Phone aria-hidden className="size-4" />
            </a>
          </Button>
        )}
      </div>
      {(view.service || view.subject) && (
        <p className="truncate text-xs text-muted-foreground">
          {view.service ? t("aboutService", { service: view.service.name }) : view.subject}
        </p>
      )}
      {view.side === "workshop" && <StaffControls view={view} />}
    </header>
  );
}
