"use client";

import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { Archive, Download, MoreVertical, Trash2 } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { ConfirmDialog } from "@/components/layout/confirm-dialog";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { useErrorMessage } from "@/hooks/use-error-message";
import { useTRPC, useTRPCClient } from "@/trpc/react";
import { ConversationListItem } from "./conversation-list-item";
import { ConversationList, ConversationSplit } from "./conversation-split";

/** Downloads a JSON document as a file (the GDPR export). */
function downloadJson(data: unknown, name: string) {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: "application/json" }));
  const a = Object.assign(document.createElement("a"), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Export (JSON) and "delete my conversations", the customer's GDPR controls. */
function PrivacyMenu() {
  const t = useTranslations("messaging.list");
  const client = useTRPCClient();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const [confirm, setConfirm] = useState(false);
  const erase = useMutation(
    trpc.messaging.eraseMine.mutationOptions({
      onSuccess: ({ erased }) => {
        setConfirm(false);
        toast.success(t("erased", { count: erased }));
        void queryClient.invalidateQueries({ queryKey: trpc.messaging.pathKey() });
      },
      onError: (e) => toast.error(errorMessage(e)),
    }),
  );
  const exportAll = async () => {
    try {
      const data = await client.messaging.exportMine.query();
      downloadJson(data, `pitstop-conversations-${new Date().toISOString().slice(0, 10)}.json`);
    } catch (e) {
      toast.error(errorMessage(e));
    }
  };
  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="ghost" size="icon" aria-label={t("moreActions")}>
            <MoreVertical aria-hidden className="size-4" />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end">
          <DropdownMenuItem onSelect={() => void exportAll()}>
            <Download aria-hidden className="size-4" /> {t("export")}
          </DropdownMenuItem>
          <DropdownMenuSeparator />
          <DropdownMenuItem variant="destructive" onSelect={() => setConfirm(true)}>
            <Trash2 aria-hidden className="size-4" /> {t("eraseAll")}
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      <ConfirmDialog
        open={confirm}
        onOpenChange={setConfirm}
        title={t("eraseTitle")}
        description={t("eraseBody")}
        confirmLabel={t("eraseConfirm")}
        pending={erase.isPending}
        onConfirm={() => erase.mutate({ confirm: true })}
      />
    </>
  );
}

/** The customer's conversations, newest first; archived ones behind a toggle. */
function CustomerConversationList({ activeId }: { activeId?: string }) {
  const t = useTranslations("messaging.list");
  const trpc = useTRPC();
  const [archived, setArchived] = useState(false);
  const list = useInfiniteQuery(
    trpc.messaging.mine.infiniteQueryOptions({ archived, limit: 20 }, { getNextPageParam: (last) => last.nextCursor ?? undefined }),
  );
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <div className="flex min-h-0 flex-col">
      <div className="flex items-center gap-2 border-b px-3 py-2">
        <h1 className="text-lg font-semibold">{t("title")}</h1>
        <Button
          variant={archived ? "secondary" : "ghost"}
          size="sm"
          className="ms-auto"
          aria-pressed={archived}
          onClick={() => setArchived((a) => !a)}
        >
          <Archive aria-hidden className="size-4" /> {t("archived")}
        </Button>
        <PrivacyMenu />
      </div>
      <ConversationList
        label={t("title")}
        loading={list.isPending}
        empty={
          items.length === 0 ? (
            <>
              <p>{archived ? t("noArchived") : t("empty")}</p>
              {!archived && (
                <Button asChild size="sm">
                  <Link href="/workshops">{t("findWorkshop")}</Link>
                </Button>
              )}
            </>
          ) : null
        }
        more={{ label: t("more"), hasMore: list.hasNextPage, busy: list.isFetchingNextPage, onMore: () => void list.fetchNextPage() }}
      >
        {items.map((item) => (
          <ConversationListItem
            key={item.id}
            mySide="customer"
            active={item.id === activeId}
            href={`/messages/${item.id}`}
            item={{ ...item, title: item.workshopName, subtitle: item.serviceName ?? item.subject }}
          />
        ))}
      </ConversationList>
    </div>
  );
}

/**
 * The customer's messages: the list and, on wide screens, the open conversation beside it; on a
 * phone one or the other (the chat has a back arrow).
 */
export function CustomerMessages({ activeId }: { activeId?: string }) {
  const t = useTranslations("messaging.list");
  return (
    <ConversationSplit
      className="mx-auto max-w-6xl lg:border-x"
      list={<CustomerConversationList activeId={activeId} />}
      activeId={activeId}
      backHref="/messages"
      pick={t("pick")}
    />
  );
}
