/**
 * Bookable slots of a workshop: opening hours (weekly, overridden per date) in the workshop's own
 * time zone, minus what its bays are already busy with. Pure and client-safe, so the booking page can
 * preview slots and the server can re-check a chosen one with the same code.
 *
 * Units: times of day are minutes from local midnight, durations and buffers are minutes, instants are
 * UTC `Date`s, local dates are `YYYY-MM-DD` strings in the workshop's zone.
 *
 * Time zones go through date-fns and @date-fns/tz (`TZDate`, `tz`, `tzOffset`); nothing here knows an
 * offset of its own, so DST follows the IANA data the runtime ships.
 */
import { TZDate, tz, tzOffset } from "@date-fns/tz";
import { format } from "date-fns";

/** Minutes from local midnight, [opensAt, closesAt). */
export type Interval = { opensAt: number; closesAt: number };
export type WeeklyHours = { weekday: number /* ISO 1=Mon..7=Sun */; opensAt: number; closesAt: number }[];
/** A date override replaces that local date's weekly hours; intervals [] = closed. */
export type DateOverride = { date: string /* YYYY-MM-DD local */; intervals: Interval[] };
/** A time a bay is occupied (an existing booking already widened by its own buffers, or a block/time off). bayId null = every bay. */
export type BusyRange = { bayId: string | null; from: Date; until: Date };
export type SlotInput = {
  timeZone: string; // IANA zone of the workshop, e.g. "Europe/Warsaw"
  weeklyHours: WeeklyHours; // multiple intervals per weekday allowed; gaps = breaks
  overrides: DateOverride[];
  bayIds: string[]; // active bays; each bay holds one vehicle at a time
  busy: BusyRange[];
  durationMinutes: number; // service duration
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  slotIntervalMinutes: number; // starts offered every N minutes from each interval's opening (e.g. 15, 30)
  minNoticeMinutes: number; // no start earlier than now + notice
  horizonDays: number; // no start on a local date later than (local today + horizonDays)
  now: Date;
  from: string; // first local date (YYYY-MM-DD) to compute, inclusive
  to: string; // last local date, inclusive
};
export type Slot = { startsAt: Date; endsAt: Date; freeBayIds: string[] };
export type DaySlots = { date: string; slots: Slot[] };

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
const MINUTES_PER_DAY = 24 * 60;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A local date as the UTC midnight of the same calendar day, in ms. Calendar arithmetic (next day,
 * weekday) needs no zone, and in UTC every day has 24 hours. RangeError if malformed or not a real date.
 */
function calendarDay(date: string): number {
  const match = DATE_RE.exec(date);
  const day = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : Number.NaN;
  // Round-tripping catches dates Date.UTC would silently roll over (2026-02-30 → 03-02).
  if (Number.isNaN(day) || calendarString(day) !== date) throw new RangeError(`Invalid local date "${date}", expected YYYY-MM-DD`);
  return day;
}

