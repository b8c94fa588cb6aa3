import { tz } from "@date-fns/tz";
import { format } from "date-fns";
import { describe, expect, it } from "vitest";
import {
  addLocalDays,
  computeSlots,
  localDate,
  occupiedRange,
  zonedTime,
  type BusyRange,
  type DaySlots,
  type SlotInput,
  type WeeklyHours,
} from "./slots";

const WAW = "Europe/Warsaw";
const NYC = "America/New_York";
const h = (hours: number, minutes = 0) => hours * 60 + minutes;

/** The same hours on Monday to Friday (ISO weekdays 1–5). */
const weekdays = (...intervals: [number, number][]): WeeklyHours =>
  [1, 2, 3, 4, 5].flatMap((weekday) => intervals.map(([opensAt, closesAt]) => ({ weekday, opensAt, closesAt })));

/** A one-bay workshop open 08:00–12:00 on weekdays, 60-minute service every 30 minutes, no buffers or notice. */
const base: SlotInput = {
  timeZone: WAW,
  weeklyHours: weekdays([h(8), h(12)]),
  overrides: [],
  bayIds: ["bay-1"],
  busy: [],
  durationMinutes: 60,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 0,
  slotIntervalMinutes: 30,
  minNoticeMinutes: 0,
  horizonDays: 60,
  now: new Date("2026-06-01T00:00:00Z"),
  from: "2026-06-10",
  to: "2026-06-10",
};
const run = (patch: Partial<SlotInput>) => computeSlots({ ...base, ...patch });
const oneDay = (patch: Partial<SlotInput>) => {
  const days = run(patch);
  expect(days).toHaveLength(1);
  return days[0]!;
};

/** Starts as the workshop's wall clock, what a customer sees. */
const clock = (day: DaySlots, zone = WAW) => day.slots.map((slot) => format(slot.startsAt, "HH:mm", { in: tz(zone) }));
const iso = (day: DaySlots) => day.slots.map((slot) => slot.startsAt.toISOString());
const busy = (bayId: string | null, from: string, until: string): BusyRange => ({ bayId, from: new Date(from), until: new Date(until) });

/** Runs `fn` with the process (system) time zone set to `zone`, restoring it afterwards. */
function inSystemZone<T>(zone: string, fn: () => T): T {
  const previous = process.env.TZ;
  process.env.TZ = zone;
  try {
    return fn();
  } finally {
    if (previous === undefined) delete process.env.TZ;
    else process.env.TZ = previous;
  }
}

describe("computeSlots: opening hours", () => {
  it("offers every start on a plain weekday whose service fits before closing", () => {
    const day = oneDay({ bayIds: ["bay-1", "bay-2"] });
    expect(day.date).toBe("2026-06-10");
    // Summer in Warsaw: UTC+2.
    expect(iso(day)).toEqual([
      "2026-06-10T06:00:00.000Z",
      "2026-06-10T06:30:00.000Z",
      "2026-06-10T07:00:00.000Z",
      "2026-06-10T07:30:00.000Z",
      "2026-06-10T08:00:00.000Z",
      "2026-06-10T08:30:00.000Z",
      "2026-06-10T09:00:00.000Z",
    ]);
    expect(day.slots[0]!.endsAt.toISOString()).toBe("2026-06-10T07:00:00.000Z");
    // The last service ends exactly at closing (12:00 local).
    expect(day.slots.at(-1)!.endsAt.toISOString()).toBe("2026-06-10T10:00:00.000Z");
    expect(day.slots.every((slot) => slot.freeBayIds.join() === "bay-1,bay-2")).toBe(true);
  });

  it("returns one entry per local date in order, empty on days without hours", () => {
    const days = run({ from: "2026-06-12", to: "2026-06-15" }); // Fri, Sat, Sun, Mon
    expect(days.map((d) => d.date)).toEqual(["2026-06-12", "2026-06-13", "2026-06-14", "2026-06-15"]);
    expect(days.map((d) => d.slots.length)).toEqual([7, 0, 0, 7]);
    expect(run({ from: "2026-06-15", to: "2026-06-12" })).toEqual([]);
  });

  it("never lets a service span a break", () => {
    const day = oneDay({ weeklyHours: weekdays([h(8), h(12)], [h(12, 30), h(14)]), durationMinutes: 45 });
    // 11:30 would end at 12:15, inside the break; the afternoon starts again at its own opening.
    expect(clock(day)).toEqual(["08:00", "08:30", "09:00", "09:30", "10:00", "10:30", "11:00", "12:30", "13:00"]);
  });

  it("takes a weekday's intervals in any order and merges overlapping ones without repeating a start", () => {
    const day = oneDay({
      weeklyHours: [
        { weekday: 3, opensAt: h(9), closesAt: h(11) },
        { weekday: 3, opensAt: h(8), closesAt: h(10) },
      ],
    });
    expect(clock(day)).toEqual(["08:00", "08:30", "09:00", "09:30", "10:00"]);
  });

  it("uses the ISO weekday, 7 being Sunday", () => {
    const days = run({ weeklyHours: [{ weekday: 7, opensAt: h(10), closesAt: h(11) }], from: "2026-06-13", to: "2026-06-15" });
    expect(days.map((d) => clock(d))).toEqual([[], ["10:00"], []]);
  });
});

