import "server-only";
import { addMinutes } from "date-fns";
import { and, eq, gt, inArray, lt } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import type { DbOrTx } from "@/server/db";
import { bookingEvents, bookings } from "@/server/db/schema";
import { ACTIVE_BOOKING_STATUSES, type BookingEventKind } from "../constants";
import { settingsOf } from "./availability";

// What the booking services share: loading a booking for its customer or its workshop, the policy
// deadline, the history row and the analytics metadata of a change.

export type BookingRow = typeof bookings.$inferSelect;

export const notFound = () => new AppError("NOT_FOUND", "errors.bookings.notFound");

export async function recordEvent(
  tx: DbOrTx,
  b: Pick<BookingRow, "id" | "sequence" | "startsAt">,
  kind: BookingEventKind,
  who: { actorId: string | null; actor: "customer" | "workshop" | null },
  extra: { previousStartsAt?: Date; reason?: string | null } = {},
) {
  await tx.insert(bookingEvents).values({
    bookingId: b.id,
    kind,
    sequence: b.sequence,
    actorId: who.actorId,
    actor: who.actor,
    startsAt: b.startsAt,
    previousStartsAt: extra.previousStartsAt ?? null,
    reason: extra.reason ?? null,
  });
}

export const appointmentMeta = (b: BookingRow) => ({
  appointmentId: b.id,
  appointmentCode: b.code,
  appointmentDatetime: b.startsAt.toISOString(),
  service: b.serviceName,
});

/** A booking the caller may act on as its customer. @throws AppError NOT_FOUND `errors.bookings.notFound`. */
export async function customerBooking(db: DbOrTx, userId: string, bookingId: string): Promise<BookingRow> {
  const [row] = await db
    .select()
    .from(bookings)
    .where(and(eq(bookings.id, bookingId), eq(bookings.customerId, userId)));
  if (!row) throw notFound();
  return row;
}

/** A booking of the caller's workshop. @throws AppError NOT_FOUND `errors.bookings.notFound`. */
export async function workshopBooking(db: DbOrTx, workshopId: string, bookingId: string): Promise<BookingRow> {
  const [row] = await db
    .select()
    .from(bookings)
    .where(and(eq(bookings.id, bookingId), eq(bookings.workshopId, workshopId)));
  if (!row) throw notFound();
  return row;
}

/**
 * The moment until which the customer may still cancel or reschedule (the workshop's policy:
 * `cancellationNoticeMinutes` before the start), or null when the booking is no longer open to it.
 */
export function customerDeadline(b: Pick<BookingRow, "status" | "startsAt">, cancellationNoticeMinutes: number): Date | null {
  if (b.status !== "requested" && b.status !== "confirmed") return null;
  return addMinutes(b.startsAt, -cancellationNoticeMinutes);
}

export async function assertCustomerMayChange(db: DbOrTx, b: BookingRow, now: Date) {
  const settings = await settingsOf(db, b.workshopId);
  const deadline = customerDeadline(b, settings.cancellationNoticeMinutes);
  if (!deadline) throw new AppError("CONFLICT", "errors.bookings.notActive");
  if (now.getTime() > deadline.getTime()) {
    throw new AppError("FORBIDDEN", "errors.bookings.tooLate", { hours: Math.round(settings.cancellationNoticeMinutes / 60) });
  }
  return settings;
}

/** Active bookings overlapping a range on a bay (or on any bay when `bayId` is null). */
export async function activeBookingsIn(db: DbOrTx, workshopId: string, bayId: string | null, from: Date, until: Date) {
  return db
    .select({ id: bookings.id, code: bookings.code })
    .from(bookings)
    .where(
      and(
        eq(bookings.workshopId, workshopId),
        inArray(bookings.status, [...ACTIVE_BOOKING_STATUSES]),
        lt(bookings.occupiedFrom, until),
        gt(bookings.occupiedUntil, from),
        bayId ? eq(bookings.bayId, bayId) : undefined,
      ),
    );
}
