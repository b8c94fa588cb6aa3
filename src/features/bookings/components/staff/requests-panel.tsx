"use client";

import { Inbox } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { cn } from "@/lib/utils";
import type { CalendarData } from "./calendar-grid";
import { ReasonDialog } from "./reason-dialog";
import { useBookingActions } from "./use-booking-actions";
import { useWorkshopFormat } from "./use-workshop-format";

type Request = CalendarData["requests"][number];

/** Requests listed on a phone before "show all". */
const PHONE_LIMIT = 3;

/** Requests waiting for the workshop's answer, soonest visit first, each with Confirm and Decline. */
export function RequestsPanel({
  workshopId,
  requests,
  timeZone,
  loading,
  onOpen,
  className,
}: {
  workshopId: string;
  requests: Request[] | undefined;
  timeZone: string;
  loading: boolean;
  onOpen: (bookingId: string) => void;
  className?: string;
}) {
  const t = useTranslations("calendar.requests");
  const f = useWorkshopFormat(timeZone);
  const actions = useBookingActions(workshopId);
  // The dialog keeps its request while closing, so its text does not change mid-animation.
  const [expanded, setExpanded] = useState(false);
  const [declining, setDeclining] = useState<{ open: boolean; request: Request | null }>({ open: false, request: null });
  const tg = useTranslations("calendar.grid");
  const nameOf = (r: Request) => r.customerName || tg("customer");
  const subject = (r: Request) => `${nameOf(r)}, ${f.dateShort(r.startsAt)}, ${f.timeRange(r.startsAt, r.endsAt)}`;

  return (
    <section
      aria-labelledby="booking-requests-title"
      aria-busy={loading}
      className={cn("flex flex-col rounded-lg border bg-card", className)}
    >
      <div className="flex items-center gap-2 border-b px-3 py-2.5">
        <Inbox aria-hidden className="size-4 text-muted-foreground" />
        <h2 id="booking-requests-title" className="font-semibold">
          {t("title")}
        </h2>
        {requests?.length ? (
          <span className="ms-auto rounded-full bg-amber-200 px-2 text-xs font-semibold text-amber-950 tabular-nums dark:bg-amber-400">
            {requests.length}
            <span className="sr-only"> {t("waiting", { count: requests.length })}</span>
          </span>
        ) : null}
      </div>
      {loading && !requests ? (
        <div className="flex flex-col gap-2 p-3">
          <Skeleton className="h-20" />
          <Skeleton className="h-20" />
        </div>
      ) : !requests?.length ? (
        <p className="p-3 text-sm text-muted-foreground">{t("empty")}</p>
      ) : (
        <ul className="flex flex-col divide-y lg:max-h-[40rem] lg:overflow-y-auto">
          {requests.map((r, i) => {
            const busy = actions.pending.confirm === r.id || actions.pending.cancel === r.id;
            return (
              <li
                key={r.id}
                data-testid="booking-request"
                // On phones the first few, so the calendar stays close; all of them on request.
                className={cn("flex flex-col gap-1.5 px-3 py-3", i >= PHONE_LIMIT && !expanded && "max-lg:hidden")}
              >
                <button
                  type="button"
                  onClick={() => onOpen(r.id)}
                  className="self-start rounded text-start font-medium underline-offset-4 outline-none hover:underline focus-visible:ring-[3px] focus-visible:ring-ring/50"
                >
                  {nameOf(r)}
                  <span className="sr-only">, {t("details")}</span>
                </button>
                <p className="text-sm">
                  <span className="inline-block first-letter:uppercase">{f.dateShort(r.startsAt)}</span>,{" "}
                  <span className="tabular-nums">{f.timeRange(r.startsAt, r.endsAt)}</span>
                </p>
                <p className="text-sm text-muted-foreground">
                  <span className="font-mono text-xs">{r.code}</span>
                  <span aria-hidden> · </span>
                  <span className="sr-only">, </span>
                  {r.serviceName}
                  <span aria-hidden> · </span>
                  <span className="sr-only">, </span>
                  {r.vehicleLabel}
                </p>
                <div className="mt-1 flex gap-2">
                  <Button size="sm" disabled={busy} onClick={() => actions.confirm(r.id)}>
                    {t("confirm")}
                  </Button>
                  <Button size="sm" variant="outline" disabled={busy} onClick={() => setDeclining({ open: true, request: r })}>
                    {t("decline")}
                  </Button>
                </div>
              </li>
            );
          })}
          {requests.length > PHONE_LIMIT && !expanded ? (
            <li className="p-2 lg:hidden">
              <Button variant="ghost" className="w-full" onClick={() => setExpanded(true)}>
                {t("showAll", { count: requests.length })}
              </Button>
            </li>
          ) : null}
        </ul>
      )}
      <ReasonDialog
        open={declining.open}
        onOpenChange={(open) => setDeclining((d) => ({ ...d, open }))}
        mode="decline"
        subject={declining.request ? subject(declining.request) : ""}
        pending={!!declining.request && actions.pending.cancel === declining.request.id}
        onSubmit={(reason) => (declining.request ? actions.cancel(declining.request.id, reason) : Promise.resolve(false))}
      />
    </section>
  );
}