describe("computeSlots: daylight saving time in Europe/Warsaw", () => {
  const sundays = { weeklyHours: [{ weekday: 7, opensAt: h(0), closesAt: h(6) }], now: new Date("2026-03-01T00:00:00Z"), horizonDays: 365 };

  it("spring-forward Sunday: 00:00–06:00 is five real hours and no start falls in the missing hour", () => {
    const day = oneDay({ ...sundays, from: "2026-03-29", to: "2026-03-29" });
    expect(iso(day)).toEqual([
      "2026-03-28T23:00:00.000Z", // 00:00 CET
      "2026-03-28T23:30:00.000Z",
      "2026-03-29T00:00:00.000Z",
      "2026-03-29T00:30:00.000Z",
      "2026-03-29T01:00:00.000Z", // 03:00 CEST: 02:00–03:00 does not exist
      "2026-03-29T01:30:00.000Z",
      "2026-03-29T02:00:00.000Z",
      "2026-03-29T02:30:00.000Z",
      "2026-03-29T03:00:00.000Z", // ends 04:00Z = 06:00 CEST, the closing
    ]);
    expect(clock(day)).toEqual(["00:00", "00:30", "01:00", "01:30", "03:00", "03:30", "04:00", "04:30", "05:00"]);
  });

  it("autumn-back Sunday: 00:00–06:00 is seven real hours and the repeated hour is offered twice", () => {
    const day = oneDay({ ...sundays, from: "2026-10-25", to: "2026-10-25" });
    expect(day.slots).toHaveLength(13);
    expect(day.slots[0]!.startsAt.toISOString()).toBe("2026-10-24T22:00:00.000Z"); // 00:00 CEST
    expect(day.slots.at(-1)!.startsAt.toISOString()).toBe("2026-10-25T04:00:00.000Z"); // 05:00 CET
    expect(day.slots.at(-1)!.endsAt.toISOString()).toBe("2026-10-25T05:00:00.000Z"); // 06:00 CET, the closing
    expect(clock(day)).toEqual([
      "00:00",
      "00:30",
      "01:00",
      "01:30",
      "02:00", // 00:00Z, CEST
      "02:30",
      "02:00", // 01:00Z, CET
      "02:30",
      "03:00",
      "03:30",
      "04:00",
      "04:30",
      "05:00",
    ]);
  });

  it("weekdays on either side of a switch use that day's offset", () => {
    const input = { weeklyHours: weekdays([h(8), h(9)]), now: new Date("2026-03-01T00:00:00Z"), horizonDays: 365 };
    const first = (date: string) => oneDay({ ...input, from: date, to: date }).slots[0]!.startsAt.toISOString();
    expect(first("2026-03-27")).toBe("2026-03-27T07:00:00.000Z"); // Friday before: CET, UTC+1
    expect(first("2026-03-30")).toBe("2026-03-30T06:00:00.000Z"); // Monday after: CEST, UTC+2
    expect(first("2026-10-23")).toBe("2026-10-23T06:00:00.000Z"); // Friday before autumn: CEST
    expect(first("2026-10-26")).toBe("2026-10-26T07:00:00.000Z"); // Monday after: CET
  });

  it("gives the same instants whatever the host's system zone", () => {
    const input = { ...sundays, from: "2026-10-25", to: "2026-10-25" };
    const reference = iso(oneDay(input));
    for (const zone of ["UTC", "America/Los_Angeles", "Europe/Warsaw", "Asia/Tokyo", "Pacific/Auckland"]) {
      expect(inSystemZone(zone, () => iso(oneDay(input)))).toEqual(reference);
    }
  });
});

