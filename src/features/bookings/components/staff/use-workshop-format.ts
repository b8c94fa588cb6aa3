"use client";

import { useLocale } from "next-intl";
import { useMemo } from "react";
import { calendarNoon } from "./calendar-model";

/**
 * Dates and times as the workshop's staff read them: always in the WORKSHOP's zone (not the
 * browser's), in the page's language, 24-hour clock.
 */
export function useWorkshopFormat(timeZone: string) {
  const locale = useLocale();
  return useMemo(() => {
    const make = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { timeZone, hourCycle: "h23", ...options });
    const time = make({ hour: "2-digit", minute: "2-digit" });
    const dateLong = make({ weekday: "long", day: "numeric", month: "long", year: "numeric" });
    const dateShort = make({ weekday: "short", day: "numeric", month: "short" });
    const dateTime = make({ weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" });
    // Local dates (YYYY-MM-DD) have no instant: format their UTC noon in UTC.
    const day = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { timeZone: "UTC", ...options });
    const dayLong = day({ weekday: "long", day: "numeric", month: "long", year: "numeric" });
    const dayShort = day({ weekday: "short", day: "numeric", month: "short" });
    const dayHeader = day({ weekday: "short", day: "numeric" });
    const dayMonth = day({ day: "numeric", month: "long", year: "numeric" });
    return {
      /** "10:30" */
      time: (at: Date) => time.format(at),
      /** "10:30–11:30" */
      timeRange: (from: Date, to: Date) => `${time.format(from)}–${time.format(to)}`,
      /** "wtorek, 12 maja 2026" */
      date: (at: Date) => dateLong.format(at),
      /** "wt., 12 maj" */
      dateShort: (at: Date) => dateShort.format(at),
      /** "wt., 12 maj 2026, 10:30" */
      dateTime: (at: Date) => dateTime.format(at),
      /** A local date: "wtorek, 12 maja 2026" */
      day: (date: string) => dayLong.format(calendarNoon(date)),
      /** A local date: "wt., 12 maj" */
      dayShort: (date: string) => dayShort.format(calendarNoon(date)),
      /** A local date as a column header: "wt. 12" */
      dayHeader: (date: string) => dayHeader.format(calendarNoon(date)),
      /** A range of local dates: "11–17 maja 2026" */
      dayRange: (from: string, to: string) => dayMonth.formatRange(calendarNoon(from), calendarNoon(to)),
    };
  }, [locale, timeZone]);
}
