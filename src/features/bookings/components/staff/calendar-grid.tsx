"use client";

import { Ban } from "lucide-react";
import { useNow, useTranslations } from "next-intl";
import { useId } from "react";
import { formatMinutesOfDay } from "@/lib/format";
import { cn } from "@/lib/utils";
import type { RouterOutputs } from "@/trpc/react";
import { localDate } from "../../slots";
import { axisOf, closedRanges, layoutLanes, minutesOnDate, openIntervalsOn, spanOnDate, type Laid } from "./calendar-model";
import { STATUS_STYLES } from "./status";
import { useWorkshopFormat } from "./use-workshop-format";

export type CalendarData = RouterOutputs["bookings"]["staff"]["calendar"];
export type CalendarBooking = CalendarData["bookings"][number];
export type CalendarBlock = CalendarData["blocks"][number];

/** Pixels per minute on the time axis (an hour is 80 px). */
const PX_PER_MINUTE = 80 / 60;
/** Entries shorter than this still get room for one line of text. */
const MIN_ENTRY_MINUTES = 22;

type Entry = { start: number; end: number } & ({ kind: "booking"; booking: CalendarBooking } | { kind: "block"; block: CalendarBlock });

export type GridHandlers = {
  onOpenBooking: (booking: CalendarBooking) => void;
  onOpenBlock: (block: CalendarBlock) => void;
};

/** A day's open intervals and the entries (bookings, blocks) of `bayId` — or of every bay when undefined — on it. */
export function entriesOn(data: CalendarData, date: string, bayId?: string): Entry[] {
  const out: Entry[] = [];
  for (const booking of data.bookings) {
    if (bayId !== undefined && booking.bayId !== bayId) continue;
    const span = spanOnDate(booking.startsAt, booking.endsAt, date, data.timeZone);
    if (span) out.push({ ...span, kind: "booking", booking });
  }
  for (const block of data.blocks) {
    if (bayId !== undefined && block.bayId !== null && block.bayId !== bayId) continue;
    const span = spanOnDate(block.startsAt, block.endsAt, date, data.timeZone);
    if (span) out.push({ ...span, kind: "block", block });
  }
  return out;
}

/** Bays a day view shows: the active ones, and inactive ones that still hold something that day. */
export function visibleBays(data: CalendarData, dates: string[]) {
  return data.bays.filter(
    (bay) => bay.active || dates.some((date) => entriesOn(data, date, bay.id).some((e) => e.kind === "booking" || e.block.bayId)),
  );
}

export function useLabels(data: CalendarData) {
  const t = useTranslations("calendar");
  const f = useWorkshopFormat(data.timeZone);
  const bayName = (bayId: string | null) => (bayId ? (data.bays.find((b) => b.id === bayId)?.name ?? "") : t("grid.allBays"));
  return {
    booking: (b: CalendarBooking, withBay: boolean) =>
      t(withBay ? "grid.bookingWithBay" : "grid.booking", {
        time: f.timeRange(b.startsAt, b.endsAt),
        customer: b.customerName || t("grid.customer"),
        service: b.serviceName,
        status: t(`status.${b.status}`),
        bay: bayName(b.bayId),
      }),
    block: (b: CalendarBlock) =>
      t("grid.blockLabel", { time: f.timeRange(b.startsAt, b.endsAt), bay: bayName(b.bayId), reason: b.reason || t("grid.block") }),
    bayName,
    f,
    t,
  };
}

type Labels = ReturnType<typeof useLabels>;

const position = (e: Laid<Entry>, axisStart: number) => ({
  top: (e.start - axisStart) * PX_PER_MINUTE,
  height: Math.max(e.end - e.start, MIN_ENTRY_MINUTES) * PX_PER_MINUTE - 2,
  left: `calc(${(e.lane / e.lanes) * 100}% + 2px)`,
  width: `calc(${100 / e.lanes}% - 4px)`,
});