describe("computeSlots: every day of a year", () => {
  // Santiago switches at local midnight, Lord Howe by 30 minutes: the edges of the per-day shortcut.
  it.each([WAW, NYC, "America/Santiago", "Australia/Lord_Howe", "Asia/Kolkata"])(
    "places each opening where zonedTime does in %s",
    (zone) => {
      const every = [1, 2, 3, 4, 5, 6, 7].flatMap((weekday) => [
        { weekday, opensAt: h(0), closesAt: h(0, 30) },
        { weekday, opensAt: h(1, 30), closesAt: h(3, 30) }, // spans the 02:00 switches of Europe, the US, Lord Howe
        { weekday, opensAt: h(7, 30), closesAt: h(8) },
        { weekday, opensAt: h(23, 30), closesAt: h(24) },
      ]);
      const days = run({
        timeZone: zone,
        weeklyHours: every,
        now: new Date("2025-12-30T00:00:00Z"),
        horizonDays: 400,
        from: "2026-01-01",
        to: "2026-12-31",
        durationMinutes: 30,
      });
      expect(days).toHaveLength(365);
      // Reference: every opening and closing through zonedTime, 30-minute starts between them.
      const expected = days.map((day) =>
        every
          .filter((interval) => interval.weekday === 1)
          .flatMap(({ opensAt, closesAt }) => {
            const starts: string[] = [];
            const closes = zonedTime(day.date, closesAt, zone).getTime();
            for (let at = zonedTime(day.date, opensAt, zone).getTime(); at + 30 * 60_000 <= closes; at += 30 * 60_000) {
              starts.push(new Date(at).toISOString());
            }
            return starts;
          }),
      );
      expect(days.map((day) => iso(day))).toEqual(expected);
      // Switch days did come up (more or fewer starts than on other days), except in a zone without DST.
      const counts = new Set(expected.map((starts) => starts.length));
      expect(counts.size > 1).toBe(zone !== "Asia/Kolkata");
    },
  );
});

describe("computeSlots: date overrides", () => {
  it("closes a weekday with an empty override, leaving its neighbours alone", () => {
    const days = run({ from: "2026-06-09", to: "2026-06-11", overrides: [{ date: "2026-06-10", intervals: [] }] });
    expect(days.map((d) => d.slots.length)).toEqual([7, 0, 7]);
  });

  it("replaces the weekly hours with special hours, also on a day normally closed", () => {
    const days = run({
      from: "2026-06-10",
      to: "2026-06-13",
      overrides: [
        { date: "2026-06-10", intervals: [{ opensAt: h(14), closesAt: h(16) }] }, // Wednesday: afternoon instead of morning
        { date: "2026-06-13", intervals: [{ opensAt: h(10), closesAt: h(12) }] }, // Saturday: open for once
      ],
    });
    expect(days.map((d) => clock(d))).toEqual([
      ["14:00", "14:30", "15:00"],
      ["08:00", "08:30", "09:00", "09:30", "10:00", "10:30", "11:00"],
      ["08:00", "08:30", "09:00", "09:30", "10:00", "10:30", "11:00"],
      ["10:00", "10:30", "11:00"],
    ]);
  });
});