/** Inverse of `calendarDay`. Cheaper than date-fns `format`, which matters once per date per call. */
function calendarString(day: number): string {
  const at = new Date(day);
  const month = String(at.getUTCMonth() + 1).padStart(2, "0");
  return `${at.getUTCFullYear()}-${month}-${String(at.getUTCDate()).padStart(2, "0")}`;
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a `calendarDay`. */
const isoWeekday = (day: number) => ((new Date(day).getUTCDay() + 6) % 7) + 1;

/** The local date `days` calendar days after `date` (both `YYYY-MM-DD`); RangeError if `date` is malformed. */
export function addLocalDays(date: string, days: number): string {
  return calendarString(calendarDay(date) + days * DAY_MS);
}

/**
 * The range a booking occupies its bay: [start - bufferBefore, end + bufferAfter).
 * Takes UTC instants and buffers in minutes; returns new instants (the arguments are not changed).
 */
export function occupiedRange(
  startsAt: Date,
  endsAt: Date,
  bufferBeforeMinutes: number,
  bufferAfterMinutes: number,
): { from: Date; until: Date } {
  return {
    from: new Date(startsAt.getTime() - bufferBeforeMinutes * MINUTE_MS),
    until: new Date(endsAt.getTime() + bufferAfterMinutes * MINUTE_MS),
  };
}

/**
 * Local date (YYYY-MM-DD) of an instant in a zone, e.g. 2026-03-28T23:30Z in "Europe/Warsaw" →
 * "2026-03-29". Throws RangeError for an unknown zone or an invalid date.
 */
export function localDate(at: Date, timeZone: string): string {
  return format(at, "yyyy-MM-dd", { in: tz(timeZone) });
}

/**
 * Local date + minutes from local midnight (0–1440; 1440 = the next midnight) in an IANA zone → the
 * UTC instant, using the zone's offset on that date.
 *
 * Days with a DST switch, resolved like JavaScript's `Date` and Temporal's "compatible":
 * - a local time that does not exist (spring-forward gap) moves forward by the gap, as `TZDate` does:
 *   02:30 on 2026-03-29 in Europe/Warsaw → 03:30 CEST = 01:30Z;
 * - a local time that happens twice (autumn back) is its first occurrence: 02:30 on 2026-10-25 in
 *   Europe/Warsaw → 02:30 CEST = 00:30Z. `TZDate` alone returns either occurrence depending on the
 *   host's system zone (UTC hosts get the second), so we pick the earlier one ourselves to give the
 *   same answer on every server and browser.
 *
 * Throws RangeError for a malformed date, minutes outside 0–1440, or an unknown zone.
 */
export function zonedTime(date: string, minutes: number, timeZone: string): Date {
  if (!(minutes >= 0 && minutes <= MINUTES_PER_DAY)) throw new RangeError(`Minutes from midnight must be within 0–1440, got ${minutes}`);
  const day = new Date(calendarDay(date));
  const instant = new TZDate(
    day.getUTCFullYear(),
    day.getUTCMonth(),
    day.getUTCDate(),
    Math.floor(minutes / 60),
    minutes % 60,
    timeZone,
  ).getTime();
  if (Number.isNaN(instant)) throw new RangeError(`Unknown time zone "${timeZone}"`);
  // If the offset dropped during the last day (autumn back), the same wall time may also exist
  // earlier, under the previous offset: prefer that first occurrence when it really shows this time.
  const offset = tzOffset(timeZone, new Date(instant));
  const previousOffset = tzOffset(timeZone, new Date(instant - DAY_MS));
  if (previousOffset > offset) {
    const earlier = instant - (previousOffset - offset) * MINUTE_MS;
    if (tzOffset(timeZone, new Date(earlier)) === previousOffset) return new Date(earlier);
  }
  return new Date(instant);
}

/**
 * Busy ranges of one bay as sorted starts plus, for each position, the latest end among the ranges up
 * to it. "Does anything overlap [a, b)?" is then one binary search: the last range starting before b
 * overlaps, or an earlier one does, iff the latest end up to it is after a. Ranges may overlap each other.
 */
type BusyIndex = { starts: Float64Array; reach: Float64Array };

function buildIndex(ranges: { from: number; until: number }[]): BusyIndex {
  ranges.sort((x, y) => x.from - y.from);
  const starts = new Float64Array(ranges.length);
  const reach = new Float64Array(ranges.length);
  let latest = -Infinity;
  ranges.forEach((range, i) => {
    starts[i] = range.from;
    latest = Math.max(latest, range.until);
    reach[i] = latest;
  });
  return { starts, reach };
}

/** Whether any busy range overlaps the half-open [from, until) (ms since epoch). */
function overlaps(index: BusyIndex, from: number, until: number): boolean {
  const { starts, reach } = index;
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! < until) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && reach[lo - 1]! > from;
}

/**
 * Bookable starts for each local date from `input.from` to `input.to` (inclusive), in order, one
 * entry per date even when it has no slots.
 *
 * Per date: the override for that date if there is one (a later override for the same date wins),
 * else the weekly hours of its ISO weekday. Each interval becomes UTC instants through `zonedTime`
 * (see there for DST gaps and repeats); an interval that is empty after that is skipped. Starts are
 * offered every `slotIntervalMinutes` of elapsed time from the interval's opening, so a DST switch
 * inside an interval neither repeats nor skips a start. The service [start, start + duration) must
 * end by the interval's closing (a break cannot be spanned); the buffers may reach outside opening
 * hours. A start is offered when at least one bay has nothing busy overlapping
 * [start - bufferBefore, start + duration + bufferAfter); `freeBayIds` lists those bays in the order
 * of `bayIds`. Busy ranges with `bayId: null` block every bay; those naming an unknown bay are ignored.
 * All ranges are half-open, so back-to-back bookings do not clash.
 *
 * Starts earlier than `now + minNoticeMinutes`, dates before the local today and dates after
 * local today + `horizonDays` get no slots. `endsAt` is the end of the service, without buffers.
 *
 * Throws RangeError when `slotIntervalMinutes` or `durationMinutes` is not positive, a buffer is
 * negative, an interval used reaches outside 0–1440 minutes, a date is malformed or the zone is unknown. Anything else is the caller's zod schema's job.
 */
