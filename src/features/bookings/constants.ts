/**
 * The bookings domain's fixed lists and defaults, dependency-free so the database schema, the zod
 * schemas, the server and the UI share them.
 */

/**
 * A booking's lifecycle. `requested` waits for the workshop (unless it auto-confirms); `confirmed`,
 * `in_progress` are the visit; `completed`, `cancelled`, `no_show` are final.
 */
export const BOOKING_STATUSES = ["requested", "confirmed", "in_progress", "completed", "cancelled", "no_show"] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];
/** Statuses that hold a bay: the exclusion constraint and the slot search consider only these. */
export const ACTIVE_BOOKING_STATUSES = ["requested", "confirmed", "in_progress"] as const satisfies readonly BookingStatus[];
export const FINAL_BOOKING_STATUSES = ["completed", "cancelled", "no_show"] as const satisfies readonly BookingStatus[];

/** Status changes staff may make by hand (cancel and confirm have their own procedures). */
export const STAFF_TRANSITIONS: Record<BookingStatus, readonly BookingStatus[]> = {
  requested: [],
  confirmed: ["in_progress", "no_show", "completed"],
  in_progress: ["completed"],
  completed: [],
  cancelled: [],
  no_show: [],
};

/** What happened to a booking, kept in its history (reschedules carry the old and new times). */
export const BOOKING_EVENT_KINDS = ["requested", "confirmed", "rescheduled", "cancelled", "in_progress", "completed", "no_show"] as const;
export type BookingEventKind = (typeof BOOKING_EVENT_KINDS)[number];

/** Who cancelled (or moved) a booking. */
export const BOOKING_ACTORS = ["customer", "workshop"] as const;

/** Defaults for a workshop that has not set its booking rules (minutes unless named otherwise). */
export const BOOKING_DEFAULTS = {
  slotIntervalMinutes: 30,
  minNoticeMinutes: 120,
  horizonDays: 60,
  /** Customers may cancel or reschedule until this long before the start. */
  cancellationNoticeMinutes: 24 * 60,
  autoConfirm: false,
} as const;

/** Limits the settings form and the server both enforce. */
export const BOOKING_LIMITS = {
  slotIntervals: [5, 10, 15, 20, 30, 60] as const,
  maxNoticeMinutes: 14 * 24 * 60,
  maxHorizonDays: 365,
  maxCancellationNoticeMinutes: 7 * 24 * 60,
  maxBufferMinutes: 240,
  maxBays: 50,
  notesMaxChars: 1000,
  reasonMaxChars: 500,
  /** Days a customer may look at in one slot request. */
  maxSlotRangeDays: 31,
} as const;

/** Hours before the start when the reminder e-mail goes out. */
export const REMINDER_HOURS_BEFORE = 24;