/** One booking on the grid: a button with the time, customer, service and status, coloured by status. */
function BookingEntry({
  entry,
  axisStart,
  labels: { t, f },
  label,
  bay,
  onOpen,
}: {
  entry: Laid<Entry & { kind: "booking" }>;
  axisStart: number;
  labels: Labels;
  label: string;
  bay?: string;
  onOpen: () => void;
}) {
  const b = entry.booking;
  const short = entry.end - entry.start < 45;
  return (
    <button
      type="button"
      data-testid="calendar-booking"
      data-status={b.status}
      aria-label={label}
      onClick={onOpen}
      style={position(entry, axisStart)}
      className={cn(
        "absolute z-[1] flex flex-col overflow-hidden rounded-md border border-s-4 px-1.5 py-0.5 text-start text-xs leading-tight shadow-xs outline-none transition-[filter] hover:brightness-95 focus-visible:z-10 focus-visible:ring-[3px] focus-visible:ring-ring/60 dark:hover:brightness-125",
        STATUS_STYLES[b.status],
      )}
    >
      <span className="flex min-w-0 items-baseline gap-1">
        <span className="shrink-0 font-semibold tabular-nums">{f.timeRange(b.startsAt, b.endsAt)}</span>
        {short ? <span className="truncate font-medium">{b.customerName || t("grid.customer")}</span> : null}
      </span>
      {!short ? <span className="truncate font-medium">{b.customerName || t("grid.customer")}</span> : null}
      <span className="truncate">{b.serviceName}</span>
      {!short ? (
        <span className="truncate opacity-90">
          {bay ? `${bay} · ` : ""}
          {t(`status.${b.status}`)}
        </span>
      ) : null}
      <span className="sr-only">{b.code}</span>
    </button>
  );
}

/** Blocked time: hatched, with its reason; a button that offers to remove the block. */
function BlockEntry({
  entry,
  axisStart,
  labels: { t, f },
  label,
  onOpen,
}: {
  entry: Laid<Entry & { kind: "block" }>;
  axisStart: number;
  labels: Labels;
  label: string;
  onOpen: () => void;
}) {
  const b = entry.block;
  return (
    <button
      type="button"
      data-testid="calendar-block"
      aria-label={label}
      onClick={onOpen}
      style={{
        ...position(entry, axisStart),
        backgroundImage:
          "repeating-linear-gradient(135deg, color-mix(in oklab, var(--muted-foreground) 22%, transparent) 0 6px, transparent 6px 12px)",
      }}
      className="absolute z-[1] flex flex-col items-start overflow-hidden rounded-md border border-dashed border-muted-foreground/50 bg-muted/60 p-1 text-start text-xs leading-tight text-foreground outline-none hover:border-foreground focus-visible:z-10 focus-visible:ring-[3px] focus-visible:ring-ring/60"
    >
      <span className="inline-flex max-w-full items-center gap-1 rounded bg-background/90 px-1 font-medium">
        <Ban aria-hidden className="size-3 shrink-0" />
        <span className="truncate">{b.reason || t("grid.block")}</span>
      </span>
      {entry.end - entry.start >= 45 ? (
        <span className="mt-0.5 max-w-full truncate rounded bg-background/90 px-1 tabular-nums">{f.timeRange(b.startsAt, b.endsAt)}</span>
      ) : null}
    </button>
  );
}

/** Hour labels on the left of the grid. */
export function TimeAxis({ axis }: { axis: { start: number; end: number } }) {
  const hours = [];
  for (let m = axis.start; m < axis.end; m += 60) hours.push(m);
  return (
    <div aria-hidden className="relative border-e" style={{ height: (axis.end - axis.start) * PX_PER_MINUTE }}>
      {hours.map((m) => (
        <span
          key={m}
          className="absolute end-1.5 -translate-y-1/2 text-[0.7rem] text-muted-foreground tabular-nums first:translate-y-0.5"
          style={{ top: (m - axis.start) * PX_PER_MINUTE }}
        >
          {formatMinutesOfDay(m)}
        </span>
      ))}
    </div>
  );
}

/** A column's background: hour lines, closed time shaded, the current time as a line. */
function ColumnBackground({
  axis,
  closed,
  nowMinutes,
}: {
  axis: { start: number; end: number };
  closed: { start: number; end: number }[];
  nowMinutes: number | null;
}) {
  return (
    <div aria-hidden className="pointer-events-none absolute inset-0">
      <div
        className="absolute inset-0"
        style={{
          backgroundImage: "linear-gradient(to bottom, var(--border) 1px, transparent 1px)",
          backgroundSize: `100% ${60 * PX_PER_MINUTE}px`,
        }}
      />
      {closed.map((r) => (
        <div
          key={r.start}
          data-testid="calendar-closed"
          className="absolute inset-x-0 bg-muted/80 dark:bg-muted/50"
          style={{ top: (r.start - axis.start) * PX_PER_MINUTE, height: (r.end - r.start) * PX_PER_MINUTE }}
        />
      ))}
      {nowMinutes !== null && nowMinutes >= axis.start && nowMinutes <= axis.end ? (
        <div className="absolute inset-x-0 z-[2] h-0.5 bg-primary" style={{ top: (nowMinutes - axis.start) * PX_PER_MINUTE }} />
      ) : null}
    </div>
  );
}

