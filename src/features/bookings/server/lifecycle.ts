import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { trackEvent } from "@/features/analytics/server";
import { AppError } from "@/lib/errors";
import type { DbOrTx } from "@/server/db";
import { bookings } from "@/server/db/schema";
import { STAFF_TRANSITIONS } from "../constants";
import { afterBookingChange } from "./effects";
import { appointmentMeta, assertCustomerMayChange, customerBooking, recordEvent, workshopBooking, type BookingRow } from "./records";

// A booking's status changes after it was made: cancel (either side), confirm, and the visit's own
// progress (in progress, completed, no-show).

/**
 * Cancels a booking: the customer until the policy's deadline (reason optional), staff at any time
 * before it is final (reason required, shown to the customer; declining a request is this too).
 * `sequence` + 1 so calendars drop the invite (METHOD:CANCEL).
 * @throws AppError NOT_FOUND `errors.bookings.notFound`; CONFLICT `errors.bookings.notActive`;
 *   FORBIDDEN `errors.bookings.tooLate`.
 */
export async function cancelBooking(
  db: DbOrTx,
  by: { side: "customer"; userId: string } | { side: "workshop"; userId: string; workshopId: string },
  bookingId: string,
  reason: string,
  now = new Date(),
): Promise<Pick<BookingRow, "id" | "code" | "status">> {
  const b = by.side === "customer" ? await customerBooking(db, by.userId, bookingId) : await workshopBooking(db, by.workshopId, bookingId);
  if (by.side === "customer") await assertCustomerMayChange(db, b, now);
  else if (b.status !== "requested" && b.status !== "confirmed") throw new AppError("CONFLICT", "errors.bookings.notActive");
  const row = await db.transaction(async (tx) => {
    const [updated] = await tx
      .update(bookings)
      .set({
        status: "cancelled",
        cancelledBy: by.side,
        cancelledAt: now,
        cancellationReason: reason || null,
        sequence: sql`${bookings.sequence} + 1`,
      })
      .where(and(eq(bookings.id, b.id), inArray(bookings.status, ["requested", "confirmed"])))
      .returning();
    if (!updated) throw new AppError("CONFLICT", "errors.bookings.notActive");
    await recordEvent(tx, updated, "cancelled", { actorId: by.userId, actor: by.side }, { reason: reason || null });
    await trackEvent(tx, {
      type: "appointment_cancelled",
      workshopId: updated.workshopId,
      sessionId: updated.id,
      userId: by.userId,
      metadata: { ...appointmentMeta(updated), cancelledBy: by.side, wasConfirmed: b.status === "confirmed" },
    });
    return updated;
  });
  await afterBookingChange(db, row, "cancelled", by.side);
  return { id: row.id, code: row.code, status: row.status };
}

/**
 * Staff confirm a requested booking (`appointment_verified`).
 * @throws AppError NOT_FOUND `errors.bookings.notFound`; CONFLICT `errors.bookings.notPending`.
 */
export async function confirmBooking(db: DbOrTx, workshopId: string, userId: string, bookingId: string, now = new Date()) {
  await workshopBooking(db, workshopId, bookingId);
  const row = await db.transaction(async (tx) => {
    const [updated] = await tx
      .update(bookings)
      .set({ status: "confirmed", confirmedAt: now })
      .where(and(eq(bookings.id, bookingId), eq(bookings.status, "requested")))
      .returning();
    if (!updated) throw new AppError("CONFLICT", "errors.bookings.notPending");
    await recordEvent(tx, updated, "confirmed", { actorId: userId, actor: "workshop" });
    await trackEvent(tx, { type: "appointment_verified", workshopId, sessionId: updated.id, userId, metadata: appointmentMeta(updated) });
    return updated;
  });
  await afterBookingChange(db, row, "confirmed", "workshop");
  return { id: row.id, code: row.code, status: row.status };
}

/**
 * Staff move a confirmed visit along: in progress, completed, or no-show (see STAFF_TRANSITIONS).
 * @throws AppError NOT_FOUND `errors.bookings.notFound`; CONFLICT `errors.bookings.badTransition`.
 */
export async function setBookingStatus(
  db: DbOrTx,
  workshopId: string,
  userId: string,
  bookingId: string,
  status: "in_progress" | "completed" | "no_show",
) {
  const b = await workshopBooking(db, workshopId, bookingId);
  if (!STAFF_TRANSITIONS[b.status].includes(status)) throw new AppError("CONFLICT", "errors.bookings.badTransition");
  const row = await db.transaction(async (tx) => {
    const [updated] = await tx
      .update(bookings)
      .set({ status })
      .where(and(eq(bookings.id, bookingId), eq(bookings.status, b.status)))
      .returning();
    if (!updated) throw new AppError("CONFLICT", "errors.bookings.changedMeanwhile");
    await recordEvent(tx, updated, status, { actorId: userId, actor: "workshop" });
    return updated;
  });
  await afterBookingChange(db, row, status, "workshop");
  return { id: row.id, code: row.code, status: row.status };
}
