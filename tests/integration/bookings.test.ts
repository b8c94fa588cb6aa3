import { TRPCError } from "@trpc/server";
import { addMinutes } from "date-fns";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { zonedTime } from "../../src/features/bookings/slots";
import { analyticsEvents, bookings, conversations, messages } from "../../src/server/db/schema";
import { callerFor } from "../helpers/caller";
import { testDb } from "../helpers/db";
import { createCustomer, createProviderUser } from "../factories/accounts";
import { createBookableWorkshop, createDriver, createVehicle, idempotencyKey, warsawDate } from "../factories/bookings";
import { clientId } from "../factories/messaging";
import { addMember } from "../factories/workshops";

async function codeOf(promise: Promise<unknown>): Promise<string | null> {
  return promise.then(
    () => null,
    (e: unknown) => (e instanceof TRPCError ? `${e.code} ${e.message}` : String(e)),
  );
}

type Driver = Awaited<ReturnType<typeof createDriver>>;
/** The driver books `startsAt` for their car, each attempt with its own idempotency key. */
const bookAs = (driver: Driver, workshop: { id: string }, service: { id: string }, startsAt: string) =>
  driver.api.bookings.create({
    workshopId: workshop.id,
    serviceId: service.id,
    vehicleId: driver.vehicle.id,
    startsAt,
    idempotencyKey: idempotencyKey(),
  });

/** 10:00 Warsaw on a day `days` ahead, as the ISO instant the client sends. */
const at = (days: number, minutes = 600) => zonedTime(warsawDate(days), minutes, "Europe/Warsaw").toISOString();

describe("free times", () => {
  it("are offered inside the hours at the workshop's interval, in UTC, and disappear once booked", async () => {
    const { workshop, service } = await createBookableWorkshop();
    const guest = callerFor(null);
    const day = warsawDate(3);
    const [before] = await guest.bookings.slots({ workshopId: workshop.id, serviceId: service.id, from: day, to: day });
    // 08:00–16:00 with a 60-minute service every 30 minutes: 08:00 … 15:00 = 15 starts.
    expect(before!.slots).toHaveLength(15);
    expect(before!.slots[0]!.startsAt).toBe(zonedTime(day, 480, "Europe/Warsaw").toISOString());

    const driver = await createDriver();
    const made = await bookAs(driver, workshop, service, at(3));
    expect(made.ok).toBe(true);
    const [after] = await guest.bookings.slots({ workshopId: workshop.id, serviceId: service.id, from: day, to: day });
    // 09:30, 10:00 and 10:30 would overlap 10:00–11:00 on the only bay.
    expect(after!.slots.map((s) => s.startsAt)).not.toContain(at(3, 600));
    expect(after!.slots.map((s) => s.startsAt)).not.toContain(at(3, 570));
    expect(after!.slots.map((s) => s.startsAt)).toContain(at(3, 660));
    expect(after!.slots).toHaveLength(12);
  });

  it("respect a closed-day override, a block and the service's buffers", async () => {
    const { workshop, service, ownerApi, bays } = await createBookableWorkshop();
    const guest = callerFor(null);
    const closed = warsawDate(4);
    await ownerApi.bookings.staff.setOverride({ workshopId: workshop.id, date: closed, intervals: [], note: "Inwentaryzacja" });
    const [day] = await guest.bookings.slots({ workshopId: workshop.id, serviceId: service.id, from: closed, to: closed });
    expect(day!.slots).toEqual([]);

    const blocked = warsawDate(5);
    await ownerApi.bookings.staff.block({
      workshopId: workshop.id,
      bayId: bays[0]!.id,
      startsAt: at(5, 480),
      endsAt: at(5, 720),
      reason: "Serwis podnośnika",
    });
    const [afterBlock] = await guest.bookings.slots({ workshopId: workshop.id, serviceId: service.id, from: blocked, to: blocked });
    expect(afterBlock!.slots[0]!.startsAt).toBe(at(5, 720));

    await ownerApi.workshops.updateService({
      workshopId: workshop.id,
      serviceId: service.id,
      service: { category: "brakes", name: service.name, priceFrom: 32_000, priceTo: 45_000, durationMinutes: 60, bufferAfterMinutes: 30 },
    });
    const driver = await createDriver();
    await bookAs(driver, workshop, service, at(6));
    const buffered = warsawDate(6);
    const [withBuffer] = await guest.bookings.slots({ workshopId: workshop.id, serviceId: service.id, from: buffered, to: buffered });
    // 10:00–11:00 plus 30 minutes of cleaning: the next start that fits is 11:30 (11:00 would hit the buffer).
    expect(withBuffer!.slots.map((s) => s.startsAt)).not.toContain(at(6, 660));
    expect(withBuffer!.slots.map((s) => s.startsAt)).toContain(at(6, 690));
  });
});