describe("computeSlots: busy bays", () => {
  // One booking 10:00–11:00 on the only bay, hours extended to 13:00, starts every 15 minutes.
  const booked = {
    weeklyHours: weekdays([h(8), h(13)]),
    slotIntervalMinutes: 15,
    busy: [busy("bay-1", "2026-06-10T10:00:00+02:00", "2026-06-10T11:00:00+02:00")],
  };

  it("treats ranges as half-open: back-to-back with a booking is fine on both sides", () => {
    const times = clock(oneDay(booked));
    expect(times).toContain("09:00"); // ends 10:00 as the booking starts
    expect(times).not.toContain("09:15");
    expect(times).not.toContain("10:45");
    expect(times).toContain("11:00"); // starts as the booking ends
  });

  it("widens the check by the buffer after the service", () => {
    const times = clock(oneDay({ ...booked, bufferAfterMinutes: 15 }));
    expect(times).not.toContain("09:00"); // occupied until 10:15
    expect(times).toContain("08:45");
    expect(times).toContain("11:00");
  });

  it("widens the check by the buffer before the service", () => {
    const times = clock(oneDay({ ...booked, bufferBeforeMinutes: 15 }));
    expect(times).not.toContain("11:00"); // occupied from 10:45
    expect(times).toContain("11:15");
    expect(times).toContain("09:00");
  });

  it("lets buffers reach outside opening hours, where they still must not clash", () => {
    expect(clock(oneDay({ bufferBeforeMinutes: 30 }))[0]).toBe("08:00"); // occupies the bay from 07:30
    const early = busy("bay-1", "2026-06-10T07:00:00+02:00", "2026-06-10T07:45:00+02:00");
    expect(clock(oneDay({ bufferBeforeMinutes: 30, busy: [early] }))[0]).toBe("08:30");
  });

  it("offers a start while one of two bays is free, listing only the free one", () => {
    const day = oneDay({ ...booked, bayIds: ["bay-1", "bay-2"] });
    const at10 = day.slots.find((slot) => slot.startsAt.toISOString() === "2026-06-10T08:00:00.000Z");
    expect(at10?.freeBayIds).toEqual(["bay-2"]);
    expect(day.slots[0]!.freeBayIds).toEqual(["bay-1", "bay-2"]);
  });

  it("drops a start when every bay is busy", () => {
    const day = oneDay({
      ...booked,
      bayIds: ["bay-1", "bay-2"],
      busy: [...booked.busy, busy("bay-2", "2026-06-10T09:30:00+02:00", "2026-06-10T10:30:00+02:00")],
    });
    const times = clock(day);
    expect(times).not.toContain("10:00");
    expect(times).toContain("08:30"); // both free
    const at0900 = day.slots.find((slot) => format(slot.startsAt, "HH:mm", { in: tz(WAW) }) === "09:00");
    expect(at0900?.freeBayIds).toEqual(["bay-1"]);
  });

  it("lists free bays in the order of bayIds", () => {
    expect(oneDay({ bayIds: ["bay-9", "bay-1", "bay-5"] }).slots[0]!.freeBayIds).toEqual(["bay-9", "bay-1", "bay-5"]);
  });

  it("blocks every bay with a range whose bayId is null", () => {
    const day = oneDay({ bayIds: ["bay-1", "bay-2"], busy: [busy(null, "2026-06-10T09:00:00+02:00", "2026-06-10T10:00:00+02:00")] });
    expect(clock(day)).toEqual(["08:00", "10:00", "10:30", "11:00"]);
  });

  it("sees a long busy range behind a later, shorter one on the same bay", () => {
    const day = oneDay({
      busy: [
        busy("bay-1", "2026-06-10T09:00:00+02:00", "2026-06-10T09:15:00+02:00"),
        busy("bay-1", "2026-06-10T08:30:00+02:00", "2026-06-10T11:00:00+02:00"),
      ],
    });
    // 10:00 starts after the short range ended but inside the long one.
    expect(clock(day)).toEqual(["11:00"]);
  });

  it("ignores busy ranges of bays not in bayIds and empty ranges", () => {
    const day = oneDay({
      busy: [
        busy("retired-bay", "2026-06-10T08:00:00+02:00", "2026-06-10T12:00:00+02:00"),
        busy("bay-1", "2026-06-10T09:00:00+02:00", "2026-06-10T09:00:00+02:00"),
      ],
    });
    expect(day.slots).toHaveLength(7);
  });

  it("offers nothing without bays", () => {
    expect(oneDay({ bayIds: [] }).slots).toEqual([]);
  });
});

