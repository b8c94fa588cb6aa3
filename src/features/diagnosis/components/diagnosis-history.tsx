"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { useTRPC } from "@/trpc/react";
import { cn } from "@/lib/utils";
import { SEVERITY_STYLES } from "./severity";

/** The signed-in customer's past sessions, newest first; each reopens its conversation. */
export function DiagnosisHistory() {
  const t = useTranslations("diagnosis.history");
  const tc = useTranslations("diagnosis.card");
  const format = useFormatter();
  const trpc = useTRPC();
  const query = useInfiniteQuery(
    trpc.diagnosis.history.infiniteQueryOptions({ limit: 20 }, { getNextPageParam: (last) => last.nextCursor ?? undefined }),
  );
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section aria-labelledby="history-heading" className="flex flex-col gap-3">
      <h2 id="history-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      {query.isSuccess && items.length === 0 && <p className="text-sm text-muted-foreground">{t("empty")}</p>}
      <ul className="flex flex-col divide-y rounded-lg border" data-testid="history">
        {items.map((s) => (
          <li key={s.id}>
            <Link
              href={`/diagnosis/${s.id}`}
              className="flex flex-col gap-1 p-3 hover:bg-muted/50 focus-visible:bg-muted/50 sm:flex-row sm:items-center sm:justify-between"
            >
              <span className="flex min-w-0 flex-col">
                <span className="truncate font-medium">{s.title || t("untitled")}</span>
                <span className="text-xs text-muted-foreground">
                  {[
                    s.vehicle ? [s.vehicle.make, s.vehicle.model, s.vehicle.year].filter(Boolean).join(" ") : null,
                    format.dateTime(s.lastMessageAt, { dateStyle: "medium", timeStyle: "short" }),
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </span>
              </span>
              <span className="flex shrink-0 flex-wrap items-center gap-2">
                {s.diagnosis && (
                  <span className={cn("rounded px-1.5 text-xs", SEVERITY_STYLES[s.diagnosis.severity])}>
                    {tc(`severity.${s.diagnosis.severity}`)}
                  </span>
                )}
                <Badge variant="secondary">{t(`status.${s.status}`)}</Badge>
              </span>
            </Link>
          </li>
        ))}
      </ul>
      {query.hasNextPage && (
        <Button variant="outline" onClick={() => void query.fetchNextPage()} disabled={query.isFetchingNextPage} className="self-start">
          {t("more")}
        </Button>
      )}
    </section>
  );
}