describe("booking", () => {
  it("a customer books a free time: a code, a request for the workshop, and a resend is the same booking", async () => {
    const { workshop, service, ownerApi } = await createBookableWorkshop();
    const driver = await createDriver();
    const key = idempotencyKey();
    const input = {
      workshopId: workshop.id,
      serviceId: service.id,
      vehicleId: driver.vehicle.id,
      startsAt: at(2),
      notes: "Piszczy przy hamowaniu",
      idempotencyKey: key,
    };
    const made = await driver.api.bookings.create(input);
    if (!made.ok) throw new Error("expected a booking");
    expect(made.booking.code).toMatch(new RegExp(`^BK-${new Date().getUTCFullYear()}-\\d{6}$`));
    expect(made.booking.status).toBe("requested");
    expect(made.duplicate).toBe(false);

    const again = await driver.api.bookings.create(input);
    expect(again).toMatchObject({ ok: true, duplicate: true, booking: { id: made.booking.id } });
    expect(await testDb.$count(bookings, eq(bookings.customerId, driver.user.id))).toBe(1);

    const requests = await ownerApi.bookings.staff.requests({ workshopId: workshop.id });
    expect(requests).toEqual([
      expect.objectContaining({ id: made.booking.id, customerName: "Anna Kowalska", vehicleLabel: "Skoda Octavia 2017 (2.0 TDI)" }),
    ]);
    const detail = await driver.api.bookings.byId({ bookingId: made.booking.id });
    expect(detail).toMatchObject({ notes: "Piszczy przy hamowaniu", serviceName: "Wymiana klocków", priceFrom: 32_000, priceTo: 45_000 });
    expect(detail.policy.customerMayChange).toBe(true);

    const upcoming = await driver.api.bookings.mine({ when: "upcoming" });
    expect(upcoming.map((b) => b.id)).toEqual([made.booking.id]);
  });

  it("200 people trying the same time on one bay: exactly one gets it, the rest hear it was just taken", async () => {
    const { workshop, service } = await createBookableWorkshop();
    const drivers = await Promise.all(Array.from({ length: 200 }, (_, i) => createDriver(`Kierowca ${i}`)));
    const startsAt = at(7);
    const results = await Promise.all(drivers.map((d) => bookAs(d, workshop, service, startsAt)));
    const winners = results.filter((r) => r.ok);
    expect(winners).toHaveLength(1);
    const losers = results.filter((r) => !r.ok);
    expect(losers).toHaveLength(199);
    for (const loser of losers) {
      expect(loser).toMatchObject({ ok: false, reason: "slot_taken", date: warsawDate(7) });
      if (!loser.ok) expect(loser.slots.map((s) => s.startsAt)).not.toContain(startsAt);
    }
    expect(await testDb.$count(bookings, and(eq(bookings.workshopId, workshop.id), eq(bookings.startsAt, new Date(startsAt))))).toBe(1);
  });

  it("two bays take two cars at once; a third is told the time was just taken", async () => {
    const { workshop, service } = await createBookableWorkshop({ bays: 2 });
    const drivers = await Promise.all([createDriver("A"), createDriver("B"), createDriver("C")]);
    const startsAt = at(8);
    const results = await Promise.all(drivers.map((d) => bookAs(d, workshop, service, startsAt)));
    expect(results.filter((r) => r.ok)).toHaveLength(2);
    const rows = await testDb.select({ bayId: bookings.bayId }).from(bookings).where(eq(bookings.workshopId, workshop.id));
    expect(new Set(rows.map((r) => r.bayId)).size).toBe(2);
  });

  it("the database itself refuses two active bookings on one bay at overlapping times", async () => {
    const { workshop, service } = await createBookableWorkshop();
    const driver = await createDriver();
    const made = await bookAs(driver, workshop, service, at(9));
    if (!made.ok) throw new Error("expected a booking");
    const [row] = await testDb.select().from(bookings).where(eq(bookings.id, made.booking.id));
    const { id: _id, code: _code, ...copy } = row!;
    const overlapping = testDb.insert(bookings).values({
      ...copy,
      idempotencyKey: idempotencyKey(),
      startsAt: addMinutes(row!.startsAt, 30),
      endsAt: addMinutes(row!.endsAt, 30),
      occupiedFrom: addMinutes(row!.occupiedFrom, 30),
      occupiedUntil: addMinutes(row!.occupiedUntil, 30),
    });
    await expect(overlapping).rejects.toMatchObject({ cause: expect.objectContaining({ code: "23P01" }) });
    // A cancelled booking no longer holds the bay.
    await driver.api.bookings.cancel({ bookingId: made.booking.id, reason: "" });
    await testDb.insert(bookings).values({ ...copy, status: "confirmed", idempotencyKey: idempotencyKey() });
  });

  it("times outside the hours, in the notice period or past the horizon are not bookable", async () => {
    const { workshop, service, ownerApi } = await createBookableWorkshop();
    const driver = await createDriver();
    const book = (startsAt: string) => bookAs(driver, workshop, service, startsAt);
    expect(await book(at(3, 1080))).toMatchObject({ ok: false, reason: "slot_taken" });
    expect(await book(at(90))).toMatchObject({ ok: false, reason: "slot_taken" });
    await ownerApi.bookings.staff.updateSettings({
      workshopId: workshop.id,
      settings: {
        slotIntervalMinutes: 30,
        minNoticeMinutes: 3 * 24 * 60,
        horizonDays: 60,
        cancellationNoticeMinutes: 1440,
        autoConfirm: false,
      },
    });
    expect(await book(at(2))).toMatchObject({ ok: false, reason: "slot_taken" });
    expect(await book(at(4))).toMatchObject({ ok: true });
  });

  it("another customer's car or diagnosis cannot be used", async () => {
    const { workshop, service } = await createBookableWorkshop();
    const driver = await createDriver();
    const stranger = await createCustomer();
    const theirs = await createVehicle(stranger.id);
    expect(
      await codeOf(
        driver.api.bookings.create({
          workshopId: workshop.id,
          serviceId: service.id,
          vehicleId: theirs.id,
          startsAt: at(3),
          idempotencyKey: idempotencyKey(),
        }),
      ),
    ).toBe("NOT_FOUND errors.bookings.vehicleNotFound");
  });
});

