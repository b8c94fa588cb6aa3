import type { BookingStatus } from "../../constants";

/**
 * How each booking status looks in the calendar: a tinted block with a stronger start border, in
 * the same hues as the customer's status badge (requests amber and dashed — they still need an
 * answer; confirmed green; in progress blue; completed grey; no-show red). Light and dark pairs keep
 * the text at WCAG AA contrast on their own tint.
 */
export const STATUS_STYLES: Record<BookingStatus, string> = {
  requested: "border-amber-500 border-dashed bg-amber-50 text-amber-950 dark:border-amber-500 dark:bg-amber-950 dark:text-amber-50",
  confirmed: "border-emerald-600 bg-emerald-50 text-emerald-950 dark:border-emerald-400 dark:bg-emerald-950 dark:text-emerald-50",
  in_progress: "border-sky-600 bg-sky-50 text-sky-950 dark:border-sky-400 dark:bg-sky-950 dark:text-sky-50",
  completed: "border-slate-400 bg-slate-100 text-slate-800 dark:border-slate-500 dark:bg-slate-800 dark:text-slate-100",
  cancelled: "border-zinc-400 bg-zinc-100 text-zinc-700 line-through dark:border-zinc-500 dark:bg-zinc-900 dark:text-zinc-300",
  no_show: "border-rose-600 bg-rose-50 text-rose-950 dark:border-rose-400 dark:bg-rose-950 dark:text-rose-50",
};

/** The status pill on the detail: same hues, solid border. */
export const STATUS_BADGE: Record<BookingStatus, string> = {
  requested: "border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100",
  confirmed: "border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-700 dark:bg-emerald-950 dark:text-emerald-100",
  in_progress: "border-sky-300 bg-sky-50 text-sky-900 dark:border-sky-700 dark:bg-sky-950 dark:text-sky-100",
  completed: "border-slate-300 bg-slate-50 text-slate-800 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100",
  cancelled: "border-zinc-300 bg-zinc-100 text-zinc-800 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-200",
  no_show: "border-rose-300 bg-rose-50 text-rose-900 dark:border-rose-700 dark:bg-rose-950 dark:text-rose-100",
};
