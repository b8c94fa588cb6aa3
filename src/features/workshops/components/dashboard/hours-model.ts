import { openingHoursSchema, type OpeningInterval } from "@/features/workshops/schemas";
import { formatMinutesOfDay, parseMinutesOfDay } from "@/lib/format";

/**
 * The opening-hours editor's state: one entry per ISO weekday (1 = Monday … 7 = Sunday), each closed
 * or open in one or more ranges. Times are "HH:MM" strings as `<input type="time">` reads and writes
 * them; a closing time of "00:00" means midnight at the end of the day (1440 minutes).
 */
export type TimeRange = { opensAt: string; closesAt: string };
export type DayHours = { weekday: number; open: boolean; ranges: TimeRange[] };
export type Week = DayHours[];

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export const DEFAULT_RANGE: TimeRange = { opensAt: "08:00", closesAt: "17:00" };
/** The schema allows 28 intervals a week; four a day is plenty (morning, lunch, afternoon, evening). */
export const MAX_RANGES_PER_DAY = 4;
/** i18n key of the error for a range with a missing time. */
export const MISSING_TIME = "dashboard.hours.errors.time";

const toInput = (minutes: number) => formatMinutesOfDay(minutes % 1440);
const opening = (value: string) => parseMinutesOfDay(value);
const closing = (value: string) => {
  const m = parseMinutesOfDay(value);
  return m === 0 ? 1440 : m;
};

/** Stored intervals (minutes from local midnight) → editor state; days without intervals are closed. */
export function weekFromIntervals(intervals: readonly OpeningInterval[]): Week {
  return WEEKDAYS.map((weekday) => {
    const ranges = intervals
      .filter((i) => i.weekday === weekday)
      .sort((a, b) => a.opensAt - b.opensAt)
      .map((i) => ({ opensAt: toInput(i.opensAt), closesAt: toInput(i.closesAt) }));
    return { weekday, open: ranges.length > 0, ranges };
  });
}

/** Editor state → the intervals `workshops.saveHours` takes; ranges with a missing time are left out. */
export function intervalsFromWeek(week: Week): OpeningInterval[] {
  return week.flatMap((day) =>
    day.open
      ? day.ranges.flatMap((r) => {
          const opensAt = opening(r.opensAt);
          const closesAt = closing(r.closesAt);
          return opensAt === null || closesAt === null ? [] : [{ weekday: day.weekday, opensAt, closesAt }];
        })
      : [],
  );
}

/** The first problem of each day, as an i18n key (missing time, closing before opening, overlap). */
export function weekErrors(week: Week): Map<number, string> {
  const errors = new Map<number, string>();
  for (const day of week) {
    if (day.open && day.ranges.some((r) => opening(r.opensAt) === null || closing(r.closesAt) === null)) {
      errors.set(day.weekday, MISSING_TIME);
    }
  }
  const intervals = intervalsFromWeek(week);
  const parsed = openingHoursSchema.safeParse(intervals);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const index = issue.path[0];
      const weekday = typeof index === "number" ? intervals[index]?.weekday : undefined;
      if (weekday !== undefined && !errors.has(weekday)) errors.set(weekday, issue.message);
    }
  }
  return errors;
}

/**
 * Adds a break to a day: splits its longest range around the middle (an hour's break in a range of
 * three hours or more, half an hour otherwise) or, when the range is too short, adds a range after
 * the last one. Null when nothing sensible fits (or the day has the most ranges already).
 */
export function addBreak(day: DayHours): DayHours | null {
  if (!day.open || day.ranges.length >= MAX_RANGES_PER_DAY) return null;
  const parsed = day.ranges.map((r) => ({ from: opening(r.opensAt), to: closing(r.closesAt) }));
  let longest = -1;
  let longestLength = 0;
  parsed.forEach((r, i) => {
    if (r.from !== null && r.to !== null && r.to - r.from > longestLength) {
      longest = i;
      longestLength = r.to - r.from;
    }
  });
  const target = parsed[longest];
  if (target && target.from !== null && target.to !== null) {
    const { from, to } = target;
    const gap = to - from >= 180 ? 60 : 30;
    const mid = Math.round((from + to) / 2 / 15) * 15;
    const endFirst = mid - gap / 2;
    const startSecond = mid + gap / 2;
    if (endFirst - from >= 30 && to - startSecond >= 30) {
      const ranges = [...day.ranges];
      ranges.splice(
        longest,
        1,
        { opensAt: toInput(from), closesAt: toInput(endFirst) },
        { opensAt: toInput(startSecond), closesAt: toInput(to) },
      );
      return { ...day, ranges };
    }
  }
  const lastClose = Math.max(0, ...parsed.map((r) => r.to ?? 0));
  const start = lastClose + 60;
  const end = Math.min(start + 120, 1440);
  if (end - start < 30) return null;
  return { ...day, ranges: [...day.ranges, { opensAt: toInput(start), closesAt: toInput(end) }] };
}

/** Monday's hours copied to Tuesday–Friday; Saturday and Sunday stay as they are. */
export function copyMondayToWeekdays(week: Week): Week {
  const monday = week.find((d) => d.weekday === 1);
  if (!monday) return week;
  return week.map((day) =>
    day.weekday >= 2 && day.weekday <= 5 ? { weekday: day.weekday, open: monday.open, ranges: monday.ranges.map((r) => ({ ...r })) } : day,
  );
}

/** Whether two editor states save the same week (ignores ranges kept on closed days). */
export function sameWeek(a: Week, b: Week): boolean {
  const key = (w: Week) => JSON.stringify(w.map((d) => (d.open ? d.ranges : [])));
  return key(a) === key(b);
}
