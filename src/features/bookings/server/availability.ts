import "server-only";
import { addDays } from "date-fns";
import { and, asc, eq, gt, inArray, isNull, lt, ne, or, between } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import type { DbOrTx } from "@/server/db";
import {
  bayBlocks,
  bookings,
  workshopBays,
  workshopBookingSettings,
  workshopDateOverrides,
  workshopOpeningHours,
  workshopServices,
  workshops,
} from "@/server/db/schema";
import { ACTIVE_BOOKING_STATUSES, BOOKING_DEFAULTS } from "../constants";
import { computeSlots, zonedTime, type BusyRange, type DaySlots } from "../slots";

export type BookingSettings = {
  slotIntervalMinutes: number;
  minNoticeMinutes: number;
  horizonDays: number;
  cancellationNoticeMinutes: number;
  autoConfirm: boolean;
};

/** A workshop's booking rules, or the defaults when it never set them. */
export async function settingsOf(db: DbOrTx, workshopId: string): Promise<BookingSettings> {
  const [row] = await db.select().from(workshopBookingSettings).where(eq(workshopBookingSettings.workshopId, workshopId));
  if (!row) return { ...BOOKING_DEFAULTS };
  return {
    slotIntervalMinutes: row.slotIntervalMinutes,
    minNoticeMinutes: row.minNoticeMinutes,
    horizonDays: row.horizonDays,
    cancellationNoticeMinutes: row.cancellationNoticeMinutes,
    autoConfirm: row.autoConfirm,
  };
}

export type BookableService = typeof workshopServices.$inferSelect;

/**
 * An active service of an active workshop, with the workshop's zone.
 * @throws AppError NOT_FOUND `errors.bookings.serviceNotFound`.
 */
export async function bookableService(db: DbOrTx, workshopId: string, serviceId: string) {
  const [row] = await db
    .select({
      service: workshopServices,
      workshop: { id: workshops.id, name: workshops.name, timeZone: workshops.timeZone, status: workshops.status },
    })
    .from(workshopServices)
    .innerJoin(workshops, eq(workshops.id, workshopServices.workshopId))
    .where(and(eq(workshopServices.id, serviceId), eq(workshopServices.workshopId, workshopId)));
  if (!row || !row.service.active || row.workshop.status !== "active") throw new AppError("NOT_FOUND", "errors.bookings.serviceNotFound");
  return row;
}

export type SlotQuery = {
  workshopId: string;
  timeZone: string;
  service: Pick<BookableService, "durationMinutes" | "bufferBeforeMinutes" | "bufferAfterMinutes">;
  /** Local dates, inclusive. */
  from: string;
  to: string;
  now: Date;
  /** A booking being moved: it does not block itself. */
  excludeBookingId?: string;
  /** Staff moving a booking may place it inside the notice period and past the horizon (never in the past). */
  ignoreNoticeAndHorizon?: boolean;
};

/**
 * Free start times of a service on local dates `from`..`to`: reads the workshop's hours, date
 * overrides, active bays, blocks and active bookings (each widened by its own buffers, as stored in
 * `occupied_from/until`) and runs the pure `computeSlots`. Times are UTC instants.
 */
export async function slotsFor(db: DbOrTx, q: SlotQuery): Promise<{ days: DaySlots[]; bayIds: string[] }> {
  // Everything that can touch the local dates, with a day's margin for zone offsets and buffers.
  const windowStart = addDays(zonedTime(q.from, 0, q.timeZone), -1);
  const windowEnd = addDays(zonedTime(q.to, 0, q.timeZone), 2);
  const [settings, bays, hours, overrides, blocks, taken] = await Promise.all([
    settingsOf(db, q.workshopId),
    db
      .select({ id: workshopBays.id })
      .from(workshopBays)
      .where(and(eq(workshopBays.workshopId, q.workshopId), eq(workshopBays.active, true)))
      .orderBy(asc(workshopBays.position), asc(workshopBays.name)),
    db
      .select({ weekday: workshopOpeningHours.weekday, opensAt: workshopOpeningHours.opensAt, closesAt: workshopOpeningHours.closesAt })
      .from(workshopOpeningHours)
      .where(eq(workshopOpeningHours.workshopId, q.workshopId)),
    db
      .select({ date: workshopDateOverrides.date, intervals: workshopDateOverrides.intervals })
      .from(workshopDateOverrides)
      .where(and(eq(workshopDateOverrides.workshopId, q.workshopId), between(workshopDateOverrides.date, q.from, q.to))),
    db
      .select({ bayId: bayBlocks.bayId, from: bayBlocks.startsAt, until: bayBlocks.endsAt })
      .from(bayBlocks)
      .where(and(eq(bayBlocks.workshopId, q.workshopId), lt(bayBlocks.startsAt, windowEnd), gt(bayBlocks.endsAt, windowStart))),
    db
      .select({ bayId: bookings.bayId, from: bookings.occupiedFrom, until: bookings.occupiedUntil })
      .from(bookings)
      .where(
        and(
          eq(bookings.workshopId, q.workshopId),
          inArray(bookings.status, [...ACTIVE_BOOKING_STATUSES]),
          lt(bookings.occupiedFrom, windowEnd),
          gt(bookings.occupiedUntil, windowStart),
          q.excludeBookingId ? ne(bookings.id, q.excludeBookingId) : undefined,
        ),
      ),
  ]);
  const bayIds = bays.map((b) => b.id);
  const busy: BusyRange[] = [...blocks, ...taken];
  const days = computeSlots({
    timeZone: q.timeZone,
    weeklyHours: hours,
    overrides,
    bayIds,
    busy,
    durationMinutes: q.service.durationMinutes,
    bufferBeforeMinutes: q.service.bufferBeforeMinutes,
    bufferAfterMinutes: q.service.bufferAfterMinutes,
    slotIntervalMinutes: settings.slotIntervalMinutes,
    minNoticeMinutes: q.ignoreNoticeAndHorizon ? 0 : settings.minNoticeMinutes,
    horizonDays: q.ignoreNoticeAndHorizon ? 3650 : settings.horizonDays,
    now: q.now,
    from: q.from,
    to: q.to,
  });
  return { days, bayIds };
}

/** Blocks that overlap a range on a bay (or on every bay). */
export function overlappingBlocks(db: DbOrTx, workshopId: string, bayId: string | null, from: Date, until: Date) {
  return db
    .select({ id: bayBlocks.id })
    .from(bayBlocks)
    .where(
      and(
        eq(bayBlocks.workshopId, workshopId),
        lt(bayBlocks.startsAt, until),
        gt(bayBlocks.endsAt, from),
        bayId ? or(isNull(bayBlocks.bayId), eq(bayBlocks.bayId, bayId)) : undefined,
      ),
    )
    .limit(1);
}
