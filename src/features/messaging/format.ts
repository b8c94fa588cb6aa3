/** Client-safe formatting for the chat. */

/** Bytes as people read them: `1536` → "1,5 KB" (pl) / "1.5 kB" (en). */
export function formatFileSize(bytes: number, locale: string): string {
  const units = ["byte", "kilobyte", "megabyte"] as const;
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return new Intl.NumberFormat(locale, {
    style: "unit",
    unit: units[unit],
    unitDisplay: "short",
    maximumFractionDigits: unit ? 1 : 0,
  }).format(value);
}

/** Whether two instants fall on the same calendar day in `timeZone`. */
export function sameDay(a: string | Date, b: string | Date, timeZone: string): boolean {
  const day = (d: string | Date) =>
    new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(d));
  return day(a) === day(b);
}
