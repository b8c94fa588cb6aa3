import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { InngestTestEngine } from "@inngest/test";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startMailCapture, type MailCapture } from "../../scripts/mail-capture-server.mjs";
import {
  bookingChangedJob,
  bookingChangedSteps,
  bookingReminderJob,
  bookingReminderSteps,
  type BookingMailDeps,
} from "../../src/features/bookings/server/jobs";
import type { BookingSnapshot } from "../../src/features/bookings/server/notify";
import { bookings, workshopBays } from "../../src/server/db/schema";
import { createMailer, type Mailer, type MailMessage } from "../../src/server/email";
import { listCapturedMail, readCapturedMail, type CapturedMail } from "../../src/server/email/captured";
import type * as JobFunctions from "../../src/server/jobs/functions";
import { drainInlineJobs, installManualJobClock, sendEvent, type JobEvents } from "../../src/server/jobs";
import { toInngestFunction } from "../../src/server/jobs/inngest";
import { createInlineStep, defineJob, runJobInline, type AnyJobDefinition } from "../../src/server/jobs/step";
import { testDb } from "../helpers/db";
import { createCustomer, createProviderUser } from "../factories/accounts";
import { addMember, createWorkshop } from "../factories/workshops";

/**
 * The booking e-mails end to end: bookings written straight into the test database, the jobs' steps
 * run against it, and every e-mail sent over real SMTP to the capture server and read back as the
 * admin's /admin/mail page reads it (attachments included). The reminder runs through sendEvent's
 * inline mode on a manual job clock; the real job definitions are checked on Inngest's test engine.
 */

// Inline sendEvent runs these test twins of the booking jobs (the real ones use the app's database and mailer).
const registry = vi.hoisted(() => ({ jobDefinitions: [] as AnyJobDefinition[] }));
vi.mock("../../src/server/jobs/functions", () => registry);

let dir: string;
let capture: MailCapture;
let mailer: Mailer;
let failNextSendTo: string | null = null;

const APP_URL = "https://pitstop.test";

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "pitstop-bookings-mail-"));
  capture = await startMailCapture({ port: 0, dir });
  mailer = createMailer(`smtp://127.0.0.1:${capture.port}`, { capture: true, from: "Pitstop <no-reply@pitstop.test>" });
  registry.jobDefinitions.push(
    defineJob({
      id: "booking-changed-email",
      event: "bookings/booking.changed",
      retries: 0,
      handler: ({ data, step }) => bookingChangedSteps(deps(), data, step),
    }),
    defineJob({
      id: "booking-reminder",
      event: "bookings/booking.remind",
      retries: 0,
      handler: ({ data, step, now }) => bookingReminderSteps({ ...deps(), now }, data, step),
    }),
  );
});

afterAll(async () => {
  mailer?.close();
  await capture?.stop();
  await rm(dir, { recursive: true, force: true });
});

const deps = (): BookingMailDeps => ({
  db: testDb,
  send: async (message: MailMessage) => {
    if (failNextSendTo && message.to === failNextSendTo) {
      failNextSendTo = null;
      throw new Error("SMTP hiccup");
    }
    return mailer.send(message);
  },
  appUrl: APP_URL,
  organizerEmail: "no-reply@pitstop.test",
});

const runChanged = (data: JobEvents["bookings/booking.changed"]) => bookingChangedSteps(deps(), data, createInlineStep({ retries: 0 }));

/** Every captured e-mail to `email`, oldest first. */
async function mailTo(email: string): Promise<CapturedMail[]> {
  const list = await listCapturedMail({ dir, limit: 500 });
  const mails = await Promise.all(list.filter((m) => m.to.includes(email)).map((m) => readCapturedMail(m.id, dir)));
  return mails.filter((m): m is CapturedMail => m !== null).reverse();
}

/** Intl's no-break spaces (in "450 zł") as plain ones. */
const spaced = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

/** The calendar invite the e-mail carries (its `text/calendar` part), unfolded into lines. */
function invite(mail: CapturedMail) {
  const part = mail.attachments.find((a) => a.contentType === "text/calendar");
  if (!part?.content) return null;
  const lines = part.content.replace(/\r\n[ \t]/g, "").split("\r\n");
  const get = (name: string) => lines.find((l) => l.startsWith(`${name}:`))?.slice(name.length + 1);
  return { method: part.method, get, file: mail.attachments.find((a) => a.filename === "invite.ics") };
}

