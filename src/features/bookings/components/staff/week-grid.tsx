"use client";

import { Ban } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { formatMinutesOfDay } from "@/lib/format";
import { cn } from "@/lib/utils";
import { axisOf, closedRanges, openIntervalsOn } from "./calendar-model";
import { STATUS_STYLES } from "./status";
import { entriesOn, useLabels, TimeAxis, Column, useNowMinutes, type CalendarData, type GridHandlers } from "./calendar-grid";

/** A week on a grid: a column per day, every bay's entries side by side with the bay named on each. */
export function WeekGrid({
  data,
  dates,
  handlers,
  onPickDay,
}: {
  data: CalendarData;
  dates: string[];
  handlers: GridHandlers;
  onPickDay: (date: string) => void;
}) {
  const t = useTranslations("calendar.grid");
  const id = useId();
  const labels = useLabels(data);
  const now = useNowMinutes(data.timeZone);
  const days = dates.map((date) => ({
    date,
    intervals: openIntervalsOn(date, data.hours, data.overrides),
    entries: entriesOn(data, date),
  }));
  const axis = axisOf(days.map((d) => ({ intervals: d.intervals, spans: d.entries })));
  return (
    <div
      role="region"
      aria-label={t("scrollWeek")}
      tabIndex={0}
      className="overflow-x-auto rounded-lg border bg-card focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
    >
      <div className="grid min-w-max" style={{ gridTemplateColumns: "3.25rem repeat(7, minmax(6.75rem, 1fr))" }}>
        <div className="border-e border-b" />
        {days.map((d, i) => (
          <div key={d.date} className="border-e border-b p-1 last:border-e-0">
            <button
              type="button"
              id={`${id}-day-${i}`}
              onClick={() => onPickDay(d.date)}
              aria-label={labels.t("grid.openDay", { day: labels.f.day(d.date) })}
              aria-current={d.date === now.today ? "date" : undefined}
              className={cn(
                "w-full rounded-md px-1 py-1 text-center text-sm font-semibold outline-none first-letter:uppercase hover:bg-accent focus-visible:ring-[3px] focus-visible:ring-ring/50",
                d.date === now.today && "bg-primary text-primary-foreground hover:bg-primary/90",
              )}
            >
              {labels.f.dayHeader(d.date)}
            </button>
          </div>
        ))}
        <TimeAxis axis={axis} />
        {days.map((d, i) => (
          <Column
            key={d.date}
            entries={d.entries}
            axis={axis}
            closed={closedRanges(d.intervals, axis)}
            nowMinutes={now.minutes(d.date)}
            labels={labels}
            withBay
            handlers={handlers}
            labelledBy={`${id}-day-${i}`}
          />
        ))}
      </div>
    </div>
  );
}

/** A week on a phone: each day as a list of its bookings and blocks. */
export function WeekList({
  data,
  dates,
  handlers,
  onPickDay,
}: {
  data: CalendarData;
  dates: string[];
  handlers: GridHandlers;
  onPickDay: (date: string) => void;
}) {
  const labels = useLabels(data);
  const { t, f } = labels;
  const now = useNowMinutes(data.timeZone);
  return (
    <ol className="flex flex-col gap-3">
      {dates.map((date) => {
        const entries = entriesOn(data, date).sort((a, b) => a.start - b.start);
        const intervals = openIntervalsOn(date, data.hours, data.overrides);
        const override = data.overrides.find((o) => o.date === date);
        return (
          <li key={date} className="rounded-lg border bg-card">
            <div className="flex items-center gap-2 border-b px-3 py-2">
              <h3 className={cn("font-semibold first-letter:uppercase", date === now.today && "text-primary")}>{f.dayShort(date)}</h3>
              <span className="text-xs text-muted-foreground">
                {intervals.length
                  ? intervals.map((i) => `${formatMinutesOfDay(i.opensAt)}–${formatMinutesOfDay(i.closesAt)}`).join(", ")
                  : t("grid.closedDay")}
                {override?.note ? ` · ${override.note}` : ""}
              </span>
              <button
                type="button"
                onClick={() => onPickDay(date)}
                aria-label={t("grid.openDay", { day: f.day(date) })}
                className="ms-auto rounded-md px-2 py-1 text-sm font-medium text-primary underline-offset-4 outline-none hover:underline focus-visible:ring-[3px] focus-visible:ring-ring/50"
              >
                {t("grid.dayLink")}
              </button>
            </div>
            {entries.length === 0 ? (
              <p className="px-3 py-2 text-sm text-muted-foreground">{t("grid.noBookings")}</p>
            ) : (
              <ul className="flex flex-col gap-1.5 p-2">
                {entries.map((e) =>
                  e.kind === "booking" ? (
                    <li key={e.booking.id}>
                      <button
                        type="button"
                        data-testid="calendar-booking"
                        data-status={e.booking.status}
                        aria-label={labels.booking(e.booking, true)}
                        onClick={() => handlers.onOpenBooking(e.booking)}
                        className={cn(
                          "grid w-full grid-cols-[auto_minmax(0,1fr)] gap-x-3 rounded-md border border-s-4 px-2 py-1.5 text-start text-sm outline-none focus-visible:ring-[3px] focus-visible:ring-ring/60",
                          STATUS_STYLES[e.booking.status],
                        )}
                      >
                        <span className="font-semibold tabular-nums">{f.time(e.booking.startsAt)}</span>
                        <span className="truncate font-medium">{e.booking.customerName || t("grid.customer")}</span>
                        <span className="text-xs tabular-nums opacity-90">{f.time(e.booking.endsAt)}</span>
                        <span className="truncate text-xs">
                          {e.booking.serviceName} · {labels.bayName(e.booking.bayId)} · {t(`status.${e.booking.status}`)}
                        </span>
                        <span className="sr-only">{e.booking.code}</span>
                      </button>
                    </li>
                  ) : (
                    <li key={e.block.id}>
                      <button
                        type="button"
                        data-testid="calendar-block"
                        aria-label={labels.block(e.block)}
                        onClick={() => handlers.onOpenBlock(e.block)}
                        className="flex w-full items-center gap-2 rounded-md border border-dashed border-muted-foreground/50 bg-muted/60 px-2 py-1.5 text-start text-sm outline-none focus-visible:ring-[3px] focus-visible:ring-ring/60"
                      >
                        <Ban aria-hidden className="size-4 shrink-0" />
                        <span className="shrink-0 tabular-nums">{f.timeRange(e.block.startsAt, e.block.endsAt)}</span>
                        <span className="truncate">
                          {labels.bayName(e.block.bayId)}: {e.block.reason || t("grid.block")}
                        </span>
                      </button>
                    </li>
                  ),
                )}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