describe("after booking", () => {
  async function booked(options: { autoConfirm?: boolean } = {}) {
    const shop = await createBookableWorkshop({ bays: 2 });
    if (options.autoConfirm) {
      await shop.ownerApi.bookings.staff.updateSettings({
        workshopId: shop.workshop.id,
        settings: { slotIntervalMinutes: 30, minNoticeMinutes: 120, horizonDays: 60, cancellationNoticeMinutes: 1440, autoConfirm: true },
      });
    }
    const driver = await createDriver();
    const made = await bookAs(driver, shop.workshop, shop.service, at(5));
    if (!made.ok) throw new Error("expected a booking");
    return { ...shop, driver, booking: made.booking };
  }

  it("staff confirm it; the events appointment_created and appointment_verified are recorded", async () => {
    const { workshop, ownerApi, driver, booking } = await booked();
    expect(await ownerApi.bookings.staff.confirm({ workshopId: workshop.id, bookingId: booking.id })).toMatchObject({
      status: "confirmed",
    });
    expect(await codeOf(ownerApi.bookings.staff.confirm({ workshopId: workshop.id, bookingId: booking.id }))).toBe(
      "CONFLICT errors.bookings.notPending",
    );
    expect((await driver.api.bookings.byId({ bookingId: booking.id })).status).toBe("confirmed");
    const events = await testDb
      .select({ type: analyticsEvents.type })
      .from(analyticsEvents)
      .where(eq(analyticsEvents.sessionId, booking.id));
    expect(events.map((e) => e.type).sort()).toEqual(["appointment_created", "appointment_verified"]);
  });

  it("an auto-confirming workshop confirms at once", async () => {
    const { booking } = await booked({ autoConfirm: true });
    expect(booking.status).toBe("confirmed");
  });

  it("the customer reschedules: same booking, a higher sequence, the history keeps the old time, the old time is free again", async () => {
    const { workshop, service, driver, booking } = await booked();
    const moved = await driver.api.bookings.reschedule({ bookingId: booking.id, startsAt: at(6, 780) });
    expect(moved).toMatchObject({ ok: true, booking: { id: booking.id, code: booking.code } });
    const detail = await driver.api.bookings.byId({ bookingId: booking.id });
    expect(detail.sequence).toBe(1);
    expect(detail.startsAt.toISOString()).toBe(at(6, 780));
    expect(detail.history.map((h) => h.kind)).toEqual(["requested", "rescheduled"]);
    expect(detail.history[1]!.previousStartsAt?.toISOString()).toBe(at(5));
    const day = warsawDate(5);
    const [free] = await callerFor(null).bookings.slots({ workshopId: workshop.id, serviceId: service.id, from: day, to: day });
    expect(free!.slots.find((s) => s.startsAt === at(5))?.freeBays).toBe(2);
  });

  it("the customer cancels before the deadline, not after it; staff cancel with a reason", async () => {
    const { workshop, service, ownerApi, driver, booking } = await booked();
    expect(await driver.api.bookings.cancel({ bookingId: booking.id, reason: "Zmiana planów" })).toMatchObject({ status: "cancelled" });
    expect(await codeOf(driver.api.bookings.cancel({ bookingId: booking.id, reason: "" }))).toBe("CONFLICT errors.bookings.notActive");

    // A visit tomorrow morning with a 48-hour cancellation policy: too late for the customer.
    await ownerApi.bookings.staff.updateSettings({
      workshopId: workshop.id,
      settings: { slotIntervalMinutes: 30, minNoticeMinutes: 60, horizonDays: 60, cancellationNoticeMinutes: 2880, autoConfirm: false },
    });
    const soon = await bookAs(driver, workshop, service, at(1));
    if (!soon.ok) throw new Error("expected a booking");
    expect(await codeOf(driver.api.bookings.cancel({ bookingId: soon.booking.id, reason: "" }))).toBe("FORBIDDEN errors.bookings.tooLate");
    expect(await codeOf(driver.api.bookings.reschedule({ bookingId: soon.booking.id, startsAt: at(9) }))).toBe(
      "FORBIDDEN errors.bookings.tooLate",
    );
    expect(await codeOf(ownerApi.bookings.staff.cancel({ workshopId: workshop.id, bookingId: soon.booking.id, reason: "" }))).toMatch(
      /^BAD_REQUEST/,
    );
    expect(
      await ownerApi.bookings.staff.cancel({ workshopId: workshop.id, bookingId: soon.booking.id, reason: "Choroba mechanika" }),
    ).toMatchObject({
      status: "cancelled",
    });
    const detail = await driver.api.bookings.byId({ bookingId: soon.booking.id });
    expect(detail).toMatchObject({ cancellationReason: "Choroba mechanika", cancelledBy: "workshop" });
    const cancelled = await testDb.$count(
      analyticsEvents,
      and(eq(analyticsEvents.workshopId, workshop.id), eq(analyticsEvents.type, "appointment_cancelled")),
    );
    expect(cancelled).toBe(2);
  });

  it("staff move a visit to another bay and mark it in progress and completed", async () => {
    const { workshop, ownerApi, booking, bays } = await booked();
    const moved = await ownerApi.bookings.staff.move({
      workshopId: workshop.id,
      bookingId: booking.id,
      startsAt: at(5),
      bayId: bays[1]!.id,
    });
    expect(moved.ok).toBe(true);
    expect((await ownerApi.bookings.staff.byId({ workshopId: workshop.id, bookingId: booking.id })).bayId).toBe(bays[1]!.id);
    expect(await codeOf(ownerApi.bookings.staff.setStatus({ workshopId: workshop.id, bookingId: booking.id, status: "completed" }))).toBe(
      "CONFLICT errors.bookings.badTransition",
    );
    await ownerApi.bookings.staff.confirm({ workshopId: workshop.id, bookingId: booking.id });
    await ownerApi.bookings.staff.setStatus({ workshopId: workshop.id, bookingId: booking.id, status: "in_progress" });
    await ownerApi.bookings.staff.setStatus({ workshopId: workshop.id, bookingId: booking.id, status: "completed" });
    const detail = await ownerApi.bookings.staff.byId({ workshopId: workshop.id, bookingId: booking.id });
    expect(detail.history.map((h) => h.kind)).toEqual(["requested", "rescheduled", "confirmed", "in_progress", "completed"]);
  });

  it("a block over an active booking is refused", async () => {
    const { workshop, ownerApi, bays } = await booked();
    expect(
      await codeOf(
        ownerApi.bookings.staff.block({ workshopId: workshop.id, bayId: null, startsAt: at(5, 540), endsAt: at(5, 720), reason: "" }),
      ),
    ).toBe("CONFLICT errors.bookings.blockOverlaps");
    // The other bay is free then.
    const bookedBay = (await testDb.select({ bayId: bookings.bayId }).from(bookings).where(eq(bookings.workshopId, workshop.id)))[0]!.bayId;
    const other = bays.find((b) => b.id !== bookedBay)!;
    expect(
      await ownerApi.bookings.staff.block({
        workshopId: workshop.id,
        bayId: other.id,
        startsAt: at(5, 540),
        endsAt: at(5, 720),
        reason: "",
      }),
    ).toHaveProperty("id");
  });

  it("leaves system messages in the customer's conversation with the workshop", async () => {
    const shop = await createBookableWorkshop();
    const driver = await createDriver();
    const started = await driver.api.messaging.start({
      workshopId: shop.workshop.id,
      body: "Czy macie wolny termin?",
      clientId: clientId(),
    });
    const made = await bookAs(driver, shop.workshop, shop.service, at(4));
    if (!made.ok) throw new Error("expected a booking");
    await shop.ownerApi.bookings.staff.confirm({ workshopId: shop.workshop.id, bookingId: made.booking.id });
    const rows = await testDb
      .select({ system: messages.system })
      .from(messages)
      .where(and(eq(messages.conversationId, started.conversationId), eq(messages.type, "system")));
    expect(rows.map((r) => r.system?.kind)).toEqual(["booking_requested", "booking_confirmed"]);
    expect(rows[0]!.system?.params).toMatchObject({ code: made.booking.code, startsAt: at(4) });
  });
});

