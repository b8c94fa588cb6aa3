import "server-only";
import { and, asc, count, eq, gte, inArray, max } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import type { DbOrTx } from "@/server/db";
import { isUniqueViolation } from "@/server/db/errors";
import { bayBlocks, bookings, workshopBays, workshopBookingSettings, workshopDateOverrides } from "@/server/db/schema";
import { ACTIVE_BOOKING_STATUSES, BOOKING_LIMITS } from "../constants";
import type { BookingSettingsInput } from "../schemas";
import type { OverrideInterval } from "@/server/db/schema";
import { activeBookingsIn } from "./records";

/** Saves a workshop's booking rules (interval, notice, horizon, cancellation deadline, auto-confirm). */
export async function saveSettings(db: DbOrTx, workshopId: string, settings: BookingSettingsInput) {
  await db
    .insert(workshopBookingSettings)
    .values({ workshopId, ...settings })
    .onConflictDoUpdate({ target: workshopBookingSettings.workshopId, set: { ...settings, updatedAt: new Date() } });
  return settings;
}

/** All bays of a workshop, active first in their order. */
export function listBays(db: DbOrTx, workshopId: string) {
  return db
    .select({ id: workshopBays.id, name: workshopBays.name, active: workshopBays.active, position: workshopBays.position })
    .from(workshopBays)
    .where(eq(workshopBays.workshopId, workshopId))
    .orderBy(asc(workshopBays.position), asc(workshopBays.name));
}

const bayTaken = () => new AppError("CONFLICT", "errors.bookings.bayNameTaken");

/**
 * Adds a bay at the end. @throws AppError CONFLICT `errors.bookings.bayNameTaken` /
 * `errors.bookings.tooManyBays` (more than BOOKING_LIMITS.maxBays).
 */
export async function createBay(db: DbOrTx, workshopId: string, name: string) {
  const [stats] = await db
    .select({ n: count(), last: max(workshopBays.position) })
    .from(workshopBays)
    .where(eq(workshopBays.workshopId, workshopId));
  if ((stats?.n ?? 0) >= BOOKING_LIMITS.maxBays)
    throw new AppError("CONFLICT", "errors.bookings.tooManyBays", { max: BOOKING_LIMITS.maxBays });
  try {
    const [row] = await db
      .insert(workshopBays)
      .values({ workshopId, name, position: (stats?.last ?? -1) + 1 })
      .returning({ id: workshopBays.id });
    return row!;
  } catch (error) {
    if (isUniqueViolation(error, "workshop_bays_name_key")) throw bayTaken();
    throw error;
  }
}

/**
 * Renames a bay or takes it out of service. A bay with upcoming active bookings cannot be
 * deactivated (move them first). @throws AppError NOT_FOUND `errors.bookings.bayNotFound`;
 * CONFLICT `errors.bookings.bayNameTaken` / `errors.bookings.bayHasBookings` (`{ count }`).
 */
export async function updateBay(db: DbOrTx, workshopId: string, bayId: string, patch: { name: string; active: boolean }, now = new Date()) {
  if (!patch.active) {
    const [upcoming] = await db
      .select({ n: count() })
      .from(bookings)
      .where(and(eq(bookings.bayId, bayId), inArray(bookings.status, [...ACTIVE_BOOKING_STATUSES]), gte(bookings.endsAt, now)));
    if (upcoming && upcoming.n > 0) throw new AppError("CONFLICT", "errors.bookings.bayHasBookings", { count: upcoming.n });
  }
  try {
    const [row] = await db
      .update(workshopBays)
      .set(patch)
      .where(and(eq(workshopBays.id, bayId), eq(workshopBays.workshopId, workshopId)))
      .returning({ id: workshopBays.id });
    if (!row) throw new AppError("NOT_FOUND", "errors.bookings.bayNotFound");
    return row;
  } catch (error) {
    if (isUniqueViolation(error, "workshop_bays_name_key")) throw bayTaken();
    throw error;
  }
}

/** Date overrides from `fromDate` on (local dates), soonest first. */
export function listOverrides(db: DbOrTx, workshopId: string, fromDate: string) {
  return db
    .select({ date: workshopDateOverrides.date, intervals: workshopDateOverrides.intervals, note: workshopDateOverrides.note })
    .from(workshopDateOverrides)
    .where(and(eq(workshopDateOverrides.workshopId, workshopId), gte(workshopDateOverrides.date, fromDate)))
    .orderBy(asc(workshopDateOverrides.date));
}

/** Sets one date's hours (intervals in minutes from local midnight; none = closed), replacing any before. */
export async function setOverride(db: DbOrTx, workshopId: string, date: string, intervals: OverrideInterval[], note: string) {
  const sorted = [...intervals].sort((a, b) => a.opensAt - b.opensAt);
  await db
    .insert(workshopDateOverrides)
    .values({ workshopId, date, intervals: sorted, note })
    .onConflictDoUpdate({ target: [workshopDateOverrides.workshopId, workshopDateOverrides.date], set: { intervals: sorted, note } });
  return { date };
}

export async function removeOverride(db: DbOrTx, workshopId: string, date: string) {
  await db.delete(workshopDateOverrides).where(and(eq(workshopDateOverrides.workshopId, workshopId), eq(workshopDateOverrides.date, date)));
  return { date };
}

/**
 * Blocks time on a bay (time off, repairs) or on the whole workshop (`bayId` null): no booking can
 * start into it. Refuses when active bookings already hold that time, so none silently overlaps.
 * @throws AppError NOT_FOUND `errors.bookings.bayNotFound`; CONFLICT `errors.bookings.blockOverlaps` (`{ count }`).
 */
export async function createBlock(
  db: DbOrTx,
  workshopId: string,
  userId: string,
  input: { bayId: string | null; startsAt: Date; endsAt: Date; reason: string },
) {
  if (input.bayId) {
    const [bay] = await db
      .select({ id: workshopBays.id })
      .from(workshopBays)
      .where(and(eq(workshopBays.id, input.bayId), eq(workshopBays.workshopId, workshopId)));
    if (!bay) throw new AppError("NOT_FOUND", "errors.bookings.bayNotFound");
  }
  const clashes = await activeBookingsIn(db, workshopId, input.bayId, input.startsAt, input.endsAt);
  if (clashes.length) throw new AppError("CONFLICT", "errors.bookings.blockOverlaps", { count: clashes.length });
  const [row] = await db
    .insert(bayBlocks)
    .values({ workshopId, bayId: input.bayId, startsAt: input.startsAt, endsAt: input.endsAt, reason: input.reason, createdBy: userId })
    .returning({ id: bayBlocks.id });
  return row!;
}

/** @throws AppError NOT_FOUND `errors.bookings.blockNotFound`. */
export async function removeBlock(db: DbOrTx, workshopId: string, blockId: string) {
  const [row] = await db
    .delete(bayBlocks)
    .where(and(eq(bayBlocks.id, blockId), eq(bayBlocks.workshopId, workshopId)))
    .returning({ id: bayBlocks.id });
  if (!row) throw new AppError("NOT_FOUND", "errors.bookings.blockNotFound");
  return row;
}
