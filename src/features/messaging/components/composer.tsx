"use client";

import { useQuery } from "@tanstack/react-query";
import { Loader2, MapPin, MessageSquareText, Paperclip, ReceiptText, Send, CalendarClock } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { Textarea } from "@/components/ui/textarea";
import { useErrorMessage } from "@/hooks/use-error-message";
import { cn } from "@/lib/utils";
import { useTRPC } from "@/trpc/react";
import { ATTACHMENT_MAX_MB, MESSAGE_MAX_CHARS } from "../constants";
import type { ConversationState } from "../hooks/use-conversation";
import type { AttachmentView } from "../types";
import { ProposeDialog } from "./propose-dialog";
import { QuoteDialog } from "./quote-dialog";

/** What the file picker offers (the server checks the bytes; leaving HEIC out lets iOS hand over a JPEG). */
const ACCEPT = "image/jpeg,image/png,image/webp,image/gif,image/avif,application/pdf";

/** Uploads one file for the conversation (the chat then sends it as a message by id). */
async function upload(conversationId: string, file: File): Promise<AttachmentView> {
  const form = new FormData();
  form.set("conversationId", conversationId);
  form.set("file", file);
  const res = await fetch("/api/messaging/attachments", { method: "POST", body: form });
  const body = (await res.json().catch(() => null)) as
    (AttachmentView & { error?: string; params?: Record<string, string | number> }) | null;
  if (!res.ok || !body || body.error) {
    const error = new Error(body?.error ?? "errors.messaging.sendFailed") as Error & { params?: unknown };
    throw Object.assign(error, { data: { params: body?.params ?? null } });
  }
  return body;
}

type Props = {
  chat: ConversationState;
  conversationId: string;
  /** Staff get quick replies, quotes and visit proposals (times in the workshop's zone). */
  staff: { workshopId: string; timeZone: string } | null;
  disabled: boolean;
};

/**
 * The message box: Enter sends (Shift+Enter for a new line), a character count near the limit, photo
 * or PDF, current location, and for staff quick-reply templates and a quote. Typing tells the other
 * side (throttled client events).
 */
