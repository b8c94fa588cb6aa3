"use client";

import { useChat } from "@ai-sdk/react";
import { useQuery } from "@tanstack/react-query";
import { DefaultChatTransport } from "ai";
import { Bot, CloudOff, Loader2, MapPin, Send, UserRound } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useMemo, useRef, useState } from "react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";
import { useTRPC, type RouterOutputs } from "@/trpc/react";
import { cn } from "@/lib/utils";
import { MESSAGE_MAX_CHARS } from "../constants";
import type { AiProviderKind, DiagnosisUIMessage } from "../types";
import { chatErrorKey } from "./chat-error";
import { DiagnosisCard, workshopSearchHref } from "./diagnosis-card";
import { FeedbackForm } from "./feedback-form";

type View = RouterOutputs["diagnosis"]["byId"];

function MessageBubble({ message, session }: { message: DiagnosisUIMessage; session: View["session"] }) {
  const t = useTranslations("diagnosis.chat");
  const mine = message.role === "user";
  return (
    <li className={cn("flex gap-2", mine ? "flex-row-reverse" : "flex-row")} data-role={message.role}>
      <span aria-hidden className="mt-1 flex size-8 shrink-0 items-center justify-center rounded-full bg-muted">
        {mine ? <UserRound className="size-4" /> : <Bot className="size-4" />}
      </span>
      <div className={cn("flex min-w-0 flex-col gap-3", mine ? "items-end" : "w-full max-w-2xl items-start")}>
        <span className="sr-only">{mine ? t("you") : t("assistant")}</span>
        {message.parts.map((part, i) => {
          switch (part.type) {
            case "text":
              return part.text ? (
                <p
                  key={i}
                  className={cn(
                    "rounded-2xl px-4 py-2 whitespace-pre-wrap break-words",
                    mine ? "bg-primary text-primary-foreground" : "bg-muted",
                  )}
                  data-testid={mine ? "user-text" : "assistant-text"}
                >
                  {part.text}
                </p>
              ) : null;
            case "tool-submitDiagnosis":
              return part.state === "input-available" || part.state === "output-available" ? (
                <div key={i} className="w-full">
                  <DiagnosisCard diagnosis={part.input} sessionId={session.id} workshop={session.workshop} />
                </div>
              ) : part.state === "output-error" ? null : (
                <p key={i} className="flex items-center gap-2 text-sm text-muted-foreground">
                  <Loader2 aria-hidden className="size-4 animate-spin" /> {t("preparingCard")}
                </p>
              );
            case "data-notice":
              return (
                <p key={i} className="flex items-center gap-2 text-xs text-muted-foreground" role="status">
                  <CloudOff aria-hidden className="size-3.5" /> {t("fallbackNotice")}
                </p>
              );
            case "data-escalation":
              return (
                <Alert key={i} className="w-full" data-testid="escalation">
                  <AlertTitle>{part.data.reason === "critical" ? t("escalatedCritical") : t("escalatedKeyword")}</AlertTitle>
                  <AlertDescription className="flex flex-col gap-2">
                    <span>{t("escalationHelp")}</span>
                    <Button asChild size="sm" className="self-start">
                      <Link href={workshopSearchHref(part.data.categories, session.id)}>
                        <MapPin aria-hidden className="size-4" /> {t("workshopsThatHelp")}
                      </Link>
                    </Button>
                  </AlertDescription>
                </Alert>
              );
            default:
              return null;
          }
        })}
        {!mine && message.metadata?.provider === "offline" && (
          <Badge variant="outline" className="text-xs font-normal text-muted-foreground">
            {t("offlineLabel")}
          </Badge>
        )}
      </div>
    </li>
  );
}

/**
 * The conversation with the AI mechanic: answers stream in through `useChat` (AI SDK UI stream from
 * `POST /api/diagnosis/chat`, which receives only the new message), the diagnosis tool call renders as
 * the card, and the rating form follows the first answer. A page opened while an answer is still
 * being written shows the stored part and polls until it lands.
 */