describe("computeSlots: notice and horizon", () => {
  it("starts no earlier than now + notice, keeping the grid aligned to the opening", () => {
    const day = oneDay({ now: new Date("2026-06-10T08:10:00+02:00"), minNoticeMinutes: 60 });
    // Earliest allowed 09:10; the next start on the half-hour grid is 09:30.
    expect(clock(day)).toEqual(["09:30", "10:00", "10:30", "11:00"]);
    expect(clock(oneDay({ now: new Date("2026-06-10T08:30:00+02:00"), minNoticeMinutes: 30 }))[0]).toBe("09:00"); // exactly now + notice
  });

  it("offers nothing on dates before the workshop's today and after today + horizonDays", () => {
    // 00:30 on 10 June in Warsaw, still 9 June in UTC.
    const days = run({ now: new Date("2026-06-09T22:30:00Z"), horizonDays: 2, from: "2026-06-08", to: "2026-06-15" });
    expect(days.map((d) => [d.date, d.slots.length])).toEqual([
      ["2026-06-08", 0],
      ["2026-06-09", 0],
      ["2026-06-10", 7],
      ["2026-06-11", 7],
      ["2026-06-12", 7],
      ["2026-06-13", 0],
      ["2026-06-14", 0],
      ["2026-06-15", 0], // a Monday, open, but beyond the horizon
    ]);
    expect(
      run({ now: new Date("2026-06-09T22:30:00Z"), horizonDays: 0, from: "2026-06-10", to: "2026-06-11" }).map((d) => d.slots.length),
    ).toEqual([7, 0]);
  });
});

describe("computeSlots: another zone", () => {
  it("works in America/New_York, including its own DST dates", () => {
    const input = { timeZone: NYC, now: new Date("2026-01-01T00:00:00Z"), horizonDays: 365, weeklyHours: weekdays([h(8), h(10)]) };
    const first = (date: string) => oneDay({ ...input, from: date, to: date }).slots[0]!.startsAt.toISOString();
    expect(first("2026-01-14")).toBe("2026-01-14T13:00:00.000Z"); // EST, UTC−5
    expect(first("2026-03-06")).toBe("2026-03-06T13:00:00.000Z"); // Friday before 8 March
    expect(first("2026-03-09")).toBe("2026-03-09T12:00:00.000Z"); // Monday after: EDT, UTC−4
    // 2026-03-09 and 2026-03-27 differ: the US switches three weeks before Europe.
    expect(first("2026-03-27")).toBe("2026-03-27T12:00:00.000Z");
    expect(clock(oneDay({ ...input, from: "2026-06-10", to: "2026-06-10" }), NYC)).toEqual(["08:00", "08:30", "09:00"]);
  });
});

describe("computeSlots: guards", () => {
  it("throws RangeError for a non-positive interval or duration and negative buffers", () => {
    expect(() => run({ slotIntervalMinutes: 0 })).toThrow(RangeError);
    expect(() => run({ slotIntervalMinutes: -15 })).toThrow(RangeError);
    expect(() => run({ durationMinutes: 0 })).toThrow(RangeError);
    expect(() => run({ durationMinutes: Number.NaN })).toThrow(RangeError);
    expect(() => run({ bufferAfterMinutes: -5 })).toThrow(RangeError);
  });

  it("throws RangeError for malformed dates, unknown zones and hours past midnight", () => {
    expect(() => run({ from: "2026-6-10" })).toThrow(RangeError);
    expect(() => run({ to: "2026-02-30" })).toThrow(RangeError);
    expect(() => run({ timeZone: "Mars/Olympus_Mons" })).toThrow(RangeError);
    expect(() => run({ weeklyHours: weekdays([h(22), h(26)]) })).toThrow(RangeError);
  });
});