export function Column({
  entries,
  axis,
  closed,
  nowMinutes,
  labels,
  withBay,
  handlers,
  labelledBy,
}: {
  entries: Entry[];
  axis: { start: number; end: number };
  closed: { start: number; end: number }[];
  nowMinutes: number | null;
  labels: Labels;
  withBay: boolean;
  handlers: GridHandlers;
  labelledBy: string;
}) {
  return (
    <div
      role="group"
      aria-labelledby={labelledBy}
      className="relative border-e last:border-e-0"
      style={{ height: (axis.end - axis.start) * PX_PER_MINUTE }}
    >
      <ColumnBackground axis={axis} closed={closed} nowMinutes={nowMinutes} />
      {layoutLanes(entries).map((e) =>
        e.kind === "booking" ? (
          <BookingEntry
            key={e.booking.id}
            entry={e as Laid<Entry & { kind: "booking" }>}
            axisStart={axis.start}
            labels={labels}
            label={labels.booking(e.booking, withBay)}
            bay={withBay ? labels.bayName(e.booking.bayId) : undefined}
            onOpen={() => handlers.onOpenBooking(e.booking)}
          />
        ) : (
          <BlockEntry
            key={e.block.id}
            entry={e as Laid<Entry & { kind: "block" }>}
            axisStart={axis.start}
            labels={labels}
            label={labels.block(e.block)}
            onOpen={() => handlers.onOpenBlock(e.block)}
          />
        ),
      )}
    </div>
  );
}

/** The day's note from a date override ("closed", special hours), if any. */
function OverrideNote({ data, date }: { data: CalendarData; date: string }) {
  const t = useTranslations("calendar.grid");
  const override = data.overrides.find((o) => o.date === date);
  if (!override) return null;
  const text = override.intervals.length ? t("specialHours") : t("closedDay");
  return (
    <p className="rounded-md border border-dashed px-3 py-2 text-sm text-muted-foreground">
      <span className="font-medium text-foreground">{text}</span>
      {override.note ? ` — ${override.note}` : null}
    </p>
  );
}

export function useNowMinutes(timeZone: string) {
  const now = useNow({ updateInterval: 60_000 });
  return {
    today: localDate(now, timeZone),
    minutes: (date: string) => (localDate(now, timeZone) === date ? minutesOnDate(now, date, timeZone) : null),
  };
}

/** One day: a column per bay, the day's hours on the axis, closed time shaded. */
export function DayGrid({ data, date, handlers }: { data: CalendarData; date: string; handlers: GridHandlers }) {
  const t = useTranslations("calendar.grid");
  const id = useId();
  const labels = useLabels(data);
  const now = useNowMinutes(data.timeZone);
  const bays = visibleBays(data, [date]);
  const intervals = openIntervalsOn(date, data.hours, data.overrides);
  const axis = axisOf([{ intervals, spans: entriesOn(data, date) }]);
  const closed = closedRanges(intervals, axis);
  return (
    <div className="flex flex-col gap-3">
      <OverrideNote data={data} date={date} />
      {/* Focusable so keyboard users can scroll the bays sideways on a phone. */}
      <div
        role="region"
        aria-label={t("scrollDay")}
        tabIndex={0}
        className="overflow-x-auto rounded-lg border bg-card focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
      >
        <div className="grid min-w-max" style={{ gridTemplateColumns: `3.25rem repeat(${bays.length}, minmax(8.5rem, 1fr))` }}>
          <div className="sticky start-0 z-[3] border-e border-b bg-card" />
          {bays.map((bay, i) => (
            <div key={bay.id} id={`${id}-bay-${i}`} className="truncate border-e border-b px-2 py-2 text-sm font-semibold last:border-e-0">
              {bay.active ? bay.name : labels.t("grid.inactiveBay", { name: bay.name })}
            </div>
          ))}
          <div className="sticky start-0 z-[3] bg-card">
            <TimeAxis axis={axis} />
          </div>
          {bays.map((bay, i) => (
            <Column
              key={bay.id}
              entries={entriesOn(data, date, bay.id)}
              axis={axis}
              closed={closed}
              nowMinutes={now.minutes(date)}
              labels={labels}
              withBay={false}
              handlers={handlers}
              labelledBy={`${id}-bay-${i}`}
            />
          ))}
        </div>
      </div>
    </div>
  );
}
