/**
 * Client-safe formatting of Pitstop's stored units for people: money in grosze, durations in
 * minutes, times of day as minutes from local midnight. Also the inverse parsers the forms need.
 */

const MINUTES_PER_DAY = 24 * 60;

/**
 * Money stored as integer minor units (grosze for PLN) as a localised amount: `12050` → "120,50 zł"
 * (pl) or "PLN 120.50" (en). Whole amounts drop the decimals ("120 zł").
 */
export function formatMoney(grosze: number, locale: string, currency = "PLN"): string {
  const whole = grosze % 100 === 0;
  return new Intl.NumberFormat(locale, {
    style: "currency",
    currency,
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  }).format(grosze / 100);
}

/** A duration in whole minutes as hours and minutes: `90` → "1 godz. 30 min" (pl), "1 hr 30 min" (en). */
export function formatDuration(minutes: number, locale: string): string {
  const total = Math.max(0, Math.round(minutes));
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  const unit = (value: number, u: "hour" | "minute") =>
    new Intl.NumberFormat(locale, { style: "unit", unit: u, unitDisplay: "short" }).format(value);
  if (hours === 0) return unit(rest, "minute");
  if (rest === 0) return unit(hours, "hour");
  return `${unit(hours, "hour")} ${unit(rest, "minute")}`;
}

/** Minutes from local midnight (0–1440) as a 24-hour clock time: `510` → "08:30", `1440` → "24:00". */
export function formatMinutesOfDay(minutes: number): string {
  const clamped = Math.min(MINUTES_PER_DAY, Math.max(0, Math.round(minutes)));
  const h = Math.floor(clamped / 60);
  const m = clamped % 60;
  return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
}

/** "08:30" (as `<input type="time">` gives it, seconds allowed) → 510; null when not a time of day. */
export function parseMinutesOfDay(value: string): number | null {
  const match = /^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(value.trim());
  if (!match) return null;
  const h = Number(match[1]);
  const m = Number(match[2]);
  if (m > 59 || h > 24 || (h === 24 && m !== 0)) return null;
  return h * 60 + m;
}

/**
 * An amount typed in złoty ("120", "120,5", "1 200.50") → grosze (12000, 12050, 120050);
 * null when it is not a non-negative amount with at most two decimals.
 */
export function parseZloty(value: string): number | null {
  const compact = value
    .replace(/[\s\u00a0\u202f]/g, "")
    .replace(/zł$/i, "")
    .replace(",", ".");
  if (!/^\d+(\.\d{1,2})?$/.test(compact)) return null;
  const [whole = "0", fraction = ""] = compact.split(".");
  const grosze = Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
  return Number.isSafeInteger(grosze) ? grosze : null;
}

/** Grosze as a plain złoty amount for an input field: 12050 → "120,50" (pl) / "120.50" (en), 12000 → "120". */
export function groszeToZlotyInput(grosze: number, locale: string): string {
  const whole = Math.floor(grosze / 100);
  const fraction = grosze % 100;
  if (fraction === 0) return String(whole);
  const separator = locale.startsWith("pl") ? "," : ".";
  return `${whole}${separator}${String(fraction).padStart(2, "0")}`;
}
