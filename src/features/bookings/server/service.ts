import "server-only";
import { addMinutes } from "date-fns";
import { and, eq, inArray, sql } from "drizzle-orm";
import { trackEvent } from "@/features/analytics/server";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/server/api/trpc";
import type { DbOrTx } from "@/server/db";
import { isExclusionViolation } from "@/server/db/errors";
import { bookings, diagnoses, diagnosisSessions, vehicles } from "@/server/db/schema";
import { ACTIVE_BOOKING_STATUSES, type BookingStatus } from "../constants";
import { createBookingInput, type CreateBookingInput } from "../schemas";
import { localDate, occupiedRange, type Slot } from "../slots";
import { afterBookingChange } from "./effects";
import { bookableService, slotsFor, type SlotQuery } from "./availability";
import { appointmentMeta, assertCustomerMayChange, customerBooking, recordEvent, workshopBooking, type BookingRow } from "./records";

/** A start time as the client sees it (UTC ISO strings). */
export type SlotView = { startsAt: string; endsAt: string; freeBays: number };
/**
 * What an attempt to take a time returns. A time someone else took a moment ago is an expected
 * outcome, not an error: `slot_taken` comes with that day's fresh free times.
 */
export type BookingAttempt =
  | { ok: true; booking: Pick<BookingRow, "id" | "code" | "status" | "startsAt" | "endsAt">; duplicate: boolean }
  | { ok: false; reason: "slot_taken"; date: string; slots: SlotView[] };

export const toSlotView = (s: Slot): SlotView => ({
  startsAt: s.startsAt.toISOString(),
  endsAt: s.endsAt.toISOString(),
  freeBays: s.freeBayIds.length,
});

const slotTaken = (date: string, slots: Slot[]): BookingAttempt => ({
  ok: false,
  reason: "slot_taken",
  date,
  slots: slots.map(toSlotView),
});

/** The free times of the one local date a query covers, and the rules they were computed with. */
async function dayOf(db: DbOrTx, query: SlotQuery) {
  const { days, settings } = await slotsFor(db, query);
  return { slots: days[0]?.slots ?? [], settings };
}
const summary = (b: BookingRow) => ({ id: b.id, code: b.code, status: b.status, startsAt: b.startsAt, endsAt: b.endsAt });

/** "Skoda Octavia 2017 (2.0 TDI)" — how staff recognise the car even if it later leaves the garage. */
const vehicleLabelOf = (v: { make: string; model: string; year: number; engine: string }) =>
  `${v.make} ${v.model} ${v.year}${v.engine ? ` (${v.engine})` : ""}`;

/** Options for bookings that come from a staff proposal in the chat. */
export type CreateOptions = {
  /** Runs inside the booking's transaction once the row is written (e.g. settle the proposal). */
  within?: (tx: DbOrTx, booking: BookingRow) => Promise<void>;
  /** The workshop proposed this time itself: the booking is confirmed at once. */
  confirmed?: boolean;
  conversationId?: string;
};

/**
 * A customer books a start time of a service for one of their vehicles.
 * Input (zod `createBookingInput`): `{ workshopId, serviceId, vehicleId, startsAt (ISO UTC), notes ≤ 1,000,
 * diagnosisId?, idempotencyKey }`. The time must be one `slotsFor` offers now (hours, overrides,
 * breaks, buffers, minimum notice, horizon); a bay is chosen inside the insert, and the exclusion
 * constraint decides any race, so two people can never hold one bay at once.
 * @returns `{ ok: true, booking, duplicate }` (duplicate: the same idempotency key was used before), or
 *   `{ ok: false, reason: "slot_taken", date, slots }` with the day's fresh free times.
 * @throws AppError NOT_FOUND `errors.bookings.serviceNotFound` / `errors.bookings.vehicleNotFound` /
 *   `errors.bookings.diagnosisNotFound`.
 */
