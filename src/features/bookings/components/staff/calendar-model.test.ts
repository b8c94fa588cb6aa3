import { describe, expect, it } from "vitest";
import { zonedTime } from "../../slots";
import {
  axisOf,
  closedRanges,
  isLocalDate,
  isoWeekdayOf,
  layoutLanes,
  minutesOnDate,
  openIntervalsOn,
  shiftDate,
  spanOnDate,
  viewDates,
  weekStartOf,
} from "./calendar-model";

const WARSAW = "Europe/Warsaw";

describe("dates of a view", () => {
  it("reads only real YYYY-MM-DD dates", () => {
    expect(isLocalDate("2026-05-12")).toBe(true);
    expect(isLocalDate("2026-02-30")).toBe(false);
    expect(isLocalDate("12.05.2026")).toBe(false);
    expect(isLocalDate(null)).toBe(false);
  });

  it("runs a week from Monday to Sunday", () => {
    expect(isoWeekdayOf("2026-05-17")).toBe(7);
    expect(weekStartOf("2026-05-17")).toBe("2026-05-11");
    expect(weekStartOf("2026-05-11")).toBe("2026-05-11");
    expect(viewDates("week", "2026-05-13")).toEqual([
      "2026-05-11",
      "2026-05-12",
      "2026-05-13",
      "2026-05-14",
      "2026-05-15",
      "2026-05-16",
      "2026-05-17",
    ]);
    expect(viewDates("day", "2026-05-13")).toEqual(["2026-05-13"]);
  });

  it("steps a day or a week, across months", () => {
    expect(shiftDate("day", "2026-05-31", 1)).toBe("2026-06-01");
    expect(shiftDate("week", "2026-03-02", -1)).toBe("2026-02-23");
  });
});

describe("time of day in the workshop's zone", () => {
  it("places an instant by the workshop's clock, also on the day clocks go forward", () => {
    expect(minutesOnDate(zonedTime("2026-05-12", 630, WARSAW), "2026-05-12", WARSAW)).toBe(630);
    // 29 March 2026: 02:00 → 03:00 in Warsaw; 10:00 local is still 600 on the axis.
    expect(minutesOnDate(zonedTime("2026-03-29", 600, WARSAW), "2026-03-29", WARSAW)).toBe(600);
  });

  it("cuts an entry at the edges of the day", () => {
    const from = zonedTime("2026-05-12", 22 * 60, WARSAW);
    const to = zonedTime("2026-05-13", 120, WARSAW);
    expect(spanOnDate(from, to, "2026-05-12", WARSAW)).toEqual({ start: 1320, end: 1440 });
    expect(spanOnDate(from, to, "2026-05-13", WARSAW)).toEqual({ start: 0, end: 120 });
    expect(spanOnDate(from, to, "2026-05-14", WARSAW)).toBeNull();
  });
});

describe("opening hours on the axis", () => {
  const weekly = [
    { weekday: 2, opensAt: 780, closesAt: 960 },
    { weekday: 2, opensAt: 480, closesAt: 720 },
  ];

  it("takes a date's override before the weekly hours, sorted", () => {
    expect(openIntervalsOn("2026-05-12", weekly, [])).toEqual([
      { opensAt: 480, closesAt: 720 },
      { opensAt: 780, closesAt: 960 },
    ]);
    expect(openIntervalsOn("2026-05-12", weekly, [{ date: "2026-05-12", intervals: [] }])).toEqual([]);
    expect(openIntervalsOn("2026-05-13", weekly, [])).toEqual([]);
  });

  it("spans the hours in whole hours, widened by entries, 07–19 when closed", () => {
    expect(axisOf([{ intervals: [{ opensAt: 510, closesAt: 990 }], spans: [] }])).toEqual({ start: 480, end: 1020 });
    expect(axisOf([{ intervals: [{ opensAt: 480, closesAt: 960 }], spans: [{ start: 1000, end: 1110 }] }])).toEqual({
      start: 480,
      end: 1140,
    });
    expect(axisOf([{ intervals: [], spans: [] }])).toEqual({ start: 420, end: 1140 });
    expect(axisOf([])).toEqual({ start: 420, end: 1140 });
    // A week with a closed Sunday keeps the working days' axis.
    expect(
      axisOf([
        { intervals: [{ opensAt: 480, closesAt: 1020 }], spans: [] },
        { intervals: [], spans: [] },
      ]),
    ).toEqual({ start: 480, end: 1020 });
  });

  it("shades what is outside the hours, including a break", () => {
    const axis = { start: 420, end: 1020 };
    expect(
      closedRanges(
        [
          { opensAt: 480, closesAt: 720 },
          { opensAt: 780, closesAt: 960 },
        ],
        axis,
      ),
    ).toEqual([
      { start: 420, end: 480 },
      { start: 720, end: 780 },
      { start: 960, end: 1020 },
    ]);
    expect(closedRanges([], axis)).toEqual([axis]);
    expect(closedRanges([{ opensAt: 420, closesAt: 1020 }], axis)).toEqual([]);
  });
});

describe("lanes", () => {
  it("puts overlapping entries side by side and lets the others take the full width", () => {
    const laid = layoutLanes([
      { id: "a", start: 600, end: 660 },
      { id: "b", start: 630, end: 720 },
      { id: "c", start: 660, end: 690 },
      { id: "d", start: 720, end: 780 },
    ]);
    expect(laid.map((e) => [e.id, e.lane, e.lanes])).toEqual([
      ["a", 0, 2],
      ["b", 1, 2],
      ["c", 0, 2],
      ["d", 0, 1],
    ]);
  });
});
