"use client";

import { AlertCircle, Check, CheckCheck, Clock, MoreVertical, Pencil, RotateCw, Trash2 } from "lucide-react";
import { useFormatter, useLocale, useNow, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { formatMoney } from "@/lib/format";
import { cn } from "@/lib/utils";
import { EDIT_WINDOW_MINUTES } from "../constants";
import type { PendingMessage, ReceiptState } from "../sync";
import type { MessageView } from "../types";
import { LinkifiedText, MessageAttachment } from "./message-content";
import { ProposalCard } from "./proposal-card";
import { QuoteCard } from "./quote-card";

/** ✓ / ✓✓ / read, with words for screen readers. */
export function ReceiptTicks({ state }: { state: ReceiptState }) {
  const t = useTranslations("messaging.receipts");
  const Icon = state === "sent" ? Check : CheckCheck;
  return (
    <span className="inline-flex items-center" data-testid="receipt" data-state={state} title={t(state)}>
      <Icon aria-hidden className={cn("size-3.5", state === "read" ? "text-sky-400 dark:text-sky-300" : "opacity-80")} />
      <span className="sr-only">{t(state)}</span>
    </span>
  );
}

/** A system line (diagnosis attached, quote answered, resolved…) in the middle of the thread. */
export function SystemMessage({ message }: { message: MessageView }) {
  const t = useTranslations("messaging.system");
  const locale = useLocale();
  const kind = message.system?.kind ?? "conversation_started";
  const params = message.system?.params ?? {};
  const format = useFormatter();
  const text =
    kind === "quote_accepted" || kind === "quote_declined"
      ? t(kind, { total: formatMoney(Number(params.totalGrosze ?? 0), locale) })
      : kind === "resolved" || kind === "reopened"
        ? t(kind, { by: String(params.by ?? "") })
        : kind.startsWith("booking_")
          ? t(kind, {
              code: String(params.code ?? ""),
              when: params.startsAt ? format.dateTime(new Date(String(params.startsAt)), { dateStyle: "medium", timeStyle: "short" }) : "",
            })
          : t(kind);
  return (
    <li className="flex justify-center px-2" data-testid="system-message" data-kind={kind}>
      <div className="max-w-md rounded-lg bg-muted/70 px-3 py-1.5 text-center text-xs text-muted-foreground">
        <p className="font-medium">{text}</p>
        {kind === "diagnosis_attached" && message.body && <p className="mt-1 text-start whitespace-pre-wrap">{message.body}</p>}
      </div>
    </li>
  );
}

type BubbleProps = {
  message: MessageView;
  mine: boolean;
  /** Show the sender's name (first of a run of the other side's messages). */
  showSender: boolean;
  receipt: ReceiptState | null;
  canAnswerQuote: boolean;
  /** For a proposal's "pick another time" link. */
  workshopSlug?: string;
  onEdit: (message: MessageView) => void;
  onDeleteForMe: (message: MessageView) => void;
  onMerge: (messages: MessageView[]) => void;
};

/** One message: text, photo, file, location or quote; its time, "edited", receipts for mine, and a menu. */
export function MessageBubble({
  message,
  mine,
  showSender,
  receipt,
  canAnswerQuote,
  workshopSlug,
  onEdit,
  onDeleteForMe,
  onMerge,
}: BubbleProps) {
  const t = useTranslations("messaging.chat");
  const format = useFormatter();
  const now = useNow({ updateInterval: 60_000 });
  const editable =
    mine &&
    message.type === "text" &&
    !message.erased &&
    now.getTime() - new Date(message.createdAt).getTime() < EDIT_WINDOW_MINUTES * 60_000;
  const time = format.dateTime(new Date(message.createdAt), { hour: "2-digit", minute: "2-digit" });
  return (
    <li
      className={cn("group flex gap-1", mine ? "flex-row-reverse" : "flex-row")}
      data-testid="message"
      data-side={message.senderSide}
      data-seq={message.seq}
    >
      <div className={cn("flex max-w-[85%] min-w-0 flex-col gap-1 sm:max-w-[70%]", mine ? "items-end" : "items-start")}>
        {showSender && message.senderName && <span className="px-1 text-xs font-medium text-muted-foreground">{message.senderName}</span>}
        <div
          className={cn(
            "flex min-w-0 flex-col gap-2 rounded-2xl px-3 py-2 text-sm shadow-xs",
            mine ? "rounded-ee-sm bg-primary text-primary-foreground" : "rounded-es-sm bg-muted text-foreground",
            (message.type === "quote" || message.type === "booking") && "bg-transparent p-0 shadow-none",
          )}
        >
          <span className="sr-only">{mine ? t("you") : (message.senderName ?? t("them"))}: </span>
          {message.erased ? (
            <p className="italic opacity-80">{t(message.erased === "moderator" ? "removedByModerator" : "deletedByAuthor")}</p>
          ) : message.type === "quote" ? (
            <QuoteCard message={message} canAnswer={canAnswerQuote} onAnswered={onMerge} />
          ) : message.type === "booking" ? (
            <ProposalCard message={message} canAnswer={canAnswerQuote} workshopSlug={workshopSlug ?? null} />
          ) : (
            <>
              <MessageAttachment message={message} />
              {message.body && (
                <p className="break-words whitespace-pre-wrap" data-testid="message-text">
                  <LinkifiedText text={message.body} />
                </p>
              )}
            </>
          )}
        </div>
        <span className="flex items-center gap-1 px-1 text-[11px] text-muted-foreground">
          <time dateTime={message.createdAt}>{time}</time>
          {message.editedAt && !message.erased && <span>· {t("edited")}</span>}
          {receipt && <ReceiptTicks state={receipt} />}
        </span>
      </div>
      {!message.erased && (
        <DropdownMenu>
          <DropdownMenuTrigger asChild>
            <Button
              variant="ghost"
              size="icon"
              className="size-7 self-center opacity-60 group-hover:opacity-100 focus-visible:opacity-100 sm:opacity-0"
              aria-label={t("messageActions")}
            >
              <MoreVertical aria-hidden className="size-4" />
            </Button>
          </DropdownMenuTrigger>
          <DropdownMenuContent align={mine ? "end" : "start"}>
            {editable && (
              <DropdownMenuItem onSelect={() => onEdit(message)}>
                <Pencil aria-hidden className="size-4" /> {t("edit")}
              </DropdownMenuItem>
            )}
            <DropdownMenuItem onSelect={() => onDeleteForMe(message)}>
              <Trash2 aria-hidden className="size-4" /> {t("deleteForMe")}
            </DropdownMenuItem>
          </DropdownMenuContent>
        </DropdownMenu>
      )}
    </li>
  );
}

/** My message on its way: a clock while sending; on failure the reason and "try again". */
export function PendingBubble({ pending, onRetry, onDiscard }: { pending: PendingMessage; onRetry: () => void; onDiscard: () => void }) {
  const t = useTranslations("messaging.chat");
  return (
    <li className="flex flex-row-reverse" data-testid="pending-message">
      <div className="flex max-w-[85%] flex-col items-end gap-1 sm:max-w-[70%]">
        <p
          className={cn(
            "rounded-2xl rounded-ee-sm px-3 py-2 text-sm break-words whitespace-pre-wrap",
            pending.failed ? "border border-destructive bg-background text-foreground" : "bg-primary/70 text-primary-foreground",
          )}
        >
          {pending.body || t("sending")}
        </p>
        {pending.failed ? (
          <span className="flex flex-wrap items-center justify-end gap-2 px-1 text-xs text-destructive" role="alert">
            <AlertCircle aria-hidden className="size-3.5" /> {pending.failed}
            <Button variant="link" size="sm" className="h-auto p-0 text-xs" onClick={onRetry}>
              <RotateCw aria-hidden className="size-3" /> {t("retry")}
            </Button>
            <Button variant="link" size="sm" className="h-auto p-0 text-xs text-muted-foreground" onClick={onDiscard}>
              {t("discard")}
            </Button>
          </span>
        ) : (
          <span className="flex items-center gap-1 px-1 text-[11px] text-muted-foreground">
            <Clock aria-hidden className="size-3" /> <span>{t("sending")}</span>
          </span>
        )}
      </div>
    </li>
  );
}
