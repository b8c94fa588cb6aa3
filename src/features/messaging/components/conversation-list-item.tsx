"use client";

import { Check, CheckCheck, FileText, Image as ImageIcon, MapPin, ReceiptText, CalendarClock } from "lucide-react";
import Link from "next/link";
import { useFormatter, useNow, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/utils";
import type { ConversationPriority, ConversationStatus, MessageType, SenderSide } from "../types";

export type ListItem = {
  id: string;
  title: string;
  subtitle?: string | null;
  status: ConversationStatus;
  priority?: ConversationPriority;
  lastMessageAt: string;
  lastMessagePreview: string;
  lastMessageSide: SenderSide | null;
  lastMessageType: MessageType | null;
  lastSeq: number;
  unread: number;
  otherReadSeq: number;
  otherDeliveredSeq: number;
  assigneeName?: string | null;
};

const TYPE_ICON: Partial<Record<MessageType, typeof FileText>> = {
  image: ImageIcon,
  file: FileText,
  location: MapPin,
  quote: ReceiptText,
  booking: CalendarClock,
};

/** When a conversation last moved: the time today, the weekday this week, else the date. */
function ListTime({ at }: { at: string }) {
  const format = useFormatter();
  const now = useNow({ updateInterval: 60_000 });
  const date = new Date(at);
  const age = now.getTime() - date.getTime();
  const text =
    age < 20 * 3600_000 && date.getDate() === now.getDate()
      ? format.dateTime(date, { hour: "2-digit", minute: "2-digit" })
      : age < 6 * 86_400_000
        ? format.dateTime(date, { weekday: "short" })
        : format.dateTime(date, { day: "numeric", month: "short" });
  return (
    <time dateTime={at} className="shrink-0 text-xs text-muted-foreground tabular-nums">
      {text}
    </time>
  );
}

/** One row of the customer's conversations or the workshop's inbox. */
export function ConversationListItem({
  item,
  href,
  active,
  mySide,
}: {
  item: ListItem;
  href: string;
  active: boolean;
  mySide: "customer" | "workshop";
}) {
  const t = useTranslations("messaging.list");
  const ts = useTranslations("messaging.status");
  const tp = useTranslations("messaging.inbox.priorities");
  const mine = item.lastMessageSide === mySide;
  const Icon = item.lastMessageType ? TYPE_ICON[item.lastMessageType] : undefined;
  const typeLabel = item.lastMessageType && item.lastMessageType !== "text" ? t(`types.${item.lastMessageType}`) : null;
  const preview = item.lastMessagePreview || typeLabel || "";
  const read = mine && item.otherReadSeq >= item.lastSeq;
  const delivered = mine && item.otherDeliveredSeq >= item.lastSeq;
  return (
    <li>
      <Link
        href={href}
        aria-current={active ? "page" : undefined}
        className={cn(
          "flex gap-3 border-b px-3 py-3 outline-none hover:bg-muted/60 focus-visible:bg-muted",
          active && "bg-muted",
          item.unread > 0 && "bg-primary/5",
        )}
        data-testid="conversation-item"
        data-unread={item.unread}
      >
        <div className="flex min-w-0 flex-1 flex-col gap-0.5">
          <div className="flex items-baseline gap-2">
            <span className={cn("truncate", item.unread > 0 ? "font-semibold" : "font-medium")}>{item.title}</span>
            <span className="ms-auto">
              <ListTime at={item.lastMessageAt} />
            </span>
          </div>
          {item.subtitle && <span className="truncate text-xs text-muted-foreground">{item.subtitle}</span>}
          <div className="flex items-center gap-1.5 text-sm text-muted-foreground">
            {mine &&
              (read ? (
                <CheckCheck aria-label={t("read")} className="size-3.5 shrink-0 text-sky-500" />
              ) : delivered ? (
                <CheckCheck aria-label={t("delivered")} className="size-3.5 shrink-0" />
              ) : (
                <Check aria-label={t("sent")} className="size-3.5 shrink-0" />
              ))}
            {Icon && <Icon aria-hidden className="size-3.5 shrink-0" />}
            <span className={cn("truncate", item.unread > 0 && "text-foreground")}>
              {mine && <span className="sr-only">{t("you")}: </span>}
              {preview}
            </span>
            {item.unread > 0 && (
              <Badge className="ms-auto h-5 min-w-5 shrink-0 rounded-full px-1.5 tabular-nums" data-testid="unread-count">
                {item.unread}
                <span className="sr-only"> {t("unread", { count: item.unread })}</span>
              </Badge>
            )}
          </div>
          <div className="flex flex-wrap items-center gap-1.5 pt-0.5">
            {(item.status === "resolved" || item.status === "closed" || (mySide === "workshop" && item.status === "waiting_workshop")) && (
              <Badge variant="outline" className="h-5 px-1.5 text-[11px] font-normal">
                {ts(item.status)}
              </Badge>
            )}
            {item.priority && item.priority !== "normal" && (
              <Badge variant={item.priority === "urgent" ? "destructive" : "outline"} className="h-5 px-1.5 text-[11px] font-normal">
                {tp(item.priority)}
              </Badge>
            )}
            {item.assigneeName && <span className="text-[11px] text-muted-foreground">{t("assignedTo", { name: item.assigneeName })}</span>}
          </div>
        </div>
      </Link>
    </li>
  );
}