export function computeSlots(input: SlotInput): DaySlots[] {
  const { timeZone, durationMinutes, slotIntervalMinutes, bufferBeforeMinutes, bufferAfterMinutes } = input;
  if (!(slotIntervalMinutes > 0)) throw new RangeError(`slotIntervalMinutes must be positive, got ${slotIntervalMinutes}`);
  if (!(durationMinutes > 0)) throw new RangeError(`durationMinutes must be positive, got ${durationMinutes}`);
  if (!(bufferBeforeMinutes >= 0 && bufferAfterMinutes >= 0)) {
    throw new RangeError(`Buffers must not be negative, got ${bufferBeforeMinutes}/${bufferAfterMinutes}`);
  }

  const first = calendarDay(input.from);
  const last = calendarDay(input.to);
  const today = localDate(input.now, timeZone);
  const lastBookable = addLocalDays(today, input.horizonDays);
  const earliestStart = input.now.getTime() + input.minNoticeMinutes * MINUTE_MS;
  const step = slotIntervalMinutes * MINUTE_MS;
  const duration = durationMinutes * MINUTE_MS;
  const before = bufferBeforeMinutes * MINUTE_MS;
  const after = bufferAfterMinutes * MINUTE_MS;

  const weekly = new Map<number, Interval[]>();
  for (const { weekday, opensAt, closesAt } of input.weeklyHours) {
    const list = weekly.get(weekday) ?? [];
    list.push({ opensAt, closesAt });
    weekly.set(weekday, list);
  }
  const overrides = new Map(input.overrides.map((override) => [override.date, override.intervals]));

  // Group once per call so each start costs one binary search per bay, not a scan of every busy range.
  const bays = [...new Set(input.bayIds)];
  const perBay = new Map<string, { from: number; until: number }[]>(bays.map((bayId) => [bayId, []]));
  const everyBay: { from: number; until: number }[] = [];
  for (const range of input.busy) {
    const from = range.from.getTime();
    const until = range.until.getTime();
    if (!(until > from)) continue;
    if (range.bayId === null) everyBay.push({ from, until });
    else perBay.get(range.bayId)?.push({ from, until });
  }
  const blockedAll = buildIndex(everyBay);
  const bayIndexes = bays.map((bayId) => ({ bayId, index: buildIndex(perBay.get(bayId)!) }));

  const days: DaySlots[] = [];
  let nextMidnight: { date: string; at: number } | null = null;
  for (let cursor = first; cursor <= last; cursor += DAY_MS) {
    const date = calendarString(cursor);
    const slots: Slot[] = [];
    days.push({ date, slots });
    // Zero-padded ISO dates compare as strings. Past dates would fail the notice check anyway; skip their work.
    if (date < today || date > lastBookable || bays.length === 0) continue;
    const intervals = overrides.get(date) ?? weekly.get(isoWeekday(cursor)) ?? [];
    if (!intervals.length) continue;

    // Converting through TZDate costs tens of µs; do it once per date for its midnight. The zone changes
    // offset at most once a day, so when the next midnight is exactly 24 h later the offset holds all day
    // and a local time is midnight + minutes. Only switch days convert each opening and closing.
    const midnight = nextMidnight?.date === date ? nextMidnight.at : zonedTime(date, 0, timeZone).getTime();
    const tomorrow = calendarString(cursor + DAY_MS);
    nextMidnight = { date: tomorrow, at: zonedTime(tomorrow, 0, timeZone).getTime() };
    const steady = nextMidnight.at - midnight === DAY_MS;
    const instant = (minutes: number) => (steady ? midnight + minutes * MINUTE_MS : zonedTime(date, minutes, timeZone).getTime());

    for (const { opensAt, closesAt } of [...intervals].sort((x, y) => x.opensAt - y.opensAt)) {
      // Checked here too, so an interval past midnight fails on every day, not just on switch days.
      if (!(opensAt >= 0 && closesAt <= MINUTES_PER_DAY)) throw new RangeError(`Interval ${opensAt}–${closesAt} is outside 0–1440 minutes`);
      if (!(closesAt > opensAt)) continue;
      const opens = instant(opensAt);
      const closes = instant(closesAt);
      // Skip whole steps before the notice instead of testing each one: keeps the grid aligned to the opening.
      const skipped = earliestStart > opens ? Math.ceil((earliestStart - opens) / step) : 0;
      for (let start = opens + skipped * step; start + duration <= closes; start += step) {
        const from = start - before;
        const until = start + duration + after;
        if (overlaps(blockedAll, from, until)) continue;
        const freeBayIds: string[] = [];
        for (const { bayId, index } of bayIndexes) if (!overlaps(index, from, until)) freeBayIds.push(bayId);
        if (freeBayIds.length) slots.push({ startsAt: new Date(start), endsAt: new Date(start + duration), freeBayIds });
      }
    }
    // Overlapping intervals (a misconfiguration, but possible) would interleave or repeat starts.
    if (intervals.length > 1) {
      slots.sort((x, y) => x.startsAt.getTime() - y.startsAt.getTime());
      for (let i = slots.length - 1; i > 0; i--) if (slots[i]!.startsAt.getTime() === slots[i - 1]!.startsAt.getTime()) slots.splice(i, 1);
    }
  }
  return days;
}
