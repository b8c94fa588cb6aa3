/**
 * Booking slots: `computeSlots` for a busy workshop in Europe/Warsaw — 10 bays, Mon–Fri 08:00–17:00
 * with a 12:00–12:30 break, Sat 09:00–13:00, 500 existing bookings over the next 30 days (seeded, so
 * every run sees the same workshop), a 60-minute service with 10/5-minute buffers every 15 minutes.
 * Measures the whole 30-day range and a single day (what the booking page asks for per date).
 * Prints figures; never fails on time.
 */
import {
  addLocalDays,
  computeSlots,
  localDate,
  occupiedRange,
  zonedTime,
  type BusyRange,
  type SlotInput,
  type WeeklyHours,
} from "../../src/features/bookings/slots";
import { Rng } from "../../src/server/db/seed/random";
import { measure, ms, printRow } from "./stats";

const ZONE = "Europe/Warsaw";
const BAYS = 10;
const BOOKINGS = 500;
const DAYS = 30;
const RUNS = 200;
// Monday 1 June 2026, 07:00 in Warsaw.
const NOW = new Date("2026-06-01T05:00:00Z");

const WEEKLY: WeeklyHours = [
  ...[1, 2, 3, 4, 5].flatMap((weekday) => [
    { weekday, opensAt: 8 * 60, closesAt: 12 * 60 },
    { weekday, opensAt: 12 * 60 + 30, closesAt: 17 * 60 },
  ]),
  { weekday: 6, opensAt: 9 * 60, closesAt: 13 * 60 },
];

/** Existing bookings of 30–120 minutes on random open days, bays and quarter hours, widened by the same buffers. */
function bookings(bayIds: string[], today: string): BusyRange[] {
  const rng = Rng.for("bench", "slots");
  const openDays = Array.from({ length: DAYS }, (_, i) => addLocalDays(today, i))
    .map((date) => ({ date, intervals: WEEKLY.filter((w) => w.weekday === isoWeekday(date)) }))
    .filter((day) => day.intervals.length > 0);
  return Array.from({ length: BOOKINGS }, () => {
    const day = rng.pick(openDays);
    const interval = rng.pick(day.intervals);
    const minutes = rng.int(2, 8) * 15;
    const opensAt = interval.opensAt + rng.int(0, Math.max(0, (interval.closesAt - interval.opensAt - minutes) / 15)) * 15;
    const startsAt = zonedTime(day.date, opensAt, ZONE);
    const range = occupiedRange(startsAt, new Date(startsAt.getTime() + minutes * 60_000), 10, 5);
    return { bayId: rng.pick(bayIds), ...range };
  });
}

const isoWeekday = (date: string) => ((new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;

export async function slotsBench() {
  console.log(
    `Booking slots — computeSlots, ${BAYS} bays, ${BOOKINGS} bookings over ${DAYS} days, 60-min service, 10/5-min buffers, 15-min grid (${ZONE})`,
  );
  const bayIds = Array.from({ length: BAYS }, (_, i) => `bay-${i + 1}`);
  const today = localDate(NOW, ZONE);
  const input: SlotInput = {
    timeZone: ZONE,
    weeklyHours: WEEKLY,
    overrides: [],
    bayIds,
    busy: bookings(bayIds, today),
    durationMinutes: 60,
    bufferBeforeMinutes: 10,
    bufferAfterMinutes: 5,
    slotIntervalMinutes: 15,
    minNoticeMinutes: 120,
    horizonDays: 60,
    now: NOW,
    from: today,
    to: addLocalDays(today, DAYS - 1),
  };

  let slots = 0;
  let freeBays = 0;
  const month = await measure(RUNS, async () => {
    const days = computeSlots(input);
    slots = days.reduce((sum, day) => sum + day.slots.length, 0);
    freeBays = days.reduce((sum, day) => sum + day.slots.reduce((n, slot) => n + slot.freeBayIds.length, 0), 0);
  });
  printRow(`${DAYS} days`, month, `, mean ${ms(month.mean)}, ${slots} slots, ${(freeBays / slots).toFixed(1)} free bays per slot`);

  // A Wednesday in the middle of the range, with its share of the bookings.
  const date = addLocalDays(today, 9);
  let daySlots = 0;
  const single = await measure(RUNS, async () => {
    daySlots = computeSlots({ ...input, from: date, to: date })[0]!.slots.length;
  });
  printRow(`1 day (${date})`, single, `, mean ${ms(single.mean)}, ${daySlots} slots`);
}