export function DiagnosisChat({
  view,
  firstMessage,
  provider,
}: {
  view: View;
  /** Sent once on mount (the message typed on the start screen). */
  firstMessage?: string;
  provider: AiProviderKind;
}) {
  const t = useTranslations("diagnosis.chat");
  const tAll = useTranslations();
  const trpc = useTRPC();
  const sessionId = view.session.id;
  const transport = useMemo(
    () =>
      new DefaultChatTransport<DiagnosisUIMessage>({
        api: "/api/diagnosis/chat",
        // The server holds the history: only the new message travels.
        prepareSendMessagesRequest: ({ id, messages }) => ({ body: { sessionId: id, message: messages.at(-1) } }),
      }),
    [],
  );
  const { messages, sendMessage, status, error, setMessages, clearError } = useChat<DiagnosisUIMessage>({
    id: sessionId,
    messages: view.messages,
    transport,
  });
  const [input, setInput] = useState("");
  const sentFirst = useRef(false);
  const endRef = useRef<HTMLDivElement>(null);
  const busy = status === "submitted" || status === "streaming";

  // Reopened while the answer was still streaming: poll the stored text until the answer is complete.
  const { data: polled } = useQuery({
    ...trpc.diagnosis.byId.queryOptions({ sessionId }),
    initialData: view,
    refetchInterval: (q) => (q.state.data?.streaming ? 1000 : false),
    enabled: view.streaming,
  });
  const pendingStored = view.streaming && polled.streaming;
  useEffect(() => {
    if (view.streaming && !polled.streaming) setMessages(polled.messages);
  }, [view.streaming, polled, setMessages]);
  const shown = view.streaming ? polled.messages : messages;

  useEffect(() => {
    if (!firstMessage || sentFirst.current) return;
    sentFirst.current = true;
    void sendMessage({ text: firstMessage });
  }, [firstMessage, sendMessage]);

  useEffect(() => {
    endRef.current?.scrollIntoView({ block: "end", behavior: "smooth" });
  }, [shown]);

  const submit = (e?: React.FormEvent) => {
    e?.preventDefault();
    const text = input.trim();
    if (!text || busy || text.length > MESSAGE_MAX_CHARS) return;
    clearError();
    void sendMessage({ text });
    setInput("");
  };

  const failure = chatErrorKey(error);
  const answered = shown.some((m) => m.role === "assistant" && m.parts.some((p) => p.type === "text" && p.text));
  const tooLong = input.length > MESSAGE_MAX_CHARS;

  return (
    <div className="flex flex-col gap-4">
      {provider === "offline" && (
        <p className="flex items-center gap-2 text-sm text-muted-foreground" data-testid="offline-mode">
          <CloudOff aria-hidden className="size-4" /> {t("offlineMode")}
        </p>
      )}
      <ol className="flex flex-col gap-4" aria-label={t("conversation")} aria-live="polite" aria-busy={busy || pendingStored}>
        {shown.map((m) => (
          <MessageBubble key={m.id} message={m} session={view.session} />
        ))}
      </ol>
      {(status === "submitted" || pendingStored) && (
        <p className="flex items-center gap-2 text-sm text-muted-foreground" role="status">
          <Loader2 aria-hidden className="size-4 animate-spin" /> {pendingStored ? t("stillWriting") : t("thinking")}
        </p>
      )}
      {failure && (
        <Alert variant="destructive">
          <AlertDescription>{tAll.has(failure.key) ? tAll(failure.key, failure.params) : tAll("errors.internal")}</AlertDescription>
        </Alert>
      )}
      <div ref={endRef} />
      <form onSubmit={submit} className="sticky bottom-0 flex flex-col gap-1 border-t bg-background/95 pt-3 pb-2 backdrop-blur">
        <label htmlFor="diagnosis-input" className="sr-only">
          {t("inputLabel")}
        </label>
        <div className="flex items-end gap-2">
          <Textarea
            id="diagnosis-input"
            value={input}
            onChange={(e) => setInput(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter" && !e.shiftKey && !e.nativeEvent.isComposing) submit(e);
            }}
            placeholder={t("placeholder")}
            rows={2}
            className="min-h-12 resize-none"
            aria-invalid={tooLong}
            aria-describedby="diagnosis-input-count"
          />
          <Button type="submit" size="icon" disabled={busy || pendingStored || !input.trim() || tooLong} aria-label={t("send")}>
            <Send aria-hidden className="size-4" />
          </Button>
        </div>
        <span
          id="diagnosis-input-count"
          className={cn("self-end text-xs tabular-nums", tooLong ? "text-destructive" : "text-muted-foreground")}
        >
          {t("count", { count: input.length, max: MESSAGE_MAX_CHARS })}
        </span>
      </form>
      {answered && !busy && <FeedbackForm sessionId={sessionId} initial={view.feedback} />}
    </div>
  );
}
