/**
 * Pure helpers of the staff calendar: which local dates a view shows, where on a day's time axis an
 * instant falls (in the WORKSHOP's zone, whatever the browser's), which part of a day is closed, and
 * how overlapping entries share a column. Minutes are from local midnight (0–1440); local dates are
 * `YYYY-MM-DD` in the workshop's zone.
 */
import { tz } from "@date-fns/tz";
import { format } from "date-fns";
import { addLocalDays, localDate, type DateOverride, type Interval, type WeeklyHours } from "../../slots";

export type CalendarView = "day" | "week";
export const CALENDAR_VIEWS = ["day", "week"] as const satisfies readonly CalendarView[];

/** The axis shown for a day without opening hours: 07:00–19:00. */
export const FALLBACK_AXIS = { start: 7 * 60, end: 19 * 60 } as const;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is a real calendar date written `YYYY-MM-DD`. */
export function isLocalDate(value: string | null | undefined): value is string {
  const match = value ? DATE_RE.exec(value) : null;
  if (!match) return false;
  const at = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return at.toISOString().slice(0, 10) === value;
}

/** ISO weekday of a local date: 1 = Monday … 7 = Sunday. */
export function isoWeekdayOf(date: string): number {
  const [y, m, d] = date.split("-").map(Number);
  return ((new Date(Date.UTC(y!, m! - 1, d!)).getUTCDay() + 6) % 7) + 1;
}

/** The Monday of the week `date` is in. */
export function weekStartOf(date: string): string {
  return addLocalDays(date, 1 - isoWeekdayOf(date));
}

/** The local dates a view shows around `date`: that day, or its week Monday to Sunday. */
export function viewDates(view: CalendarView, date: string): string[] {
  if (view === "day") return [date];
  const monday = weekStartOf(date);
  return Array.from({ length: 7 }, (_, i) => addLocalDays(monday, i));
}

/** The date the previous / next button goes to (a day or a week away). */
export function shiftDate(view: CalendarView, date: string, direction: -1 | 1): string {
  return addLocalDays(date, direction * (view === "day" ? 1 : 7));
}

/** A date as the UTC noon of that calendar day: safe to format with `timeZone: "UTC"` anywhere. */
export function calendarNoon(date: string): Date {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!, 12));
}

/** Opening intervals of a local date: its override when there is one (none = closed), else the weekly hours of its weekday. */
export function openIntervalsOn(date: string, hours: WeeklyHours, overrides: Pick<DateOverride, "date" | "intervals">[]): Interval[] {
  const override = overrides.find((o) => o.date === date);
  const list = override ? override.intervals : hours.filter((h) => h.weekday === isoWeekdayOf(date));
  return list.map((i) => ({ opensAt: i.opensAt, closesAt: i.closesAt })).sort((a, b) => a.opensAt - b.opensAt);
}

/**
 * Where instant `at` falls on local date `date` in `timeZone`, in minutes from that date's midnight:
 * 0 when it is on an earlier date, 1440 when on a later one (so an entry crossing midnight is cut at the day's edge).
 */
export function minutesOnDate(at: Date, date: string, timeZone: string): number {
  const day = localDate(at, timeZone);
  if (day < date) return 0;
  if (day > date) return 24 * 60;
  const [h, m] = format(at, "H:m", { in: tz(timeZone) })
    .split(":")
    .map(Number);
  return h! * 60 + m!;
}

/** [start, end) of an entry on one local date, or null when it does not touch that date. */
export function spanOnDate(startsAt: Date, endsAt: Date, date: string, timeZone: string): { start: number; end: number } | null {
  const start = minutesOnDate(startsAt, date, timeZone);
  const end = minutesOnDate(endsAt, date, timeZone);
  return end > start ? { start, end } : null;
}

/**
 * The time axis of one or more days: from the earliest opening to the latest closing, widened to
 * show every entry, in whole hours. Closed days do not widen it; when every day is closed it is
 * 07:00–19:00 (plus the entries).
 */
export function axisOf(days: { intervals: Interval[]; spans: { start: number; end: number }[] }[]): { start: number; end: number } {
  const open = days.flatMap((d) => d.intervals.map((i) => ({ start: i.opensAt, end: i.closesAt })));
  const bounds = [...(open.length ? open : [FALLBACK_AXIS]), ...days.flatMap((d) => d.spans)];
  let start = Math.min(...bounds.map((b) => b.start));
  let end = Math.max(...bounds.map((b) => b.end));
  start = Math.max(0, Math.floor(start / 60) * 60);
  end = Math.min(24 * 60, Math.ceil(end / 60) * 60);
  if (end - start < 60) end = Math.min(24 * 60, start + 60);
  return { start, end };
}

/** The closed parts of `axis` on a day open during `intervals` (all of it when closed). */
export function closedRanges(intervals: Interval[], axis: { start: number; end: number }): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let cursor = axis.start;
  for (const i of intervals) {
    if (i.opensAt > cursor) out.push({ start: cursor, end: Math.min(i.opensAt, axis.end) });
    cursor = Math.max(cursor, i.closesAt);
  }
  if (cursor < axis.end) out.push({ start: cursor, end: axis.end });
  return out.filter((r) => r.end > r.start);
}

export type Laid<T> = T & { lane: number; lanes: number };

/**
 * Side-by-side lanes for entries of one column that overlap in time: each entry gets the first lane
 * free at its start, and every entry of a group of (transitively) overlapping ones the group's lane
 * count, so they split the column's width evenly. Order of the result: by start, then longer first.
 */
export function layoutLanes<T extends { start: number; end: number }>(entries: T[]): Laid<T>[] {
  const sorted = [...entries].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Laid<T>[] = [];
  let group: Laid<T>[] = [];
  let laneEnds: number[] = [];
  let groupEnd = -Infinity;
  const close = () => {
    for (const e of group) e.lanes = laneEnds.length;
    group = [];
    laneEnds = [];
  };
  for (const entry of sorted) {
    if (entry.start >= groupEnd) close();
    let lane = laneEnds.findIndex((end) => end <= entry.start);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = entry.end;
    const laid = { ...entry, lane, lanes: 1 };
    group.push(laid);
    out.push(laid);
    groupEnd = group.length === 1 ? entry.end : Math.max(groupEnd, entry.end);
  }
  close();
  return out;
}
