"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { Archive } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { SearchField } from "@/components/layout/search-field";
import { Button } from "@/components/ui/button";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { useTRPC } from "@/trpc/react";
import { INBOX_FILTERS, type InboxFilter } from "../schemas";
import { ConversationListItem } from "./conversation-list-item";
import { ConversationList, ConversationSplit } from "./conversation-split";
import { TemplatesManager } from "./templates-manager";

type Assignee = "anyone" | "me" | "unassigned";

/** The inbox list: filter by status, by assignee, search; newest activity first. */
function InboxList({ workshopId, activeId }: { workshopId: string; activeId?: string }) {
  const t = useTranslations("messaging.inbox");
  const tf = useTranslations("messaging.inbox.filters");
  const trpc = useTRPC();
  const [filter, setFilter] = useState<InboxFilter>("all");
  const [assignee, setAssignee] = useState<Assignee>("anyone");
  const [q, setQ] = useState("");
  const [archived, setArchived] = useState(false);
  const list = useInfiniteQuery(
    trpc.messaging.inbox.infiniteQueryOptions(
      { workshopId, filter, assignee, q: q || undefined, archived, limit: 20 },
      { getNextPageParam: (last) => last.nextCursor ?? undefined },
    ),
  );
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <div className="flex flex-col gap-2 border-b p-3">
        <div className="flex items-center gap-2">
          <h2 className="text-lg font-semibold">{t("title")}</h2>
          <div className="ms-auto flex items-center gap-1">
            <Button
              variant={archived ? "secondary" : "ghost"}
              size="icon"
              aria-pressed={archived}
              aria-label={t("archived")}
              title={t("archived")}
              onClick={() => setArchived((a) => !a)}
            >
              <Archive aria-hidden className="size-4" />
            </Button>
            <TemplatesManager workshopId={workshopId} />
          </div>
        </div>
        <SearchField label={t("search")} placeholder={t("searchPlaceholder")} onSearch={setQ} />
        <div className="grid grid-cols-2 gap-2">
          <Select value={filter} onValueChange={(v) => setFilter(v as InboxFilter)}>
            <SelectTrigger size="sm" className="w-full" aria-label={t("filter")}>
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              {INBOX_FILTERS.map((f) => (
                <SelectItem key={f} value={f}>
                  {tf(f)}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
          <Select value={assignee} onValueChange={(v) => setAssignee(v as Assignee)}>
            <SelectTrigger size="sm" className="w-full" aria-label={t("assignee")}>
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              <SelectItem value="anyone">{t("assigneeAnyone")}</SelectItem>
              <SelectItem value="me">{t("assigneeMe")}</SelectItem>
              <SelectItem value="unassigned">{t("assigneeNobody")}</SelectItem>
            </SelectContent>
          </Select>
        </div>
      </div>
      <ConversationList
        label={t("title")}
        loading={list.isPending}
        empty={
          items.length === 0 ? <p>{q || filter !== "all" || assignee !== "anyone" || archived ? t("noMatches") : t("empty")}</p> : null
        }
        more={{ label: t("more"), hasMore: list.hasNextPage, busy: list.isFetchingNextPage, onMore: () => void list.fetchNextPage() }}
      >
        {items.map((item) => (
          <ConversationListItem
            key={item.id}
            mySide="workshop"
            active={item.id === activeId}
            href={`/dashboard/${workshopId}/inbox/${item.id}`}
            item={{ ...item, title: item.customerName || t("customer"), subtitle: item.serviceName ?? item.subject }}
          />
        ))}
      </ConversationList>
    </div>
  );
}

/**
 * The workshop's inbox: conversations on the left, the open one on the right (desktop, tablet);
 * one or the other on a phone. Updates live through the workshop's presence channel.
 */
export function WorkshopInbox({ workshopId, activeId }: { workshopId: string; activeId?: string }) {
  const t = useTranslations("messaging.inbox");
  return (
    <ConversationSplit
      className="-mx-4 -my-6 md:-mx-8 md:-my-8"
      list={<InboxList workshopId={workshopId} activeId={activeId} />}
      activeId={activeId}
      backHref={`/dashboard/${workshopId}/inbox`}
      pick={t("pick")}
    />
  );
}
