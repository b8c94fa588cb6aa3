"use client";

import { useMutation } from "@tanstack/react-query";
import { ArrowDown, Loader2, Stethoscope, WifiOff } from "lucide-react";
import { useFormatter, useLocale, useTimeZone, useTranslations } from "next-intl";
import { Fragment, useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { toast } from "sonner";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Skeleton } from "@/components/ui/skeleton";
import { Textarea } from "@/components/ui/textarea";
import { useConnectionState } from "@/components/realtime/use-channel";
import { useErrorMessage } from "@/hooks/use-error-message";
import { formatMoney } from "@/lib/format";
import { useTRPC } from "@/trpc/react";
import { MESSAGE_MAX_CHARS } from "../constants";
import { sameDay } from "../format";
import { useConversation, type ConversationView } from "../hooks/use-conversation";
import { receiptOf } from "../sync";
import type { MessageView } from "../types";
import { ChatHeader } from "./chat-header";
import { Composer } from "./composer";
import { MessageBubble, PendingBubble, SystemMessage } from "./message-bubble";

/** The diagnosis the conversation started from, folded into the top of the thread. */
function AttachedDiagnosis({ diagnosis }: { diagnosis: NonNullable<ConversationView["diagnosis"]> }) {
  const t = useTranslations("messaging.chat");
  const td = useTranslations("diagnosis.card");
  const locale = useLocale();
  return (
    <details className="mx-3 mt-3 rounded-lg border bg-card text-sm sm:mx-4" data-testid="attached-diagnosis">
      <summary className="flex cursor-pointer items-center gap-2 px-3 py-2 font-medium">
        <Stethoscope aria-hidden className="size-4 text-primary" />
        {t("diagnosis")} · {td(`severity.${diagnosis.severity}`)} · {formatMoney(diagnosis.costMinGrosze, locale)}–
        {formatMoney(diagnosis.costMaxGrosze, locale)}
      </summary>
      <div className="flex flex-col gap-2 border-t px-3 py-2">
        <p className="whitespace-pre-wrap">{diagnosis.summary}</p>
        {diagnosis.topCauses.length > 0 && (
          <ul className="list-disc ps-5 text-muted-foreground">
            {diagnosis.topCauses.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        )}
      </div>
    </details>
  );
}

/** Banner while the realtime connection is down: sending still works, new messages arrive on reconnect. */
function ConnectionNotice() {
  const t = useTranslations("messaging.chat");
  const state = useConnectionState();
  if (state === "connected" || state === "initialized" || state === "connecting") return null;
  return (
    <Alert className="mx-3 mt-2 w-auto py-2 sm:mx-4" role="status">
      <WifiOff aria-hidden />
      <AlertDescription>{t("reconnecting")}</AlertDescription>
    </Alert>
  );
}

function EditDialog({
  message,
  onClose,
  onSaved,
}: {
  message: MessageView | null;
  onClose: () => void;
  onSaved: (m: MessageView) => void;
}) {
  const t = useTranslations("messaging.chat");
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const [text, setText] = useState(message?.body ?? "");
  const edit = useMutation(
    trpc.messaging.edit.mutationOptions({
      onSuccess: (m) => {
        onSaved(m);
        onClose();
      },
      onError: (e) => toast.error(errorMessage(e)),
    }),
  );
  return (
    <Dialog open={!!message} onOpenChange={(open) => !open && onClose()}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{t("editTitle")}</DialogTitle>
        </DialogHeader>
        <label htmlFor="edit-message" className="sr-only">
          {t("editTitle")}
        </label>
        <Textarea id="edit-message" value={text} onChange={(e) => setText(e.target.value)} rows={4} maxLength={MESSAGE_MAX_CHARS} />
        <DialogFooter>
          <Button variant="outline" onClick={onClose}>
            {t("cancel")}
          </Button>
          <Button disabled={!text.trim() || edit.isPending} onClick={() => message && edit.mutate({ messageId: message.id, body: text })}>
            {t("save")}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}

/**
 * A whole conversation, for the customer (`/messages/[id]`) and the workshop's staff (inbox): header,
 * thread (older pages load when scrolled to the top; day separators; receipts on my messages), the
 * other side typing, and the composer. Stays live through the conversation's realtime channel and
 * catches up from the server after every reconnect.
 */
export function ChatView({ conversationId, backHref }: { conversationId: string; backHref: string }) {
  const t = useTranslations("messaging.chat");
  const format = useFormatter();
  const timeZone = useTimeZone() ?? "Europe/Warsaw";
  const chat = useConversation(conversationId);
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const scroller = useRef<HTMLDivElement>(null);
  const topSentinel = useRef<HTMLLIElement>(null);
  const nearBottom = useRef(true);
  const [unseenBelow, setUnseenBelow] = useState(false);
  const [editing, setEditing] = useState<MessageView | null>(null);
  const deleteForMe = useMutation(
    trpc.messaging.deleteForMe.mutationOptions({
      onSuccess: (_r, v) => chat.forget(v.messageId),
      onError: (e) => toast.error(errorMessage(e)),
    }),
  );
  const { view, messages, pending } = chat;
  const count = messages.length + pending.length;

  const scrollToBottom = useCallback((smooth = false) => {
    const el = scroller.current;
    if (el) el.scrollTo({ top: el.scrollHeight, behavior: smooth ? "smooth" : "auto" });
    setUnseenBelow(false);
  }, []);

  // New messages: follow them when the reader is at the bottom, else offer a "new messages" button.
  const previousCount = useRef(0);
  const previousFirst = useRef<number | undefined>(undefined);
  const previousHeight = useRef(0);
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const first = messages[0]?.seq;
    const prependedOlder = previousFirst.current !== undefined && first !== undefined && first < previousFirst.current;
    if (prependedOlder) {
      // Keep the message the reader was looking at in place when older ones load above it.
      el.scrollTop += el.scrollHeight - previousHeight.current;
    } else if (count > previousCount.current) {
      if (nearBottom.current || previousCount.current === 0) scrollToBottom(previousCount.current > 0);
      else setUnseenBelow(true);
    }
    previousCount.current = count;
    previousFirst.current = first;
    previousHeight.current = el.scrollHeight;
  }, [count, messages, scrollToBottom]);

  useEffect(() => {
    const el = scroller.current;
    const sentinel = topSentinel.current;
    if (!el || !sentinel || !chat.hasOlder) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) void chat.loadOlder();
      },
      { root: el, rootMargin: "200px 0px 0px 0px" },
    );
    observer.observe(sentinel);
    return () => observer.disconnect();
  }, [chat, chat.hasOlder]);

  if (chat.error) {
    return (
      <div className="p-6">
        <Alert variant="destructive">
          <AlertDescription>{errorMessage(chat.error)}</AlertDescription>
        </Alert>
      </div>
    );
  }
  if (!view || chat.loading) {
    return (
      <div className="flex flex-col gap-3 p-4" aria-busy>
        <Skeleton className="h-10 w-1/2" />
        <Skeleton className="h-16 w-2/3" />
        <Skeleton className="ms-auto h-12 w-1/2" />
      </div>
    );
  }

  const mySide = view.side;
  const closed = view.status === "closed";
  return (
    <section
      className="flex h-full min-h-0 flex-col"
      aria-label={t("heading", { name: mySide === "customer" ? view.workshop.name : view.customer.name })}
    >
      <ChatHeader view={view} presence={chat.presence} typing={!!chat.typing} backHref={backHref} />
      <ConnectionNotice />
      <div
        ref={scroller}
        className="relative min-h-0 flex-1 overflow-y-auto overscroll-contain"
        onScroll={(e) => {
          const el = e.currentTarget;
          nearBottom.current = el.scrollHeight - el.scrollTop - el.clientHeight < 120;
          if (nearBottom.current) {
            setUnseenBelow(false);
            chat.markVisibleRead();
          }
        }}
        data-testid="chat-scroller"
      >
        {view.diagnosis && <AttachedDiagnosis diagnosis={view.diagnosis} />}
        <ol className="flex flex-col gap-2 px-3 py-4 sm:px-4" aria-label={t("messages")} aria-live="polite" aria-relevant="additions">
          <li ref={topSentinel} aria-hidden className="h-px" />
          {chat.hasOlder && (
            <li className="flex justify-center">
              <Button variant="ghost" size="sm" onClick={() => void chat.loadOlder()} disabled={chat.loadingOlder}>
                {chat.loadingOlder && <Loader2 aria-hidden className="size-4 animate-spin" />}
                {t("loadOlder")}
              </Button>
            </li>
          )}
          {messages.length === 0 && pending.length === 0 && (
            <li className="py-8 text-center text-sm text-muted-foreground">{t("empty")}</li>
          )}
          {messages.map((m, i) => {
            const previous = messages[i - 1];
            const newDay = !previous || !sameDay(previous.createdAt, m.createdAt, timeZone);
            const mine = m.senderSide === mySide;
            return (
              <Fragment key={m.id}>
                {newDay && (
                  <li className="flex justify-center py-1">
                    <span className="rounded-full bg-muted px-3 py-0.5 text-xs text-muted-foreground">
                      {format.dateTime(new Date(m.createdAt), { weekday: "long", day: "numeric", month: "long" })}
                    </span>
                  </li>
                )}
                {m.type === "system" ? (
                  <SystemMessage message={m} />
                ) : (
                  <MessageBubble
                    message={m}
                    mine={mine}
                    showSender={!mine && (previous?.senderSide !== m.senderSide || previous?.senderId !== m.senderId || newDay)}
                    receipt={mine && chat.receipts ? receiptOf(m, chat.receipts, mySide) : null}
                    canAnswerQuote={mySide === "customer"}
                    workshopSlug={view.workshop.slug}
                    onEdit={setEditing}
                    onDeleteForMe={(msg) => deleteForMe.mutate({ messageId: msg.id })}
                    onMerge={chat.merge}
                  />
                )}
              </Fragment>
            );
          })}
          {pending.map((p) => (
            <PendingBubble key={p.clientId} pending={p} onRetry={() => chat.retry(p.clientId)} onDiscard={() => chat.discard(p.clientId)} />
          ))}
          {chat.typing && (
            <li className="flex items-center gap-2 text-xs text-muted-foreground" data-testid="typing">
              <span className="flex gap-0.5" aria-hidden>
                <span className="size-1.5 animate-bounce rounded-full bg-current [animation-delay:-0.3s]" />
                <span className="size-1.5 animate-bounce rounded-full bg-current [animation-delay:-0.15s]" />
                <span className="size-1.5 animate-bounce rounded-full bg-current" />
              </span>
              {mySide === "customer" ? t("workshopTyping") : t("customerTyping")}
            </li>
          )}
        </ol>
        {unseenBelow && (
          <Button size="sm" className="sticky bottom-3 left-1/2 -translate-x-1/2 shadow-md" onClick={() => scrollToBottom(true)}>
            <ArrowDown aria-hidden className="size-4" /> {t("newMessages")}
          </Button>
        )}
      </div>
      {closed && <p className="border-t px-4 py-2 text-center text-sm text-muted-foreground">{t("closedNotice")}</p>}
      <Composer
        chat={chat}
        conversationId={conversationId}
        staff={mySide === "workshop" ? { workshopId: view.workshop.id, timeZone: view.workshop.timeZone } : null}
        disabled={closed}
      />
      <EditDialog key={editing?.id ?? "none"} message={editing} onClose={() => setEditing(null)} onSaved={(m) => chat.merge([m])} />
    </section>
  );
}
