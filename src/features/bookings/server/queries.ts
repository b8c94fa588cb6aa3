import "server-only";
import { addDays } from "date-fns";
import { and, asc, desc, eq, gt, gte, inArray, lt, ne, sql } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import type { DbOrTx } from "@/server/db";
import {
  bayBlocks,
  bookingEvents,
  bookings,
  diagnoses,
  diagnosisSessions,
  users,
  vehicles,
  workshopBays,
  workshopDateOverrides,
  workshopOpeningHours,
  workshopServices,
  workshops,
} from "@/server/db/schema";
import { zonedTime } from "../slots";
import { settingsOf } from "./availability";
import { customerDeadline } from "./records";

/**
 * What the booking page needs: the workshop (with its zone), its active services (grosze, minutes),
 * the booking policy, and the signed-in customer's vehicles (empty for guests).
 * @throws AppError NOT_FOUND `errors.bookings.workshopNotFound` (unknown or not active).
 */
export async function bookingPage(db: DbOrTx, slug: string, customerId: string | null, diagnosisSessionId?: string) {
  const [workshop] = await db
    .select({
      id: workshops.id,
      slug: workshops.slug,
      name: workshops.name,
      address: workshops.address,
      city: workshops.city,
      timeZone: workshops.timeZone,
      status: workshops.status,
    })
    .from(workshops)
    .where(eq(workshops.slug, slug));
  if (!workshop || workshop.status !== "active") throw new AppError("NOT_FOUND", "errors.bookings.workshopNotFound");
  const [services, settings, garage] = await Promise.all([
    db
      .select({
        id: workshopServices.id,
        name: workshopServices.name,
        category: workshopServices.category,
        durationMinutes: workshopServices.durationMinutes,
        priceFrom: workshopServices.priceFrom,
        priceTo: workshopServices.priceTo,
        currency: workshopServices.currency,
      })
      .from(workshopServices)
      .where(and(eq(workshopServices.workshopId, workshop.id), eq(workshopServices.active, true)))
      .orderBy(asc(workshopServices.name)),
    settingsOf(db, workshop.id),
    customerId
      ? db
          .select({
            id: vehicles.id,
            make: vehicles.make,
            model: vehicles.model,
            year: vehicles.year,
            nickname: vehicles.nickname,
            isDefault: vehicles.isDefault,
          })
          .from(vehicles)
          .where(eq(vehicles.ownerId, customerId))
          .orderBy(desc(vehicles.isDefault), asc(vehicles.createdAt))
      : Promise.resolve([]),
  ]);
  return {
    workshop: {
      id: workshop.id,
      slug: workshop.slug,
      name: workshop.name,
      address: workshop.address,
      city: workshop.city,
      timeZone: workshop.timeZone,
    },
    services,
    policy: {
      cancellationNoticeMinutes: settings.cancellationNoticeMinutes,
      autoConfirm: settings.autoConfirm,
      horizonDays: settings.horizonDays,
    },
    vehicles: garage,
    diagnosis: customerId && diagnosisSessionId ? await diagnosisToAttach(db, customerId, diagnosisSessionId) : null,
  };
}

/** The newest diagnosis of the customer's own session, to attach to a booking (null for anyone else's). */
async function diagnosisToAttach(db: DbOrTx, customerId: string, sessionId: string) {
  const [row] = await db
    .select({ id: diagnoses.id, summary: diagnoses.summary, severity: diagnoses.severity, serviceCategories: diagnoses.serviceCategories })
    .from(diagnoses)
    .innerJoin(diagnosisSessions, eq(diagnosisSessions.id, diagnoses.sessionId))
    .where(and(eq(diagnoses.sessionId, sessionId), eq(diagnosisSessions.customerId, customerId)))
    .orderBy(desc(diagnoses.createdAt))
    .limit(1);
  return row ?? null;
}

const listColumns = {
  id: bookings.id,
  code: bookings.code,
  status: bookings.status,
  startsAt: bookings.startsAt,
  endsAt: bookings.endsAt,
  serviceName: bookings.serviceName,
  vehicleLabel: bookings.vehicleLabel,
  workshop: { id: workshops.id, name: workshops.name, slug: workshops.slug, city: workshops.city, timeZone: workshops.timeZone },
};

/**
 * A customer's bookings: upcoming (not ended and still active, soonest first) or past (ended, or
 * cancelled / completed / no-show; newest first). At most 100.
 */
