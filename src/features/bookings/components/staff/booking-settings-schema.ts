import { z } from "zod";
import { BOOKING_LIMITS } from "../../constants";
import { bookingSettingsSchema, type BookingSettingsInput } from "../../schemas";

const rules = bookingSettingsSchema.shape;

/** Hours as typed ("2", "1,5", "0.25") → whole minutes; then the server's own rule with its message. */
const hoursAsMinutes = (error: string, pipe: z.ZodType<number, number>) =>
  z
    .string()
    .trim()
    .transform((value, ctx) => {
      const normalised = value.replace(",", ".");
      if (!/^\d+(\.\d+)?$/.test(normalised)) {
        ctx.addIssue({ code: "custom", message: error });
        return z.NEVER;
      }
      return Math.round(Number(normalised) * 60);
    })
    .pipe(pipe);

/**
 * What the booking rules form edits: the interval as a select value, notice and cancellation
 * deadline in hours, horizon in days (text fields), auto-confirm. Parses into `BookingSettingsInput`
 * (minutes, days) with the server's i18n keys.
 */
export const rulesFormSchema = z.object({
  slotIntervalMinutes: z.string().transform(Number).pipe(rules.slotIntervalMinutes),
  minNoticeHours: hoursAsMinutes("validation.bookings.notice", rules.minNoticeMinutes),
  horizonDays: z.string().trim().regex(/^\d+$/, { error: "validation.bookings.horizon" }).transform(Number).pipe(rules.horizonDays),
  cancellationNoticeHours: hoursAsMinutes("validation.bookings.cancellationNotice", rules.cancellationNoticeMinutes),
  autoConfirm: z.boolean(),
});
export type RulesFormValues = z.input<typeof rulesFormSchema>;
export type RulesFormOutput = z.output<typeof rulesFormSchema>;

/** The form's output as the router's input. */
export const rulesFromForm = (v: RulesFormOutput): BookingSettingsInput => ({
  slotIntervalMinutes: v.slotIntervalMinutes,
  minNoticeMinutes: v.minNoticeHours,
  horizonDays: v.horizonDays,
  cancellationNoticeMinutes: v.cancellationNoticeHours,
  autoConfirm: v.autoConfirm,
});

/** Minutes shown as hours without a needless fraction: 120 → "2", 90 → "1,5" (pl) / "1.5" (en). */
export function minutesAsHours(minutes: number, locale: string): string {
  const hours = String(Math.round((minutes / 60) * 100) / 100);
  return locale.startsWith("pl") ? hours.replace(".", ",") : hours;
}

/** The stored rules as the form's starting values. */
export function rulesFormDefaults(settings: BookingSettingsInput, locale: string): RulesFormValues {
  return {
    slotIntervalMinutes: String(settings.slotIntervalMinutes),
    minNoticeHours: minutesAsHours(settings.minNoticeMinutes, locale),
    horizonDays: String(settings.horizonDays),
    cancellationNoticeHours: minutesAsHours(settings.cancellationNoticeMinutes, locale),
    autoConfirm: settings.autoConfirm,
  };
}

/** Limits the form states in its hints (hours and days). */
export const RULE_LIMITS = {
  maxNoticeHours: BOOKING_LIMITS.maxNoticeMinutes / 60,
  maxHorizonDays: BOOKING_LIMITS.maxHorizonDays,
  maxCancellationHours: BOOKING_LIMITS.maxCancellationNoticeMinutes / 60,
} as const;