describe("a visit proposed in the chat", () => {
  it("staff propose a time, the customer accepts in one tap: a confirmed booking linked to the proposal", async () => {
    const shop = await createBookableWorkshop();
    const driver = await createDriver();
    const { conversationId } = await driver.api.messaging.start({
      workshopId: shop.workshop.id,
      body: "Kiedy możecie?",
      clientId: clientId(),
    });
    const proposed = await shop.ownerApi.bookings.propose({
      conversationId,
      serviceId: shop.service.id,
      startsAt: at(3, 720),
      clientId: clientId(),
    });
    if (!proposed.ok) throw new Error("expected a proposal");
    expect(proposed.message).toMatchObject({
      type: "booking",
      proposal: { status: "pending", serviceName: "Wymiana klocków", startsAt: at(3, 720) },
    });
    // Only the customer answers.
    expect(await codeOf(shop.ownerApi.bookings.respondToProposal({ messageId: proposed.message.id, accept: true }))).toBe(
      "FORBIDDEN errors.messaging.customerOnly",
    );
    const [first, second] = await Promise.all([
      driver.api.bookings.respondToProposal({ messageId: proposed.message.id, accept: true }),
      driver.api.bookings.respondToProposal({ messageId: proposed.message.id, accept: true }).catch((e: unknown) => e),
    ]);
    const accepted = [first, second].find((r) => r && typeof r === "object" && "ok" in r && r.ok) as {
      booking: { id: string; status: string };
    };
    expect(accepted.booking.status).toBe("confirmed");
    expect(await testDb.$count(bookings, eq(bookings.customerId, driver.user.id))).toBe(1);
    const [message] = await testDb.select().from(messages).where(eq(messages.id, proposed.message.id));
    expect(message).toMatchObject({ proposalStatus: "accepted", proposal: expect.objectContaining({ bookingId: accepted.booking.id }) });
    const [conversation] = await testDb.select().from(conversations).where(eq(conversations.id, conversationId));
    expect(conversation!.lastMessageType).toBe("system");
  });
});