export async function createBooking(
  db: DbOrTx,
  user: Pick<SessionUser, "id">,
  raw: CreateBookingInput,
  now = new Date(),
  options: CreateOptions = {},
): Promise<BookingAttempt> {
  const input = createBookingInput.parse(raw);
  const previous = await byIdempotencyKey(db, user.id, input.idempotencyKey);
  if (previous) return { ok: true, booking: summary(previous), duplicate: true };

  const { service, workshop } = await bookableService(db, input.workshopId, input.serviceId);
  const [vehicle] = await db
    .select()
    .from(vehicles)
    .where(and(eq(vehicles.id, input.vehicleId), eq(vehicles.ownerId, user.id)));
  if (!vehicle) throw new AppError("NOT_FOUND", "errors.bookings.vehicleNotFound");
  if (input.diagnosisId) {
    const [own] = await db
      .select({ id: diagnoses.id })
      .from(diagnoses)
      .innerJoin(diagnosisSessions, eq(diagnosisSessions.id, diagnoses.sessionId))
      .where(and(eq(diagnoses.id, input.diagnosisId), eq(diagnosisSessions.customerId, user.id)));
    if (!own) throw new AppError("NOT_FOUND", "errors.bookings.diagnosisNotFound");
  }

  const startsAt = new Date(input.startsAt);
  const date = localDate(startsAt, workshop.timeZone);
  const query = { workshopId: workshop.id, timeZone: workshop.timeZone, service, from: date, to: date, now };
  const { slots, settings } = await dayOf(db, query);
  const offered = slots.find((s) => s.startsAt.getTime() === startsAt.getTime());
  if (!offered) return slotTaken(date, slots);

  const endsAt = addMinutes(startsAt, service.durationMinutes);
  const occupied = occupiedRange(startsAt, endsAt, service.bufferBeforeMinutes, service.bufferAfterMinutes);
  const confirmed = options.confirmed || settings.autoConfirm;
  for (const bayId of offered.freeBayIds) {
    const written = await db.transaction(async (tx) => {
      // ON CONFLICT DO NOTHING covers both the exclusion constraint (the bay was just taken) and the
      // idempotency key (a concurrent resend): neither aborts the transaction.
      const [row] = await tx
        .insert(bookings)
        .values({
          workshopId: workshop.id,
          customerId: user.id,
          vehicleId: vehicle.id,
          vehicleLabel: vehicleLabelOf(vehicle),
          serviceId: service.id,
          serviceName: service.name,
          bayId,
          startsAt,
          endsAt,
          occupiedFrom: occupied.from,
          occupiedUntil: occupied.until,
          status: confirmed ? "confirmed" : "requested",
          confirmedAt: confirmed ? now : null,
          priceFrom: service.priceFrom,
          priceTo: service.priceTo,
          currency: service.currency,
          notes: input.notes,
          diagnosisId: input.diagnosisId ?? null,
          idempotencyKey: input.idempotencyKey,
        })
        .onConflictDoNothing()
        .returning();
      if (!row) return null;
      const who = { actorId: user.id, actor: "customer" as const };
      await recordEvent(tx, row, "requested", who);
      await trackEvent(tx, {
        type: "appointment_created",
        workshopId: workshop.id,
        sessionId: row.id,
        userId: user.id,
        metadata: appointmentMeta(row),
      });
      if (confirmed) {
        await recordEvent(tx, row, "confirmed", options.confirmed ? { actorId: null, actor: "workshop" } : who);
        await trackEvent(tx, {
          type: "appointment_verified",
          workshopId: workshop.id,
          sessionId: row.id,
          userId: user.id,
          metadata: appointmentMeta(row),
        });
      }
      await options.within?.(tx, row);
      return row;
    });
    if (written) {
      await afterBookingChange(db, written, confirmed ? "confirmed" : "requested", "customer", {
        conversationId: options.conversationId,
        created: true,
      });
      return { ok: true, booking: summary(written), duplicate: false };
    }
    const concurrent = await byIdempotencyKey(db, user.id, input.idempotencyKey);
    if (concurrent) return { ok: true, booking: summary(concurrent), duplicate: true };
  }
  // Every free bay went to someone else meanwhile: the times as they are now.
  return slotTaken(date, (await dayOf(db, query)).slots);
}

async function byIdempotencyKey(db: DbOrTx, customerId: string, key: string) {
  const [row] = await db
    .select()
    .from(bookings)
    .where(and(eq(bookings.customerId, customerId), eq(bookings.idempotencyKey, key)));
  return row ?? null;
}