/** 2030-05-14 09:00–10:30 in Warsaw (summer time): far from any real booking. */
const START = new Date("2030-05-14T07:00:00Z");
const hours = (h: number) => h * 60 * 60 * 1000;

/**
 * A workshop (Polish owner, English mechanic), a customer, a bay and a booking, inserted directly.
 * Returns the people, the workshop and the booking row.
 */
async function createBooking(
  opts: { customerLocale?: "pl" | "en"; startsAt?: Date; status?: "requested" | "confirmed"; notes?: string; priceTo?: number | null } = {},
) {
  const suffix = randomUUID().slice(0, 6);
  const [customer, owner, mechanic] = await Promise.all([
    createCustomer({ name: "Anna Kowalska", locale: opts.customerLocale ?? "pl" }),
    createProviderUser({ name: "Olga Nowak", locale: "pl" }),
    createProviderUser({ name: "Mark Mechanic", locale: "en" }),
  ]);
  const { workshop } = await createWorkshop({ name: `Auto-Serwis ${suffix}`, owner });
  await addMember(workshop.id, mechanic.id, "mechanic");
  const [bay] = await testDb.insert(workshopBays).values({ workshopId: workshop.id, name: "Podnośnik 1" }).returning();
  const startsAt = opts.startsAt ?? START;
  const endsAt = new Date(startsAt.getTime() + hours(1.5));
  const [booking] = await testDb
    .insert(bookings)
    .values({
      workshopId: workshop.id,
      customerId: customer.id,
      vehicleLabel: "Skoda Octavia 2017 (2.0 TDI)",
      serviceName: "Wymiana klocków hamulcowych",
      bayId: bay!.id,
      startsAt,
      endsAt,
      occupiedFrom: startsAt,
      occupiedUntil: endsAt,
      status: opts.status ?? "requested",
      priceFrom: 32_000,
      priceTo: opts.priceTo ?? null,
      notes: opts.notes ?? "",
      idempotencyKey: randomUUID(),
    })
    .returning();
  return { customer, owner, mechanic, workshop, booking: booking! };
}

/** What the booking service does on a reschedule: new time, sequence + 1, confirmed, reminder re-armed. */
async function reschedule(bookingId: string, startsAt: Date) {
  const endsAt = new Date(startsAt.getTime() + hours(1.5));
  const [moved] = await testDb
    .update(bookings)
    .set({
      startsAt,
      endsAt,
      occupiedFrom: startsAt,
      occupiedUntil: endsAt,
      status: "confirmed",
      reminderSentAt: null,
      sequence: sql`${bookings.sequence} + 1`,
    })
    .where(eq(bookings.id, bookingId))
    .returning();
  return moved!;
}

/** What the booking service does on a cancel: status, who and why, sequence + 1. */
async function cancel(bookingId: string, by: "customer" | "workshop", reason: string) {
  const [row] = await testDb
    .update(bookings)
    .set({
      status: "cancelled",
      cancelledBy: by,
      cancellationReason: reason,
      cancelledAt: new Date(),
      sequence: sql`${bookings.sequence} + 1`,
    })
    .where(eq(bookings.id, bookingId))
    .returning();
  return row!;
}

