import { describe, expect, it } from "vitest";
import {
  addBreak,
  copyMondayToWeekdays,
  intervalsFromWeek,
  MISSING_TIME,
  sameWeek,
  weekErrors,
  weekFromIntervals,
  type DayHours,
} from "./hours-model";

const open = (...ranges: [string, string][]): DayHours => ({
  weekday: 1,
  open: true,
  ranges: ranges.map(([opensAt, closesAt]) => ({ opensAt, closesAt })),
});

describe("weekFromIntervals / intervalsFromWeek", () => {
  it("round-trips stored intervals, sorted, with closed days empty", () => {
    const stored = [
      { weekday: 1, opensAt: 780, closesAt: 1020 },
      { weekday: 1, opensAt: 480, closesAt: 720 },
      { weekday: 6, opensAt: 540, closesAt: 1440 },
    ];
    const week = weekFromIntervals(stored);
    expect(week).toHaveLength(7);
    expect(week[0]).toEqual(open(["08:00", "12:00"], ["13:00", "17:00"]));
    expect(week[5]?.ranges).toEqual([{ opensAt: "09:00", closesAt: "00:00" }]);
    expect(week[6]).toEqual({ weekday: 7, open: false, ranges: [] });
    expect(intervalsFromWeek(week)).toEqual([stored[1], stored[0], stored[2]]);
  });

  it("leaves out closed days even if they still hold ranges", () => {
    const week = weekFromIntervals([{ weekday: 2, opensAt: 480, closesAt: 960 }]);
    week[1] = { ...week[1]!, open: false };
    expect(intervalsFromWeek(week)).toEqual([]);
  });
});

describe("weekErrors", () => {
  it("reports reversed and overlapping ranges on their day", () => {
    const week = weekFromIntervals([]);
    week[0] = open(["17:00", "08:00"]);
    week[2] = { ...open(["08:00", "13:00"], ["12:00", "16:00"]), weekday: 3 };
    const errors = weekErrors(week);
    expect(errors.get(1)).toBe("validation.hours.order");
    expect(errors.get(3)).toBe("validation.hours.overlap");
    expect(errors.size).toBe(2);
  });

  it("reports a missing time", () => {
    const week = weekFromIntervals([]);
    week[4] = { ...open(["08:00", ""]), weekday: 5 };
    expect(weekErrors(week).get(5)).toBe(MISSING_TIME);
  });

  it("accepts a day that closes at midnight", () => {
    const week = weekFromIntervals([]);
    week[0] = open(["18:00", "00:00"]);
    expect(weekErrors(week).size).toBe(0);
  });
});

describe("addBreak", () => {
  it("splits a long day with an hour's break in the middle", () => {
    expect(addBreak(open(["08:00", "17:00"]))?.ranges).toEqual([
      { opensAt: "08:00", closesAt: "12:00" },
      { opensAt: "13:00", closesAt: "17:00" },
    ]);
  });

  it("uses a half-hour break in a short range", () => {
    expect(addBreak(open(["10:00", "12:00"]))?.ranges).toEqual([
      { opensAt: "10:00", closesAt: "10:45" },
      { opensAt: "11:15", closesAt: "12:00" },
    ]);
  });

  it("splits the longest range", () => {
    expect(addBreak(open(["07:00", "08:00"], ["09:00", "18:00"]))?.ranges).toEqual([
      { opensAt: "07:00", closesAt: "08:00" },
      { opensAt: "09:00", closesAt: "13:00" },
      { opensAt: "14:00", closesAt: "18:00" },
    ]);
  });

  it("adds a range after a range too short to split", () => {
    expect(addBreak(open(["08:00", "09:00"]))?.ranges).toEqual([
      { opensAt: "08:00", closesAt: "09:00" },
      { opensAt: "10:00", closesAt: "12:00" },
    ]);
  });

  it("gives up on closed or full days", () => {
    expect(addBreak({ weekday: 1, open: false, ranges: [] })).toBeNull();
    expect(addBreak(open(["06:00", "07:00"], ["08:00", "09:00"], ["10:00", "11:00"], ["12:00", "13:00"]))).toBeNull();
    expect(addBreak(open(["23:00", "23:40"]))).toBeNull();
  });

  it("keeps every result valid", () => {
    const week = weekFromIntervals([]);
    week[0] = addBreak(open(["08:00", "17:00"]))!;
    week[0] = addBreak(week[0])!;
    expect(weekErrors(week).size).toBe(0);
  });
});

describe("copyMondayToWeekdays", () => {
  it("copies Monday to Tuesday–Friday only", () => {
    const week = weekFromIntervals([{ weekday: 6, opensAt: 600, closesAt: 840 }]);
    week[0] = open(["08:00", "16:00"]);
    const copied = copyMondayToWeekdays(week);
    expect(copied.slice(1, 5).every((d) => d.open && d.ranges[0]?.opensAt === "08:00")).toBe(true);
    expect(copied[5]).toEqual(week[5]);
    expect(copied[6]).toEqual(week[6]);
    copied[1]!.ranges[0]!.opensAt = "09:00";
    expect(copied[0]!.ranges[0]!.opensAt).toBe("08:00");
  });
});

describe("sameWeek", () => {
  it("ignores ranges left on closed days", () => {
    const a = weekFromIntervals([{ weekday: 1, opensAt: 480, closesAt: 960 }]);
    const b = weekFromIntervals([]);
    expect(sameWeek(a, b)).toBe(false);
    a[0] = { ...a[0]!, open: false };
    expect(sameWeek(a, b)).toBe(true);
  });
});