describe("zonedTime", () => {
  it("converts local wall time with the offset of that date", () => {
    expect(zonedTime("2026-01-15", h(8), WAW).toISOString()).toBe("2026-01-15T07:00:00.000Z");
    expect(zonedTime("2026-07-15", h(8), WAW).toISOString()).toBe("2026-07-15T06:00:00.000Z");
    expect(zonedTime("2026-07-15", h(8, 45), NYC).toISOString()).toBe("2026-07-15T12:45:00.000Z");
    expect(zonedTime("2026-07-15", h(24), WAW).toISOString()).toBe("2026-07-15T22:00:00.000Z"); // 24:00 = next midnight
  });

  it("moves a time in the spring-forward gap forward by the gap", () => {
    expect(zonedTime("2026-03-29", h(2), WAW).toISOString()).toBe("2026-03-29T01:00:00.000Z"); // 03:00 CEST
    expect(zonedTime("2026-03-29", h(2, 30), WAW).toISOString()).toBe("2026-03-29T01:30:00.000Z"); // 03:30 CEST
    expect(zonedTime("2026-03-29", h(3), WAW).toISOString()).toBe("2026-03-29T01:00:00.000Z");
  });

  it("resolves a repeated autumn time to its first occurrence on any host", () => {
    for (const zone of ["UTC", "America/Los_Angeles", "Europe/Warsaw", "Asia/Tokyo"]) {
      inSystemZone(zone, () => {
        expect(zonedTime("2026-10-25", h(2), WAW).toISOString()).toBe("2026-10-25T00:00:00.000Z"); // 02:00 CEST
        expect(zonedTime("2026-10-25", h(2, 30), WAW).toISOString()).toBe("2026-10-25T00:30:00.000Z");
        expect(zonedTime("2026-10-25", h(3), WAW).toISOString()).toBe("2026-10-25T02:00:00.000Z"); // 03:00 CET
        expect(zonedTime("2026-11-01", h(1, 30), NYC).toISOString()).toBe("2026-11-01T05:30:00.000Z"); // 01:30 EDT
        // The day after the switch has nothing repeated, though the offset a day earlier differs.
        expect(zonedTime("2026-10-26", h(1, 30), WAW).toISOString()).toBe("2026-10-26T00:30:00.000Z");
      });
    }
  });

  it("throws RangeError for minutes outside a day", () => {
    expect(() => zonedTime("2026-07-15", -1, WAW)).toThrow(RangeError);
    expect(() => zonedTime("2026-07-15", h(24, 1), WAW)).toThrow(RangeError);
  });
});

describe("localDate, addLocalDays, occupiedRange", () => {
  it("gives the local date of an instant", () => {
    expect(localDate(new Date("2026-03-28T23:30:00Z"), WAW)).toBe("2026-03-29");
    expect(localDate(new Date("2026-03-29T03:30:00Z"), NYC)).toBe("2026-03-28");
  });

  it("adds calendar days across month and year ends", () => {
    expect(addLocalDays("2026-12-30", 3)).toBe("2027-01-02");
    expect(addLocalDays("2026-03-28", 1)).toBe("2026-03-29");
  });

  it("widens a booking by its buffers", () => {
    const range = occupiedRange(new Date("2026-06-10T08:00:00Z"), new Date("2026-06-10T09:00:00Z"), 10, 5);
    expect(range.from.toISOString()).toBe("2026-06-10T07:50:00.000Z");
    expect(range.until.toISOString()).toBe("2026-06-10T09:05:00.000Z");
  });
});