describe("who sees what", () => {
  it("staff of another workshop see nothing; another customer sees nothing; mechanics act but only owners change settings", async () => {
    const shop = await createBookableWorkshop();
    const driver = await createDriver();
    const made = await bookAs(driver, shop.workshop, shop.service, at(3));
    if (!made.ok) throw new Error("expected a booking");
    const other = await createBookableWorkshop();
    const day = warsawDate(3);
    expect(await codeOf(other.ownerApi.bookings.staff.calendar({ workshopId: shop.workshop.id, from: day, to: day }))).toBe(
      "FORBIDDEN errors.forbidden",
    );
    expect(await codeOf(other.ownerApi.bookings.staff.byId({ workshopId: other.workshop.id, bookingId: made.booking.id }))).toBe(
      "NOT_FOUND errors.bookings.notFound",
    );
    expect(await codeOf(other.ownerApi.bookings.staff.confirm({ workshopId: other.workshop.id, bookingId: made.booking.id }))).toBe(
      "NOT_FOUND errors.bookings.notFound",
    );
    const nosy = callerFor(await createCustomer());
    expect(await codeOf(nosy.bookings.byId({ bookingId: made.booking.id }))).toBe("NOT_FOUND errors.bookings.notFound");
    expect(await codeOf(nosy.bookings.cancel({ bookingId: made.booking.id, reason: "" }))).toBe("NOT_FOUND errors.bookings.notFound");

    const mechanic = await createProviderUser();
    await addMember(shop.workshop.id, mechanic.id);
    const mechanicApi = callerFor(mechanic);
    const calendar = await mechanicApi.bookings.staff.calendar({ workshopId: shop.workshop.id, from: day, to: day });
    expect(calendar.bookings.map((b) => b.id)).toEqual([made.booking.id]);
    expect(
      await codeOf(
        mechanicApi.bookings.staff.updateSettings({
          workshopId: shop.workshop.id,
          settings: { slotIntervalMinutes: 15, minNoticeMinutes: 0, horizonDays: 30, cancellationNoticeMinutes: 0, autoConfirm: true },
        }),
      ),
    ).toBe("FORBIDDEN errors.ownerOnly");
  });
});