export function myBookings(db: DbOrTx, customerId: string, when: "upcoming" | "past", now = new Date()) {
  const active = inArray(bookings.status, ["requested", "confirmed", "in_progress"]);
  const upcoming = and(active, gt(bookings.endsAt, now));
  return db
    .select(listColumns)
    .from(bookings)
    .innerJoin(workshops, eq(workshops.id, bookings.workshopId))
    .where(and(eq(bookings.customerId, customerId), when === "upcoming" ? upcoming : sql`not (${upcoming})`))
    .orderBy(when === "upcoming" ? asc(bookings.startsAt) : desc(bookings.startsAt))
    .limit(100);
}

/**
 * One booking in full, for its customer or its workshop's staff (`viewer`): workshop, bay, the
 * vehicle as the garage has it now, the attached diagnosis, history, and the policy deadline.
 * @throws AppError NOT_FOUND `errors.bookings.notFound` for anyone else.
 */
export async function bookingDetail(
  db: DbOrTx,
  viewer: { side: "customer"; userId: string } | { side: "workshop"; workshopId: string },
  bookingId: string,
  now = new Date(),
) {
  const [row] = await db
    .select({
      booking: bookings,
      workshop: {
        id: workshops.id,
        name: workshops.name,
        slug: workshops.slug,
        address: workshops.address,
        city: workshops.city,
        phone: workshops.phone,
        timeZone: workshops.timeZone,
      },
      bayName: workshopBays.name,
      customer: { id: users.id, name: users.name, email: users.email },
    })
    .from(bookings)
    .innerJoin(workshops, eq(workshops.id, bookings.workshopId))
    .innerJoin(workshopBays, eq(workshopBays.id, bookings.bayId))
    .innerJoin(users, eq(users.id, bookings.customerId))
    .where(
      and(
        eq(bookings.id, bookingId),
        viewer.side === "customer" ? eq(bookings.customerId, viewer.userId) : eq(bookings.workshopId, viewer.workshopId),
      ),
    );
  if (!row) throw new AppError("NOT_FOUND", "errors.bookings.notFound");
  const b = row.booking;
  const [vehicle, diagnosis, history, settings] = await Promise.all([
    b.vehicleId
      ? db
          .select({
            make: vehicles.make,
            model: vehicles.model,
            year: vehicles.year,
            engine: vehicles.engine,
            fuel: vehicles.fuel,
            vin: vehicles.vin,
            mileageKm: vehicles.mileageKm,
          })
          .from(vehicles)
          .where(eq(vehicles.id, b.vehicleId))
          .then((r) => r[0] ?? null)
      : null,
    b.diagnosisId
      ? db
          .select({
            id: diagnoses.id,
            summary: diagnoses.summary,
            severity: diagnoses.severity,
            causes: diagnoses.causes,
            costMinGrosze: diagnoses.costMinGrosze,
            costMaxGrosze: diagnoses.costMaxGrosze,
            dtcCodes: diagnoses.dtcCodes,
          })
          .from(diagnoses)
          .where(eq(diagnoses.id, b.diagnosisId))
          .then((r) => r[0] ?? null)
      : null,
    db
      .select({
        kind: bookingEvents.kind,
        actor: bookingEvents.actor,
        startsAt: bookingEvents.startsAt,
        previousStartsAt: bookingEvents.previousStartsAt,
        reason: bookingEvents.reason,
        createdAt: bookingEvents.createdAt,
      })
      .from(bookingEvents)
      .where(eq(bookingEvents.bookingId, b.id))
      .orderBy(asc(bookingEvents.createdAt)),
    settingsOf(db, b.workshopId),
  ]);
  const deadline = customerDeadline(b, settings.cancellationNoticeMinutes);
  return {
    id: b.id,
    code: b.code,
    status: b.status,
    startsAt: b.startsAt,
    endsAt: b.endsAt,
    serviceId: b.serviceId,
    serviceName: b.serviceName,
    vehicleLabel: b.vehicleLabel,
    priceFrom: b.priceFrom,
    priceTo: b.priceTo,
    currency: b.currency,
    notes: b.notes,
    cancellationReason: b.cancellationReason,
    cancelledBy: b.cancelledBy,
    sequence: b.sequence,
    createdAt: b.createdAt,
    bayId: b.bayId,
    bayName: row.bayName,
    workshop: row.workshop,
    customer: viewer.side === "workshop" ? row.customer : null,
    vehicle,
    diagnosis,
    history,
    policy: {
      cancellationNoticeMinutes: settings.cancellationNoticeMinutes,
      /** Until when the customer may cancel or reschedule; null when no longer possible at all. */
      changeableUntil: deadline,
      customerMayChange: !!deadline && now.getTime() <= deadline.getTime(),
    },
  };
}