describe("e-mails on a booking change", () => {
  it("a request: the customer hears in Polish with a tentative invite, each staff member in their own language", async () => {
    const { customer, owner, mechanic, workshop, booking } = await createBooking({ notes: "Piszczy przy hamowaniu", priceTo: 45_000 });

    expect(await runChanged({ bookingId: booking.id, change: "requested", sequence: 0, actor: "customer" })).toEqual({
      customer: true,
      staff: 2,
    });

    const [mail, ...more] = await mailTo(customer.email);
    expect(more).toHaveLength(0);
    expect(mail!.subject).toBe(`Prośba o wizytę wysłana: ${workshop.name}, 14 maja 09:00`);
    expect(mail!.text).toContain("Czekamy na potwierdzenie warsztatu");
    expect(mail!.text).toContain("wtorek, 14 maja 2030, 09:00–10:30");
    expect(spaced(mail!.text)).toContain("320–450 zł");
    expect(mail!.text).toContain("Podnośnik 1");
    expect(mail!.text).toContain("Piszczy przy hamowaniu");
    expect(mail!.text).toContain(booking.code);
    expect(mail!.text).toContain(`Zobacz rezerwację: ${APP_URL}/bookings/${booking.id}`);

    const ics = invite(mail!);
    expect(ics).not.toBeNull();
    expect(ics!.method).toBe("REQUEST");
    expect(ics!.get("METHOD")).toBe("REQUEST");
    expect(ics!.get("UID")).toBe(`${booking.id}@pitstop`);
    expect(ics!.get("SEQUENCE")).toBe("0");
    expect(ics!.get("STATUS")).toBe("TENTATIVE");
    expect(ics!.get("DTSTART")).toBe("20300514T070000Z");
    expect(ics!.file).toMatchObject({ filename: "invite.ics" });

    const [ownerMail] = await mailTo(owner.email);
    expect(ownerMail!.subject).toBe("Nowa prośba o wizytę: Wymiana klocków hamulcowych, 14 maja 09:00");
    expect(ownerMail!.text).toContain("Klient Anna Kowalska prosi o wizytę.");
    expect(ownerMail!.text).toContain(`${APP_URL}/dashboard/${workshop.id}/bookings/${booking.id}`);
    expect(ownerMail!.attachments).toEqual([]);

    const [mechanicMail] = await mailTo(mechanic.email);
    expect(mechanicMail!.subject).toBe("New booking request: Wymiana klocków hamulcowych, May 14 at 9:00 AM");
    expect(mechanicMail!.text).toContain("Tuesday, May 14, 2030");
    expect(spaced(mechanicMail!.text)).toContain("PLN 320–450");
  });

  it("a confirmation by the workshop goes to the customer only, in English for an English customer, with a CONFIRMED invite", async () => {
    const { customer, owner, mechanic, booking } = await createBooking({ customerLocale: "en", status: "confirmed" });
    expect(await runChanged({ bookingId: booking.id, change: "confirmed", sequence: 0, actor: "workshop" })).toEqual({
      customer: true,
      staff: 0,
    });

    const [mail] = await mailTo(customer.email);
    expect(mail!.subject).toMatch(/^Booking confirmed: Auto-Serwis \w+, May 14 at 9:00 AM$/);
    const ics = invite(mail!)!;
    expect(ics.get("METHOD")).toBe("REQUEST");
    expect(ics.get("STATUS")).toBe("CONFIRMED");
    expect(ics.get("UID")).toBe(`${booking.id}@pitstop`);
    expect(await mailTo(owner.email)).toHaveLength(0);
    expect(await mailTo(mechanic.email)).toHaveLength(0);
  });

  it("an auto-confirmed booking: the customer is told it is confirmed, the staff get the new-booking e-mail", async () => {
    const { customer, owner, booking } = await createBooking({ status: "confirmed" });
    expect(await runChanged({ bookingId: booking.id, change: "confirmed", sequence: 0, actor: "customer" })).toEqual({
      customer: true,
      staff: 2,
    });
    expect((await mailTo(customer.email))[0]!.subject).toMatch(/^Wizyta potwierdzona: /);
    const [ownerMail] = await mailTo(owner.email);
    expect(ownerMail!.subject).toBe("Nowa rezerwacja: Wymiana klocków hamulcowych, 14 maja 09:00");
    expect(ownerMail!.text).toContain("potwierdzona automatycznie");
  });

  it("a reschedule keeps the invite's UID and raises its SEQUENCE; staff hear only when the customer moved it", async () => {
    const { customer, owner, mechanic, booking } = await createBooking();
    await runChanged({ bookingId: booking.id, change: "requested", sequence: 0, actor: "customer" });

    const byWorkshop = await reschedule(booking.id, new Date("2030-05-15T12:00:00Z"));
    expect(await runChanged({ bookingId: booking.id, change: "rescheduled", sequence: byWorkshop.sequence, actor: "workshop" })).toEqual({
      customer: true,
      staff: 0,
    });
    const byCustomer = await reschedule(booking.id, new Date("2030-05-16T06:30:00Z"));
    expect(await runChanged({ bookingId: booking.id, change: "rescheduled", sequence: byCustomer.sequence, actor: "customer" })).toEqual({
      customer: true,
      staff: 2,
    });

    const [requested, movedByWorkshop, movedByCustomer] = await mailTo(customer.email);
    expect(movedByWorkshop!.subject).toMatch(/^Nowy termin wizyty: Auto-Serwis \w+, 15 maja 14:00$/);
    expect(movedByWorkshop!.text).toContain("przeniósł Twoją wizytę na nowy termin");
    expect(movedByCustomer!.text).toContain("zgodnie z Twoją prośbą");
    const [first, second, third] = [requested!, movedByWorkshop!, movedByCustomer!].map((m) => invite(m)!);
    expect(second!.get("UID")).toBe(first!.get("UID"));
    expect(third!.get("UID")).toBe(first!.get("UID"));
    expect([first!.get("SEQUENCE"), second!.get("SEQUENCE"), third!.get("SEQUENCE")]).toEqual(["0", "1", "2"]);
    expect(third!.get("METHOD")).toBe("REQUEST");
    expect(third!.get("DTSTART")).toBe("20300516T063000Z");

    expect((await mailTo(owner.email)).map((m) => m.subject)).toEqual([
      "Nowa prośba o wizytę: Wymiana klocków hamulcowych, 14 maja 09:00",
      "Klient zmienił termin wizyty: Wymiana klocków hamulcowych, 16 maja 08:30",
    ]);
    expect((await mailTo(mechanic.email)).at(-1)!.subject).toBe("Customer moved a visit: Wymiana klocków hamulcowych, May 16 at 8:30 AM");
  });

  it("a stale event (the booking moved on since) sends the customer no outdated invite", async () => {
    const { customer, booking } = await createBooking();
    const moved = await reschedule(booking.id, new Date("2030-05-20T07:00:00Z"));
    // The "requested" event of sequence 0 arrives after the booking was moved to sequence 1.
    expect(await runChanged({ bookingId: booking.id, change: "requested", sequence: 0, actor: "customer" })).toEqual({
      customer: false,
      staff: 2,
    });
    expect(await mailTo(customer.email)).toHaveLength(0);
    await runChanged({ bookingId: booking.id, change: "rescheduled", sequence: moved.sequence, actor: "workshop" });
    const mails = await mailTo(customer.email);
    expect(mails).toHaveLength(1);
    expect(invite(mails[0]!)!.get("SEQUENCE")).toBe("1");
  });

  it("a cancel by the customer sends METHOD:CANCEL with the reason, and tells the staff", async () => {
    const { customer, owner, mechanic, booking } = await createBooking();
    const cancelled = await cancel(booking.id, "customer", "Auto już naprawione gdzie indziej");
    expect(await runChanged({ bookingId: booking.id, change: "cancelled", sequence: cancelled.sequence, actor: "customer" })).toEqual({
      customer: true,
      staff: 2,
    });
    const [mail] = await mailTo(customer.email);
    expect(mail!.subject).toMatch(/^Wizyta odwołana: /);
    expect(mail!.text).toContain("zgodnie z Twoją prośbą");
    expect(mail!.text).toContain("Powód odwołania");
    expect(mail!.text).toContain("Auto już naprawione gdzie indziej");
    const ics = invite(mail!)!;
    expect(ics.method).toBe("CANCEL");
    expect(ics.get("METHOD")).toBe("CANCEL");
    expect(ics.get("STATUS")).toBe("CANCELLED");
    expect(ics.get("SEQUENCE")).toBe("1");
    expect(ics.get("UID")).toBe(`${booking.id}@pitstop`);
    expect((await mailTo(owner.email))[0]!.subject).toBe("Klient odwołał wizytę: Wymiana klocków hamulcowych, 14 maja 09:00");
    expect((await mailTo(mechanic.email))[0]!.subject).toBe("Customer cancelled a visit: Wymiana klocków hamulcowych, May 14 at 9:00 AM");
  });

  it("a cancel by the workshop goes to the customer only, apologising", async () => {
    const { customer, owner, booking } = await createBooking({ status: "confirmed" });
    const cancelled = await cancel(booking.id, "workshop", "Brak części");
    await runChanged({ bookingId: booking.id, change: "cancelled", sequence: cancelled.sequence, actor: "workshop" });
    const [mail] = await mailTo(customer.email);
    expect(mail!.text).toContain("odwołał Twoją wizytę. Przepraszamy za kłopot.");
    expect(invite(mail!)!.get("METHOD")).toBe("CANCEL");
    expect(await mailTo(owner.email)).toHaveLength(0);
  });

  it("a failed e-mail is retried alone: nobody gets an e-mail twice", async () => {
    const { customer, owner, mechanic, booking } = await createBooking();
    failNextSendTo = mechanic.email;
    const job = defineJob({
      id: "booking-changed-email-test",
      event: "bookings/booking.changed",
      retries: 2,
      handler: ({ data, step }) => bookingChangedSteps(deps(), data, step),
    });
    await runJobInline(job, { bookingId: booking.id, change: "requested", sequence: 0, actor: "customer" }, { retryDelayMs: 1 });
    expect(failNextSendTo).toBeNull();
    expect(await mailTo(customer.email)).toHaveLength(1);
    expect(await mailTo(owner.email)).toHaveLength(1);
    expect(await mailTo(mechanic.email)).toHaveLength(1);
  });

  it("sends nothing for a booking that no longer exists", async () => {
    expect(await runChanged({ bookingId: randomUUID(), change: "requested", sequence: 0, actor: "customer" })).toEqual({
      customer: false,
      staff: 0,
    });
  });
});

