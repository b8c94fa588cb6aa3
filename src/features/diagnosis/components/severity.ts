import type { Severity } from "../schemas";

/** Colour classes per severity (text + background), readable in light and dark themes. */
export const SEVERITY_STYLES: Record<Severity, string> = {
  low: "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100",
  medium: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-100",
  high: "bg-orange-100 text-orange-900 dark:bg-orange-950 dark:text-orange-100",
  critical: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100",
};