/**
 * The staff calendar for local dates `from`..`to`: all bays, the bookings and blocks that touch the
 * range (cancelled ones left out), weekly hours and overrides for shading closed time.
 */
export async function calendarOf(db: DbOrTx, workshopId: string, timeZone: string, from: string, to: string) {
  const start = zonedTime(from, 0, timeZone);
  const end = addDays(zonedTime(to, 0, timeZone), 1);
  const [bays, list, blocks, hours, overrides, requested] = await Promise.all([
    db
      .select({ id: workshopBays.id, name: workshopBays.name, active: workshopBays.active })
      .from(workshopBays)
      .where(eq(workshopBays.workshopId, workshopId))
      .orderBy(asc(workshopBays.position), asc(workshopBays.name)),
    db
      .select({
        id: bookings.id,
        code: bookings.code,
        bayId: bookings.bayId,
        status: bookings.status,
        startsAt: bookings.startsAt,
        endsAt: bookings.endsAt,
        serviceName: bookings.serviceName,
        vehicleLabel: bookings.vehicleLabel,
        customerName: users.name,
      })
      .from(bookings)
      .innerJoin(users, eq(users.id, bookings.customerId))
      .where(
        and(eq(bookings.workshopId, workshopId), ne(bookings.status, "cancelled"), lt(bookings.startsAt, end), gt(bookings.endsAt, start)),
      )
      .orderBy(asc(bookings.startsAt)),
    db
      .select({
        id: bayBlocks.id,
        bayId: bayBlocks.bayId,
        startsAt: bayBlocks.startsAt,
        endsAt: bayBlocks.endsAt,
        reason: bayBlocks.reason,
      })
      .from(bayBlocks)
      .where(and(eq(bayBlocks.workshopId, workshopId), lt(bayBlocks.startsAt, end), gt(bayBlocks.endsAt, start))),
    db
      .select({ weekday: workshopOpeningHours.weekday, opensAt: workshopOpeningHours.opensAt, closesAt: workshopOpeningHours.closesAt })
      .from(workshopOpeningHours)
      .where(eq(workshopOpeningHours.workshopId, workshopId)),
    db
      .select({ date: workshopDateOverrides.date, intervals: workshopDateOverrides.intervals, note: workshopDateOverrides.note })
      .from(workshopDateOverrides)
      .where(
        and(
          eq(workshopDateOverrides.workshopId, workshopId),
          gte(workshopDateOverrides.date, from),
          sql`${workshopDateOverrides.date} <= ${to}`,
        ),
      ),
    pendingRequests(db, workshopId),
  ]);
  return { timeZone, from, to, bays, bookings: list, blocks, hours, overrides, requests: requested };
}

/** Requests waiting for the workshop's answer, soonest visit first (at most 50). */
export function pendingRequests(db: DbOrTx, workshopId: string, now = new Date()) {
  return db
    .select({
      id: bookings.id,
      code: bookings.code,
      startsAt: bookings.startsAt,
      endsAt: bookings.endsAt,
      serviceName: bookings.serviceName,
      vehicleLabel: bookings.vehicleLabel,
      customerName: users.name,
      createdAt: bookings.createdAt,
    })
    .from(bookings)
    .innerJoin(users, eq(users.id, bookings.customerId))
    .where(and(eq(bookings.workshopId, workshopId), eq(bookings.status, "requested"), gt(bookings.endsAt, now)))
    .orderBy(asc(bookings.startsAt))
    .limit(50);
}

/** Number of requests waiting (the dashboard's badge). */
export async function pendingCount(db: DbOrTx, workshopId: string, now = new Date()): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(bookings)
    .where(and(eq(bookings.workshopId, workshopId), eq(bookings.status, "requested"), gt(bookings.endsAt, now)));
  return row?.n ?? 0;
}

/** Services of a workshop with what the calendar needs to move or propose them. */
export function servicesForStaff(db: DbOrTx, workshopId: string) {
  return db
    .select({
      id: workshopServices.id,
      name: workshopServices.name,
      durationMinutes: workshopServices.durationMinutes,
      bufferBeforeMinutes: workshopServices.bufferBeforeMinutes,
      bufferAfterMinutes: workshopServices.bufferAfterMinutes,
      active: workshopServices.active,
    })
    .from(workshopServices)
    .where(and(eq(workshopServices.workshopId, workshopId), eq(workshopServices.active, true)))
    .orderBy(asc(workshopServices.name));
}