describe("the reminder", () => {
  const day = 24 * 60 * 60;

  it("goes out once, 24 hours before the start, with the current invite (even when the event is delivered twice)", async () => {
    const clockStart = new Date("2030-03-01T08:00:00Z");
    const { customer, booking } = await createBooking({ startsAt: new Date(clockStart.getTime() + hours(72)), status: "confirmed" });
    const clock = installManualJobClock(clockStart);
    try {
      await sendEvent("bookings/booking.remind", { bookingId: booking.id, sequence: 0 });
      await sendEvent("bookings/booking.remind", { bookingId: booking.id, sequence: 0 });
      await clock.advance(2 * day - 60);
      expect(await mailTo(customer.email)).toHaveLength(0);
      await clock.advance(60);
      await drainInlineJobs();
    } finally {
      clock.uninstall();
    }
    const mails = await mailTo(customer.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toMatch(/^Przypomnienie o wizycie: Auto-Serwis \w+, 4 marca 09:00$/);
    expect(mails[0]!.text).toContain("poniedziałek, 4 marca 2030, 09:00–10:30");
    const ics = invite(mails[0]!)!;
    expect(ics.get("METHOD")).toBe("REQUEST");
    expect(ics.get("SEQUENCE")).toBe("0");
    expect(ics.get("STATUS")).toBe("CONFIRMED");
    const [row] = await testDb.select({ reminderSentAt: bookings.reminderSentAt }).from(bookings).where(eq(bookings.id, booking.id));
    expect(row!.reminderSentAt).toBeInstanceOf(Date);
  });

  it("follows a reschedule: the old time's reminder sends nothing, the new time's goes out with the higher SEQUENCE", async () => {
    const clockStart = new Date("2030-03-01T08:00:00Z");
    const { customer, booking } = await createBooking({ startsAt: new Date(clockStart.getTime() + hours(72)) });
    const clock = installManualJobClock(clockStart);
    try {
      await sendEvent("bookings/booking.remind", { bookingId: booking.id, sequence: 0 });
      const moved = await reschedule(booking.id, new Date(clockStart.getTime() + hours(120)));
      await sendEvent("bookings/booking.remind", { bookingId: booking.id, sequence: moved.sequence });

      await clock.advance(2 * day);
      expect(await mailTo(customer.email)).toHaveLength(0);
      await clock.advance(2 * day);
      await drainInlineJobs();
    } finally {
      clock.uninstall();
    }
    const mails = await mailTo(customer.email);
    expect(mails).toHaveLength(1);
    const ics = invite(mails[0]!)!;
    expect(ics.get("SEQUENCE")).toBe("1");
    expect(ics.get("DTSTART")).toBe("20300306T080000Z");
  });

  it("is not sent after a cancel", async () => {
    const clockStart = new Date("2030-03-01T08:00:00Z");
    const { customer, booking } = await createBooking({ startsAt: new Date(clockStart.getTime() + hours(48)) });
    const clock = installManualJobClock(clockStart);
    try {
      await sendEvent("bookings/booking.remind", { bookingId: booking.id, sequence: 0 });
      await clock.advance(day / 2);
      await cancel(booking.id, "customer", "Zmiana planów");
      await clock.advance(2 * day);
      await drainInlineJobs();
    } finally {
      clock.uninstall();
    }
    expect(await mailTo(customer.email)).toHaveLength(0);
  });

  it("goes out at once for a visit less than 24 hours ahead, never for one that started, and waits long visits out in parts", async () => {
    const now = new Date("2030-03-01T08:00:00Z");
    const soon = await createBooking({ startsAt: new Date(now.getTime() + hours(3)) });
    const step = createInlineStep({ retries: 0 });
    expect(await bookingReminderSteps({ ...deps(), now: () => now }, { bookingId: soon.booking.id, sequence: 0 }, step)).toEqual({
      sent: true,
    });
    expect(step.completed).toEqual(["plan", "send-reminder"]);
    expect(await mailTo(soon.customer.email)).toHaveLength(1);

    const started = await createBooking({ startsAt: new Date(now.getTime() - hours(1)) });
    expect(
      await bookingReminderSteps(
        { ...deps(), now: () => now },
        { bookingId: started.booking.id, sequence: 0 },
        createInlineStep({ retries: 0 }),
      ),
    ).toEqual({ sent: false, reason: "started" });
    expect(await mailTo(started.customer.email)).toHaveLength(0);
  });
});

describe("booking jobs on Inngest", () => {
  it("are served at /api/inngest, triggered by their events", async () => {
    const { inngestFunctions } = await vi.importActual<typeof JobFunctions>("../../src/server/jobs/functions");
    const triggers = inngestFunctions.map((fn) => [
      fn.id(),
      fn["getConfig"]({ baseUrl: new URL("http://localhost/api/inngest"), appPrefix: "pitstop" })[0]?.triggers,
    ]);
    expect(triggers).toEqual(
      expect.arrayContaining([
        ["booking-changed-email", [{ event: "bookings/booking.changed" }]],
        ["booking-reminder", [{ event: "bookings/booking.remind" }]],
      ]),
    );
  });

  const snapshot: BookingSnapshot = {
    booking: {
      id: "b1",
      code: "BK-2030-000001",
      workshopId: "w1",
      status: "requested",
      sequence: 0,
      startsAt: "2030-05-14T07:00:00.000Z",
      endsAt: "2030-05-14T08:30:00.000Z",
      serviceName: "Wymiana oleju",
      vehicleLabel: "Fiat Panda",
      notes: "",
      priceFrom: 20_000,
      priceTo: null,
      currency: "PLN",
      cancellationReason: null,
    },
    bayName: "Podnośnik 1",
    workshop: {
      id: "w1",
      name: "Auto-Serwis",
      address: "ul. Długa 5",
      postalCode: "00-238",
      city: "Warszawa",
      phone: "",
      timeZone: "Europe/Warsaw",
    },
    customer: { email: "anna@example.com", name: "Anna", locale: "pl", phone: null },
    staff: [{ email: "owner@example.com", name: "Olek", locale: "pl", phone: null }],
  };

  it("the change e-mails load once, then send one step per recipient", async () => {
    const engine = new InngestTestEngine({ function: toInngestFunction(bookingChangedJob) });
    const { result, ctx } = await engine.execute({
      events: [{ name: "bookings/booking.changed", data: { bookingId: "b1", change: "requested", sequence: 0, actor: "customer" } }],
      steps: [
        { id: "load", handler: () => snapshot },
        { id: "send-customer-anna@example.com", handler: () => ({ to: "anna@example.com" }) },
        { id: "send-staff-owner@example.com", handler: () => ({ to: "owner@example.com" }) },
      ],
    });
    expect(result).toEqual({ customer: true, staff: 1 });
    expect(ctx.step.run).toHaveBeenCalledWith("send-customer-anna@example.com", expect.any(Function));
  });

  it("the reminder sleeps until 24 hours before the start, in week-long parts, then sends", async () => {
    const engine = new InngestTestEngine({ function: toInngestFunction(bookingReminderJob) });
    const { result, ctx } = await engine.execute({
      events: [{ name: "bookings/booking.remind", data: { bookingId: "b1", sequence: 0 } }],
      steps: [
        // Booked 11 days ahead: 10 days to wait, a 7-day sleep and a 3-day one.
        { id: "plan", handler: () => ({ startsAt: "2030-03-12T08:00:00.000Z", now: "2030-03-01T08:00:00.000Z" }) },
        { id: "wait-for-reminder-time", handler: () => null },
        { id: "wait-for-reminder-time:1", handler: () => null },
        { id: "send-reminder", handler: () => true },
      ],
    });
    expect(ctx.step.sleep).toHaveBeenNthCalledWith(1, "wait-for-reminder-time", 7 * 86_400_000);
    expect(ctx.step.sleep).toHaveBeenNthCalledWith(2, "wait-for-reminder-time", 3 * 86_400_000);
    expect(result).toEqual({ sent: true });
  });
});
