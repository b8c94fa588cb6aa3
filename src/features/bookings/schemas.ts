import { z } from "zod";
import { BOOKING_LIMITS, BOOKING_STATUSES } from "./constants";

/** Messages are i18n keys (src/i18n/messages/<locale>/validation.json). */

const id = (error = "validation.invalid") => z.uuid({ error });
/** A local calendar date, YYYY-MM-DD. */
export const localDateSchema = z.iso.date({ error: "validation.bookings.date" });
/** A UTC instant as an ISO string with offset. */
const instant = z.iso.datetime({ offset: true, error: "validation.bookings.time" });
const cleanText = (max: number) =>
  z
    .string()
    .transform((s) => s.replace(/\r\n?/g, "\n").trim())
    .pipe(z.string().max(max, { error: "validation.tooLong" }));

export const bookingStatusSchema = z.enum(BOOKING_STATUSES);
export const bookingIdInput = z.object({ bookingId: id() });

/** `bookings.slots`: free start times of a service on local dates `from`..`to` (≤ 31 days). */
export const slotsInput = z
  .object({
    workshopId: id(),
    serviceId: id(),
    from: localDateSchema,
    to: localDateSchema,
    /** When rescheduling: the booking being moved does not block itself (honoured for its owner only). */
    excludeBookingId: id().optional(),
  })
  .refine((v) => v.from <= v.to, { error: "validation.bookings.range", path: ["to"] })
  .refine((v) => (Date.parse(v.to) - Date.parse(v.from)) / 86_400_000 < BOOKING_LIMITS.maxSlotRangeDays, {
    error: "validation.bookings.range",
    path: ["to"],
  });
export type SlotsInput = z.infer<typeof slotsInput>;

/** `bookings.create`: a customer books a start time offered by `bookings.slots`. */
export const createBookingInput = z.object({
  workshopId: id(),
  serviceId: id(),
  vehicleId: id("validation.bookings.vehicle"),
  startsAt: instant,
  notes: cleanText(BOOKING_LIMITS.notesMaxChars).default(""),
  diagnosisId: id().optional(),
  /** The client's key for this attempt: sending it again returns the same booking. */
  idempotencyKey: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{8,64}$/, { error: "validation.invalid" }),
});
export type CreateBookingInput = z.input<typeof createBookingInput>;

/** `bookings.reschedule` (customer) and `bookings.move` (staff, optionally onto a given bay). */
export const rescheduleInput = z.object({ bookingId: id(), startsAt: instant });
export const moveInput = z.object({ workshopId: id(), bookingId: id(), startsAt: instant, bayId: id().optional() });

export const cancelInput = z.object({
  bookingId: id(),
  reason: cleanText(BOOKING_LIMITS.reasonMaxChars).default(""),
});
export const staffCancelInput = z.object({
  workshopId: id(),
  bookingId: id(),
  reason: cleanText(BOOKING_LIMITS.reasonMaxChars).pipe(z.string().min(1, { error: "validation.bookings.reasonRequired" })),
});
export const staffBookingInput = z.object({ workshopId: id(), bookingId: id() });
export const setStatusInput = z.object({
  workshopId: id(),
  bookingId: id(),
  status: z.enum(["in_progress", "completed", "no_show"]),
});

/** `bookings.calendar`: a staff view of local dates `from`..`to` (≤ 31 days). */
export const calendarInput = z
  .object({ workshopId: id(), from: localDateSchema, to: localDateSchema })
  .refine((v) => v.from <= v.to && (Date.parse(v.to) - Date.parse(v.from)) / 86_400_000 < BOOKING_LIMITS.maxSlotRangeDays, {
    error: "validation.bookings.range",
    path: ["to"],
  });

export const blockInput = z
  .object({
    workshopId: id(),
    /** Omitted: the whole workshop. */
    bayId: id().nullable().default(null),
    startsAt: instant,
    endsAt: instant,
    reason: cleanText(200).default(""),
  })
  .refine((v) => Date.parse(v.startsAt) < Date.parse(v.endsAt), { error: "validation.bookings.blockRange", path: ["endsAt"] });
export const removeBlockInput = z.object({ workshopId: id(), blockId: id() });

export const bookingSettingsSchema = z.object({
  slotIntervalMinutes: z
    .number()
    .int()
    .refine((n) => (BOOKING_LIMITS.slotIntervals as readonly number[]).includes(n), { error: "validation.bookings.interval" }),
  minNoticeMinutes: z
    .number()
    .int()
    .min(0, { error: "validation.bookings.notice" })
    .max(BOOKING_LIMITS.maxNoticeMinutes, { error: "validation.bookings.notice" }),
  horizonDays: z
    .number()
    .int()
    .min(1, { error: "validation.bookings.horizon" })
    .max(BOOKING_LIMITS.maxHorizonDays, { error: "validation.bookings.horizon" }),
  cancellationNoticeMinutes: z
    .number()
    .int()
    .min(0, { error: "validation.bookings.cancellationNotice" })
    .max(BOOKING_LIMITS.maxCancellationNoticeMinutes, { error: "validation.bookings.cancellationNotice" }),
  autoConfirm: z.boolean(),
});
export type BookingSettingsInput = z.infer<typeof bookingSettingsSchema>;
export const updateSettingsInput = z.object({ workshopId: id(), settings: bookingSettingsSchema });

const bayName = z.string().trim().min(1, { error: "validation.bookings.bayName" }).max(40, { error: "validation.bookings.bayName" });
export const createBayInput = z.object({ workshopId: id(), name: bayName });
export const updateBayInput = z.object({ workshopId: id(), bayId: id(), name: bayName, active: z.boolean() });

const minuteOfDay = z.number().int().min(0, { error: "validation.hours.range" }).max(1440, { error: "validation.hours.range" });
export const overrideIntervalSchema = z
  .object({ opensAt: minuteOfDay, closesAt: minuteOfDay })
  .refine((v) => v.opensAt < v.closesAt, { error: "validation.hours.order", path: ["closesAt"] });
export const setOverrideInput = z.object({
  workshopId: id(),
  date: localDateSchema,
  /** Empty: closed that day. */
  intervals: z
    .array(overrideIntervalSchema)
    .max(6)
    .refine((list) => [...list].sort((a, b) => a.opensAt - b.opensAt).every((v, i, s) => i === 0 || s[i - 1]!.closesAt <= v.opensAt), {
      error: "validation.hours.overlap",
    }),
  note: cleanText(120).default(""),
});
export const removeOverrideInput = z.object({ workshopId: id(), date: localDateSchema });

/** `bookings.mine`: upcoming (start in the future, not cancelled) or past. */
export const myBookingsInput = z.object({ when: z.enum(["upcoming", "past"]).default("upcoming") });

/** Staff propose a visit in the chat; the customer accepts it in one tap. */
export const proposeInput = z.object({
  conversationId: id(),
  serviceId: id(),
  startsAt: instant,
  note: cleanText(300).default(""),
  clientId: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{8,64}$/, { error: "validation.invalid" }),
});
export const respondToProposalInput = z.object({
  messageId: id(),
  accept: z.boolean(),
  vehicleId: id("validation.bookings.vehicle").optional(),
});
