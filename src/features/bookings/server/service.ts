import "server-only";
import { addMinutes } from "date-fns";
import { and, eq, gt, inArray, lt, sql } from "drizzle-orm";
import { trackEvent } from "@/features/analytics/server";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/server/api/trpc";
import type { DbOrTx } from "@/server/db";
import { isExclusionViolation } from "@/server/db/errors";
import { bookingEvents, bookings, diagnoses, diagnosisSessions, vehicles } from "@/server/db/schema";
import { ACTIVE_BOOKING_STATUSES, STAFF_TRANSITIONS, type BookingEventKind, type BookingStatus } from "../constants";
import { createBookingInput, type CreateBookingInput } from "../schemas";
import { localDate, occupiedRange, type Slot } from "../slots";
import { afterBookingChange } from "./effects";
import { bookableService, settingsOf, slotsFor } from "./availability";

export type BookingRow = typeof bookings.$inferSelect;
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

const notFound = () => new AppError("NOT_FOUND", "errors.bookings.notFound");
const summary = (b: BookingRow) => ({ id: b.id, code: b.code, status: b.status, startsAt: b.startsAt, endsAt: b.endsAt });

/** "Skoda Octavia 2017 (2.0 TDI)" — how staff recognise the car even if it later leaves the garage. */
const vehicleLabelOf = (v: { make: string; model: string; year: number; engine: string }) =>
  `${v.make} ${v.model} ${v.year}${v.engine ? ` (${v.engine})` : ""}`;

async function recordEvent(
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

const appointmentMeta = (b: BookingRow) => ({
  appointmentId: b.id,
  appointmentCode: b.code,
  appointmentDatetime: b.startsAt.toISOString(),
  service: b.serviceName,
});

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
  const settings = await settingsOf(db, workshop.id);
  const freshSlots = async () =>
    (await slotsFor(db, { workshopId: workshop.id, timeZone: workshop.timeZone, service, from: date, to: date, now })).days[0]?.slots ?? [];
  const offered = (await freshSlots()).find((s) => s.startsAt.getTime() === startsAt.getTime());
  const taken = async (): Promise<BookingAttempt> => ({
    ok: false,
    reason: "slot_taken",
    date,
    slots: (await freshSlots()).map(toSlotView),
  });
  if (!offered) return taken();

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
  return taken();
}

async function byIdempotencyKey(db: DbOrTx, customerId: string, key: string) {
  const [row] = await db
    .select()
    .from(bookings)
    .where(and(eq(bookings.customerId, customerId), eq(bookings.idempotencyKey, key)));
  return row ?? null;
}

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

async function assertCustomerMayChange(db: DbOrTx, b: BookingRow, now: Date) {
  const settings = await settingsOf(db, b.workshopId);
  const deadline = customerDeadline(b, settings.cancellationNoticeMinutes);
  if (!deadline) throw new AppError("CONFLICT", "errors.bookings.notActive");
  if (now.getTime() > deadline.getTime()) {
    throw new AppError("FORBIDDEN", "errors.bookings.tooLate", { hours: Math.round(settings.cancellationNoticeMinutes / 60) });
  }
  return settings;
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
  const freshSlots = async () => (await slotsFor(db, query)).days[0]?.slots ?? [];
  const taken = async (): Promise<BookingAttempt> => ({
    ok: false,
    reason: "slot_taken",
    date,
    slots: (await freshSlots()).map(toSlotView),
  });
  const offered = (await freshSlots()).find((s) => s.startsAt.getTime() === startsAt.getTime());
  if (!offered) return taken();
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
  return taken();
}

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
