"use client";

import { useQuery } from "@tanstack/react-query";
import { ChevronLeft, ChevronRight } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { cn } from "@/lib/utils";
import { useTRPC } from "@/trpc/react";
import { addLocalDays, localDate, zonedTime } from "../slots";

/** Days shown per page of the date strip. */
const PAGE_DAYS = 14;

/**
 * Free start times of a service: a strip of days (two weeks a page, days without a free time
 * greyed out), then the day's times as buttons, grouped morning / afternoon. Times are the
 * workshop's (`timeZone`) — shown in the viewer's zone by next-intl's formatter. `value` is the
 * chosen start (UTC ISO) or null. `excludeBookingId` lets a booking being moved not block itself.
 */
export function SlotPicker({
  workshopId,
  serviceId,
  timeZone,
  value,
  onChange,
  excludeBookingId,
  horizonDays = 60,
}: {
  workshopId: string;
  serviceId: string;
  timeZone: string;
  value: string | null;
  onChange: (startsAt: string | null) => void;
  excludeBookingId?: string;
  horizonDays?: number;
}) {
  const t = useTranslations("bookings.picker");
  const format = useFormatter();
  const trpc = useTRPC();
  const today = useMemo(() => localDate(new Date(), timeZone), [timeZone]);
  const [page, setPage] = useState(0);
  const from = addLocalDays(today, page * PAGE_DAYS);
  const to = addLocalDays(from, PAGE_DAYS - 1);
  const slots = useQuery(
    trpc.bookings.slots.queryOptions(
      { workshopId, serviceId, from, to, ...(excludeBookingId ? { excludeBookingId } : {}) },
      { staleTime: 15_000, refetchOnWindowFocus: true },
    ),
  );
  const days = slots.data ?? [];
  const [picked, setDate] = useState<string | null>(null);
  // The chosen day while it is on this page, else the first day with a free time.
  const date = picked && days.some((d) => d.date === picked) ? picked : (days.find((d) => d.slots.length)?.date ?? days[0]?.date ?? null);
  const day = days.find((d) => d.date === date);
  const dayLabel = (d: string) => zonedTime(d, 720, timeZone);
  const noon = date ? zonedTime(date, 720, timeZone).getTime() : 0;
  const groups = [
    { key: "morning", slots: (day?.slots ?? []).filter((s) => Date.parse(s.startsAt) < noon) },
    { key: "afternoon", slots: (day?.slots ?? []).filter((s) => Date.parse(s.startsAt) >= noon) },
  ] as const;
  const lastPage = Math.floor(horizonDays / PAGE_DAYS);

  return (
    <div className="flex min-w-0 flex-col gap-3">
      <div className="flex items-center gap-2">
        <Button
          type="button"
          variant="outline"
          size="icon"
          aria-label={t("earlier")}
          disabled={page === 0}
          onClick={() => {
            setPage((p) => p - 1);
            setDate(null);
          }}
        >
          <ChevronLeft aria-hidden />
        </Button>
        <p className="flex-1 text-center text-sm font-medium" aria-live="polite">
          {format.dateTimeRange(dayLabel(from), dayLabel(to), { day: "numeric", month: "long", timeZone })}
        </p>
        <Button
          type="button"
          variant="outline"
          size="icon"
          aria-label={t("later")}
          disabled={page >= lastPage}
          onClick={() => {
            setPage((p) => p + 1);
            setDate(null);
          }}
        >
          <ChevronRight aria-hidden />
        </Button>
      </div>
      <div role="group" aria-label={t("days")} className="-mx-1 flex gap-1.5 overflow-x-auto px-1 pb-1">
        {slots.isPending
          ? Array.from({ length: 7 }, (_, i) => <Skeleton key={i} className="h-16 w-14 shrink-0" />)
          : days.map((d) => {
              const free = d.slots.length;
              const selected = d.date === date;
              const label = format.dateTime(dayLabel(d.date), { weekday: "long", day: "numeric", month: "long", timeZone });
              return (
                <button
                  key={d.date}
                  type="button"
                  aria-pressed={selected}
                  aria-label={free ? t("dayFree", { day: label, count: free }) : t("dayFull", { day: label })}
                  data-testid="slot-day"
                  disabled={!free}
                  onClick={() => setDate(d.date)}
                  className={cn(
                    "flex w-14 shrink-0 flex-col items-center rounded-md border px-1 py-2 text-xs transition-colors",
                    "focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none",
                    selected ? "border-primary bg-primary text-primary-foreground" : "hover:bg-muted",
                    !free && "cursor-not-allowed opacity-45",
                  )}
                >
                  <span className="uppercase">{format.dateTime(dayLabel(d.date), { weekday: "short", timeZone })}</span>
                  <span className="text-lg leading-tight font-semibold">
                    {format.dateTime(dayLabel(d.date), { day: "numeric", timeZone })}
                  </span>
                  <span className={cn("text-[0.7rem]", !selected && "text-muted-foreground")}>
                    {free ? t("freeShort", { count: free }) : "—"}
                  </span>
                </button>
              );
            })}
      </div>
      {slots.isError && <p className="text-sm text-destructive">{t("error")}</p>}
      {day && !day.slots.length && <p className="text-sm text-muted-foreground">{t("noneThatDay")}</p>}
      {!slots.isPending && days.every((d) => !d.slots.length) && <p className="text-sm text-muted-foreground">{t("noneThisPage")}</p>}
      {day && day.slots.length > 0 && (
        <div
          className="flex flex-col gap-3"
          role="group"
          aria-label={t("times", { day: format.dateTime(dayLabel(day.date), { dateStyle: "full", timeZone }) })}
        >
          {groups.map(
            (g) =>
              g.slots.length > 0 && (
                <div key={g.key}>
                  <p className="mb-1.5 text-xs font-medium text-muted-foreground uppercase">{t(g.key)}</p>
                  <div className="grid grid-cols-4 gap-1.5 sm:grid-cols-6">
                    {g.slots.map((s) => {
                      const selected = value === s.startsAt;
                      return (
                        <Button
                          key={s.startsAt}
                          type="button"
                          size="sm"
                          variant={selected ? "default" : "outline"}
                          aria-pressed={selected}
                          data-testid="slot"
                          onClick={() => onChange(selected ? null : s.startsAt)}
                        >
                          {format.dateTime(new Date(s.startsAt), { hour: "2-digit", minute: "2-digit" })}
                        </Button>
                      );
                    })}
                  </div>
                </div>
              ),
          )}
        </div>
      )}
    </div>
  );
}
