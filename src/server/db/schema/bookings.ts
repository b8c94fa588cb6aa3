import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgSequence,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { BOOKING_ACTORS, BOOKING_EVENT_KINDS, BOOKING_STATUSES } from "@/features/bookings/constants";
import { users } from "./accounts";
import { diagnoses } from "./diagnosis";
import { vehicles } from "./garage";
import { workshops, workshopServices } from "./workshops";

export const bookingStatus = pgEnum("booking_status", BOOKING_STATUSES);
export const bookingEventKind = pgEnum("booking_event_kind", BOOKING_EVENT_KINDS);
export const bookingActor = pgEnum("booking_actor", BOOKING_ACTORS);

/** Numbers behind the human booking codes (`BK-2026-000123`). */
export const bookingCodeSeq = pgSequence("booking_code_seq", { startWith: 1 });

/** A workshop's booking rules (minutes unless named otherwise). No row = the defaults in BOOKING_DEFAULTS. */
export const workshopBookingSettings = pgTable(
  "workshop_booking_settings",
  {
    workshopId: uuid()
      .primaryKey()
      .references(() => workshops.id, { onDelete: "cascade" }),
    slotIntervalMinutes: smallint().notNull(),
    minNoticeMinutes: integer().notNull(),
    horizonDays: smallint().notNull(),
    cancellationNoticeMinutes: integer().notNull(),
    /** Requests become confirmed at once instead of waiting for staff. */
    autoConfirm: boolean().notNull(),
    updatedAt: timestamp({ withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    check("booking_settings_interval", sql`${t.slotIntervalMinutes} between 5 and 240`),
    check("booking_settings_notice", sql`${t.minNoticeMinutes} between 0 and 20160`),
    check("booking_settings_horizon", sql`${t.horizonDays} between 1 and 365`),
    check("booking_settings_cancellation", sql`${t.cancellationNoticeMinutes} between 0 and 10080`),
  ],
);

/** Bays (lifts, stands): each holds one vehicle at a time; how many a workshop has is its capacity. */
export const workshopBays = pgTable(
  "workshop_bays",
  {
    id: uuid().primaryKey().defaultRandom(),
    workshopId: uuid()
      .notNull()
      .references(() => workshops.id, { onDelete: "cascade" }),
    name: text().notNull(),
    position: smallint().notNull().default(0),
    /** Inactive bays keep their past bookings but take no new ones. */
    active: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("workshop_bays_name_key").on(t.workshopId, t.name), index("workshop_bays_workshop_idx").on(t.workshopId, t.position)],
);

/** Opening intervals of one local date, minutes from local midnight. */
export type OverrideInterval = { opensAt: number; closesAt: number };

/** A date whose hours differ from the week: closed (no intervals) or special hours. */
export const workshopDateOverrides = pgTable(
  "workshop_date_overrides",
  {
    workshopId: uuid()
      .notNull()
      .references(() => workshops.id, { onDelete: "cascade" }),
    /** Local date in the workshop's zone. */
    date: date({ mode: "string" }).notNull(),
    intervals: jsonb().$type<OverrideInterval[]>().notNull(),
    note: text().notNull().default(""),
  },
  (t) => [primaryKey({ columns: [t.workshopId, t.date] })],
);

/** Blocked time: a bay's time off, or the whole workshop (`bayId` null) — no bookings start into it. */
export const bayBlocks = pgTable(
  "bay_blocks",
  {
    id: uuid().primaryKey().defaultRandom(),
    workshopId: uuid()
      .notNull()
      .references(() => workshops.id, { onDelete: "cascade" }),
    bayId: uuid().references(() => workshopBays.id, { onDelete: "cascade" }),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    reason: text().notNull().default(""),
    createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("bay_blocks_range_idx").on(t.workshopId, t.startsAt, t.endsAt),
    check("bay_blocks_range", sql`${t.startsAt} < ${t.endsAt}`),
  ],
);

/**
 * A visit booked at a workshop. `startsAt`/`endsAt` are the service itself (UTC); `occupiedFrom`/
 * `occupiedUntil` widen them by the service's buffers and are what the bay is held for. No two
 * active bookings overlap on one bay: the exclusion constraint `bookings_no_overlap` (migration
 * 0004, btree_gist) enforces it, so a double booking cannot be written, whatever the code does.
 * Rescheduling keeps the id and raises `sequence` (the calendar invite's SEQUENCE).
 */
export const bookings = pgTable(
  "bookings",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Human code, e.g. BK-2026-000123 (year of booking, then a global number). */
    code: text()
      .notNull()
      .default(sql`('BK-' || to_char(now() at time zone 'UTC', 'YYYY') || '-' || lpad(nextval('booking_code_seq')::text, 6, '0'))`),
    workshopId: uuid()
      .notNull()
      .references(() => workshops.id, { onDelete: "cascade" }),
    customerId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    vehicleId: uuid().references(() => vehicles.id, { onDelete: "set null" }),
    /** "Skoda Octavia 2017 (2.0 TDI)": kept so the workshop still knows the car if it leaves the garage. */
    vehicleLabel: text().notNull(),
    serviceId: uuid().references(() => workshopServices.id, { onDelete: "set null" }),
    serviceName: text().notNull(),
    bayId: uuid()
      .notNull()
      .references(() => workshopBays.id, { onDelete: "restrict" }),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    occupiedFrom: timestamp({ withTimezone: true }).notNull(),
    occupiedUntil: timestamp({ withTimezone: true }).notNull(),
    status: bookingStatus().notNull().default("requested"),
    /** Estimate from the service's price, grosze. */
    priceFrom: integer().notNull(),
    priceTo: integer(),
    currency: text().notNull().default("PLN"),
    /** The customer's note to the workshop. */
    notes: text().notNull().default(""),
    diagnosisId: uuid().references(() => diagnoses.id, { onDelete: "set null" }),
    cancellationReason: text(),
    cancelledBy: bookingActor(),
    cancelledAt: timestamp({ withTimezone: true }),
    confirmedAt: timestamp({ withTimezone: true }),
    /** Raised on every change of time (the .ics SEQUENCE); the reminder job checks it is still current. */
    sequence: integer().notNull().default(0),
    reminderSentAt: timestamp({ withTimezone: true }),
    /** The client's key for this request: sending it again returns the same booking. */
    idempotencyKey: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    uniqueIndex("bookings_code_key").on(t.code),
    uniqueIndex("bookings_idempotency_key").on(t.customerId, t.idempotencyKey),
    index("bookings_workshop_time_idx").on(t.workshopId, t.startsAt),
    index("bookings_customer_idx").on(t.customerId, t.startsAt),
    index("bookings_requested_idx")
      .on(t.workshopId, t.createdAt)
      .where(sql`${t.status} = 'requested'`),
    check("bookings_range", sql`${t.startsAt} < ${t.endsAt} and ${t.occupiedFrom} <= ${t.startsAt} and ${t.occupiedUntil} >= ${t.endsAt}`),
    check("bookings_price", sql`${t.priceFrom} >= 0 and (${t.priceTo} is null or ${t.priceTo} >= ${t.priceFrom})`),
  ],
);

/** A booking's history: every status change and every reschedule (old and new start), by whom. */
export const bookingEvents = pgTable(
  "booking_events",
  {
    id: uuid().primaryKey().defaultRandom(),
    bookingId: uuid()
      .notNull()
      .references(() => bookings.id, { onDelete: "cascade" }),
    kind: bookingEventKind().notNull(),
    /** The booking's sequence after this change. */
    sequence: integer().notNull(),
    actorId: uuid().references(() => users.id, { onDelete: "set null" }),
    actor: bookingActor(),
    previousStartsAt: timestamp({ withTimezone: true }),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    reason: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("booking_events_booking_idx").on(t.bookingId, t.createdAt)],
);
