"use client";

import { ExternalLink, FileText, MapPin } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { Fragment } from "react";
import { formatFileSize } from "../format";
import type { MessageView } from "../types";

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]]/gi;

/**
 * Message text as text: React escapes it; only http(s) addresses become links (opened in a new tab,
 * marked nofollow/ugc so a chat can't lend a spammer the site's reputation).
 */
export function LinkifiedText({ text }: { text: string }) {
  const parts: React.ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index ?? 0;
    if (start > last) parts.push(text.slice(last, start));
    parts.push(
      <a
        key={start}
        href={match[0]}
        target="_blank"
        rel="noopener noreferrer nofollow ugc"
        className="break-all underline underline-offset-2"
      >
        {match[0]}
      </a>,
    );
    last = start + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return <>{parts.map((p, i) => (typeof p === "string" ? <Fragment key={`t${i}`}>{p}</Fragment> : p))}</>;
}

/** An image, a file, or a shared location, inside a bubble. */
export function MessageAttachment({ message }: { message: MessageView }) {
  const t = useTranslations("messaging.chat");
  const locale = useLocale();
  if (message.location) {
    const { lat, lng, label } = message.location;
    const osm = `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=16/${lat}/${lng}`;
    return (
      <a
        href={osm}
        target="_blank"
        rel="noopener noreferrer"
        className="flex items-center gap-2 rounded-lg border bg-background/60 px-3 py-2 text-sm text-foreground hover:bg-background"
      >
        <MapPin aria-hidden className="size-5 shrink-0 text-primary" />
        <span className="flex min-w-0 flex-col">
          <span className="font-medium">{label || t("sharedLocation")}</span>
          <span className="text-xs text-muted-foreground tabular-nums">
            {lat.toFixed(5)}, {lng.toFixed(5)}
          </span>
        </span>
        <ExternalLink aria-hidden className="ms-auto size-4 shrink-0 opacity-60" />
        <span className="sr-only">{t("openMap")}</span>
      </a>
    );
  }
  const a = message.attachment;
  if (!a) return null;
  if (a.thumbUrl) {
    const ratio = a.width && a.height ? `${a.width} / ${a.height}` : undefined;
    return (
      <a
        href={a.url}
        target="_blank"
        rel="noopener"
        className="block overflow-hidden rounded-lg"
        aria-label={t("openImage", { name: a.name })}
      >
        {/* eslint-disable-next-line @next/next/no-img-element -- served by our own route to participants only; next/image would proxy it */}
        <img
          src={a.thumbUrl}
          alt={message.body || a.name}
          loading="lazy"
          className="max-h-72 w-full max-w-xs bg-muted object-cover"
          style={{ aspectRatio: ratio }}
          data-testid="message-image"
        />
      </a>
    );
  }
  return (
    <a
      href={a.url}
      target="_blank"
      rel="noopener"
      className="flex items-center gap-2 rounded-lg border bg-background/60 px-3 py-2 text-sm text-foreground hover:bg-background"
    >
      <FileText aria-hidden className="size-5 shrink-0 text-primary" />
      <span className="flex min-w-0 flex-col">
        <span className="truncate font-medium">{a.name}</span>
        <span className="text-xs text-muted-foreground">{formatFileSize(a.size, locale)}</span>
      </span>
    </a>
  );
}