export function Composer({ chat, conversationId, staff, disabled }: Props) {
  const t = useTranslations("messaging.composer");
  const tAll = useTranslations();
  const errorMessage = useErrorMessage();
  const trpc = useTRPC();
  const [text, setText] = useState("");
  const [busy, setBusy] = useState<null | "upload" | "location">(null);
  const [templatesOpen, setTemplatesOpen] = useState(false);
  const [quoteOpen, setQuoteOpen] = useState(false);
  const [proposeOpen, setProposeOpen] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const templates = useQuery({
    ...trpc.messaging.templates.list.queryOptions({ workshopId: staff?.workshopId ?? "00000000-0000-0000-0000-000000000000" }),
    enabled: !!staff,
  });
  const tooLong = text.length > MESSAGE_MAX_CHARS;

  const submit = (e?: React.FormEvent) => {
    e?.preventDefault();
    const body = text.trim();
    if (!body || tooLong || disabled) return;
    chat.send({ type: "text", body });
    chat.notifyTyping(false);
    setText("");
    inputRef.current?.focus();
  };

  const pickFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > ATTACHMENT_MAX_MB * 1024 * 1024) {
      toast.error(tAll("errors.messaging.attachmentTooLarge", { maxMb: ATTACHMENT_MAX_MB }));
      return;
    }
    setBusy("upload");
    try {
      const attachment = await upload(conversationId, file);
      const caption = text.trim();
      chat.send({ type: "attachment", attachmentId: attachment.id, body: caption || undefined, preview: caption || attachment.name });
      setText("");
    } catch (error) {
      toast.error(errorMessage(error));
    } finally {
      setBusy(null);
      if (fileRef.current) fileRef.current.value = "";
    }
  };

  const shareLocation = () => {
    if (!("geolocation" in navigator)) {
      toast.error(t("locationUnavailable"));
      return;
    }
    setBusy("location");
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setBusy(null);
        chat.send({ type: "location", location: { lat: position.coords.latitude, lng: position.coords.longitude } });
      },
      () => {
        setBusy(null);
        toast.error(t("locationDenied"));
      },
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  };

  return (
    <form
      onSubmit={submit}
      className="flex flex-col gap-1 border-t bg-background px-2 pt-2 pb-[max(0.5rem,env(safe-area-inset-bottom))] sm:px-3"
    >
      <div className="flex items-end gap-1">
        <input
          ref={fileRef}
          type="file"
          accept={ACCEPT}
          className="sr-only"
          tabIndex={-1}
          aria-hidden
          onChange={(e) => void pickFile(e.target.files?.[0])}
          data-testid="attachment-input"
        />
        <Button
          type="button"
          variant="ghost"
          size="icon"
          disabled={disabled || busy !== null}
          onClick={() => fileRef.current?.click()}
          aria-label={t("attach")}
          title={t("attach")}
        >
          {busy === "upload" ? <Loader2 aria-hidden className="size-5 animate-spin" /> : <Paperclip aria-hidden className="size-5" />}
        </Button>
        <Button
          type="button"
          variant="ghost"
          size="icon"
          disabled={disabled || busy !== null}
          onClick={shareLocation}
          aria-label={t("location")}
          title={t("location")}
        >
          {busy === "location" ? <Loader2 aria-hidden className="size-5 animate-spin" /> : <MapPin aria-hidden className="size-5" />}
        </Button>
        {staff && (
          <>
            <Popover open={templatesOpen} onOpenChange={setTemplatesOpen}>
              <PopoverTrigger asChild>
                <Button type="button" variant="ghost" size="icon" disabled={disabled} aria-label={t("templates")} title={t("templates")}>
                  <MessageSquareText aria-hidden className="size-5" />
                </Button>
              </PopoverTrigger>
              <PopoverContent align="start" className="w-80 p-1">
                <p className="px-2 py-1.5 text-xs font-medium text-muted-foreground">{t("templates")}</p>
                {templates.data?.length ? (
                  <ul className="max-h-72 overflow-y-auto">
                    {templates.data.map((tpl) => (
                      <li key={tpl.id}>
                        <button
                          type="button"
                          className="w-full rounded-sm px-2 py-1.5 text-start text-sm outline-none hover:bg-accent focus-visible:bg-accent"
                          onClick={() => {
                            setText((current) => (current.trim() ? `${current.trimEnd()}\n${tpl.body}` : tpl.body));
                            setTemplatesOpen(false);
                            inputRef.current?.focus();
                          }}
                        >
                          <span className="block font-medium">{tpl.title}</span>
                          <span className="line-clamp-2 text-xs text-muted-foreground">{tpl.body}</span>
                        </button>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className="px-2 py-2 text-sm text-muted-foreground">{t("noTemplates")}</p>
                )}
              </PopoverContent>
            </Popover>
            <Button
              type="button"
              variant="ghost"
              size="icon"
              disabled={disabled}
              onClick={() => setQuoteOpen(true)}
              aria-label={t("quote")}
              title={t("quote")}
            >
              <ReceiptText aria-hidden className="size-5" />
            </Button>
            <QuoteDialog open={quoteOpen} onOpenChange={setQuoteOpen} conversationId={conversationId} onSent={(m) => chat.merge([m])} />
            <Button
              type="button"
              variant="ghost"
              size="icon"
              disabled={disabled}
              onClick={() => setProposeOpen(true)}
              aria-label={t("propose")}
              title={t("propose")}
            >
              <CalendarClock aria-hidden className="size-5" />
            </Button>
            <ProposeDialog
              open={proposeOpen}
              onOpenChange={setProposeOpen}
              conversationId={conversationId}
              workshop={{ id: staff.workshopId, timeZone: staff.timeZone }}
              onSent={(m) => chat.merge([m])}
            />
          </>
        )}
        <label htmlFor={`composer-${conversationId}`} className="sr-only">
          {t("label")}
        </label>
        <Textarea
          ref={inputRef}
          id={`composer-${conversationId}`}
          value={text}
          disabled={disabled}
          onChange={(e) => {
            setText(e.target.value);
            if (e.target.value.trim()) chat.notifyTyping(true);
          }}
          onKeyDown={(e) => {
            if (e.key === "Enter" && !e.shiftKey && !e.nativeEvent.isComposing) submit(e);
          }}
          placeholder={disabled ? t("closed") : t("placeholder")}
          rows={1}
          className="max-h-40 min-h-10 flex-1 resize-none py-2"
          aria-invalid={tooLong}
          aria-describedby={text.length > MESSAGE_MAX_CHARS - 300 ? `composer-count-${conversationId}` : undefined}
        />
        <Button type="submit" size="icon" disabled={disabled || !text.trim() || tooLong} aria-label={t("send")}>
          <Send aria-hidden className="size-4" />
        </Button>
      </div>
      {text.length > MESSAGE_MAX_CHARS - 300 && (
        <span
          id={`composer-count-${conversationId}`}
          className={cn("self-end pe-12 text-xs tabular-nums", tooLong ? "text-destructive" : "text-muted-foreground")}
        >
          {t("count", { count: text.length, max: MESSAGE_MAX_CHARS })}
        </span>
      )}
    </form>
  );
}