/**
 * Moves a booking to a new start (same id, `sequence` + 1, reminder re-armed). The customer may pick
 * any time `slotsFor` offers until the policy's deadline; staff (`by.side = "workshop"`) may also
 * place it inside the notice period and choose the bay. A customer's move needs the workshop's
 * confirmation again unless it auto-confirms.
 * @returns `{ ok: true, booking }` or `{ ok: false, reason: "slot_taken", date, slots }`.
 * @throws AppError NOT_FOUND `errors.bookings.notFound`; CONFLICT `errors.bookings.notActive`;
 *   FORBIDDEN `errors.bookings.tooLate` (customer past the deadline, `{ hours }`).
 */
export async function rescheduleBooking(
  db: DbOrTx,
  by: { side: "customer"; userId: string } | { side: "workshop"; userId: string; workshopId: string; bayId?: string },
  bookingId: string,
  startsAtIso: string,
  now = new Date(),
): Promise<BookingAttempt> {
  const b = by.side === "customer" ? await customerBooking(db, by.userId, bookingId) : await workshopBooking(db, by.workshopId, bookingId);
  let autoConfirm = false;
  if (by.side === "customer") autoConfirm = (await assertCustomerMayChange(db, b, now)).autoConfirm;
  else if (!(ACTIVE_BOOKING_STATUSES as readonly string[]).includes(b.status) || b.status === "in_progress") {
    throw new AppError("CONFLICT", "errors.bookings.notActive");
  }
  if (!b.serviceId) throw new AppError("NOT_FOUND", "errors.bookings.serviceNotFound");
  const { service, workshop } = await bookableService(db, b.workshopId, b.serviceId);
  const startsAt = new Date(startsAtIso);
  const date = localDate(startsAt, workshop.timeZone);
  const query = {
    workshopId: workshop.id,
    timeZone: workshop.timeZone,
    service,
    from: date,
    to: date,
    now,
    excludeBookingId: b.id,
    ignoreNoticeAndHorizon: by.side === "workshop",
  };
  const { slots } = await dayOf(db, query);
  const offered = slots.find((s) => s.startsAt.getTime() === startsAt.getTime());
  if (!offered) return slotTaken(date, slots);
  const wanted = by.side === "workshop" && by.bayId ? [by.bayId] : [b.bayId, ...offered.freeBayIds.filter((id) => id !== b.bayId)];
  const bays = wanted.filter((id) => offered.freeBayIds.includes(id));
  const endsAt = addMinutes(startsAt, service.durationMinutes);
  const occupied = occupiedRange(startsAt, endsAt, service.bufferBeforeMinutes, service.bufferAfterMinutes);
  const status: BookingStatus = by.side === "customer" ? (autoConfirm ? "confirmed" : "requested") : b.status;
  for (const bayId of bays) {
    let row: BookingRow | null = null;
    try {
      row = await db.transaction(async (tx) => {
        const [updated] = await tx
          .update(bookings)
          .set({
            bayId,
            startsAt,
            endsAt,
            occupiedFrom: occupied.from,
            occupiedUntil: occupied.until,
            status,
            sequence: sql`${bookings.sequence} + 1`,
            reminderSentAt: null,
          })
          // Only if nobody changed it meanwhile (same sequence, still active).
          .where(and(eq(bookings.id, b.id), eq(bookings.sequence, b.sequence), inArray(bookings.status, [...ACTIVE_BOOKING_STATUSES])))
          .returning();
        if (!updated) throw new AppError("CONFLICT", "errors.bookings.changedMeanwhile");
        await recordEvent(tx, updated, "rescheduled", { actorId: by.userId, actor: by.side }, { previousStartsAt: b.startsAt });
        return updated;
      });
    } catch (error) {
      if (isExclusionViolation(error)) continue;
      throw error;
    }
    await afterBookingChange(db, row, "rescheduled", by.side, { previousStartsAt: b.startsAt });
    return { ok: true, booking: summary(row), duplicate: false };
  }
  return slotTaken(date, (await dayOf(db, query)).slots);
}
