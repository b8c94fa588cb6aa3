"use client";

import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { Check, ShieldCheck, Trash2 } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { toast } from "sonner";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { useErrorMessage } from "@/hooks/use-error-message";
import { useTRPC } from "@/trpc/react";

/** Why a message was flagged, in words: "word list: profanity" or "AI: …". */
function reasonText(reason: string | null, t: (key: string, values?: Record<string, string>) => string): string {
  if (!reason) return t("reasons.unknown");
  if (reason.startsWith("ai:")) return t("reasons.ai", { detail: reason.slice(3) });
  return t("reasons.words", { detail: reason });
}

/**
 * Admins' review of flagged chat messages (word lists, or the AI check when a model is configured):
 * each with who wrote it, in which workshop's conversation, and why; keep it ("clear") or remove its
 * content for both sides.
 */
export function ModerationQueue() {
  const t = useTranslations("messaging.moderation");
  const format = useFormatter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const list = useInfiniteQuery(
    trpc.messaging.flagged.infiniteQueryOptions({ limit: 20 }, { getNextPageParam: (last) => last.nextCursor ?? undefined }),
  );
  const review = useMutation(
    trpc.messaging.review.mutationOptions({
      onSuccess: (_r, v) => {
        toast.success(v.action === "clear" ? t("cleared") : t("removed"));
        void queryClient.invalidateQueries({ queryKey: trpc.messaging.flagged.pathKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.messaging.flaggedCount.queryKey() });
      },
      onError: (e) => toast.error(errorMessage(e)),
    }),
  );
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-1">
        <h2 className="text-2xl font-bold tracking-tight">{t("title")}</h2>
        <p className="text-muted-foreground">{t("lead")}</p>
      </header>
      {list.isPending && <Skeleton className="h-32 w-full" />}
      {!list.isPending && items.length === 0 && (
        <div className="flex flex-col items-center gap-2 rounded-xl border border-dashed p-10 text-center text-muted-foreground">
          <ShieldCheck aria-hidden className="size-8" />
          <p>{t("empty")}</p>
        </div>
      )}
      <ul className="grid gap-4" aria-label={t("title")}>
        {items.map((item) => (
          <li key={item.id}>
            <Card data-testid="flagged-message">
              <CardHeader>
                <CardTitle className="flex flex-wrap items-center gap-2 text-base">
                  {item.senderName ?? item.senderEmail ?? t("unknownSender")}
                  <Badge variant="outline">{t(`sides.${item.senderSide}`)}</Badge>
                  <Badge variant="secondary">{reasonText(item.flagReason, t)}</Badge>
                </CardTitle>
                <p className="text-sm text-muted-foreground">
                  {t("where", { workshop: item.workshopName, customer: item.customerName ?? "" })} ·{" "}
                  <time dateTime={item.createdAt}>
                    {format.dateTime(new Date(item.createdAt), { dateStyle: "medium", timeStyle: "short" })}
                  </time>
                </p>
              </CardHeader>
              <CardContent>
                <blockquote className="rounded-md border-s-4 bg-muted/50 px-3 py-2 text-sm break-words whitespace-pre-wrap">
                  {item.body || t("noText")}
                </blockquote>
              </CardContent>
              <CardFooter className="gap-2">
                <Button
                  size="sm"
                  variant="outline"
                  disabled={review.isPending}
                  onClick={() => review.mutate({ messageId: item.id, action: "clear" })}
                >
                  <Check aria-hidden className="size-4" /> {t("clear")}
                </Button>
                <Button
                  size="sm"
                  variant="destructive"
                  disabled={review.isPending}
                  onClick={() => review.mutate({ messageId: item.id, action: "remove" })}
                >
                  <Trash2 aria-hidden className="size-4" /> {t("remove")}
                </Button>
              </CardFooter>
            </Card>
          </li>
        ))}
      </ul>
      {list.hasNextPage && (
        <Button variant="outline" className="self-center" onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>
          {t("more")}
        </Button>
      )}
    </div>
  );
}
