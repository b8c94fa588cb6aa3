import "server-only";
import { eq } from "drizzle-orm";
import { env } from "@/env";
import { db, type DbOrTx } from "@/server/db";
import { bookings } from "@/server/db/schema";
import { sendMail, type MailMessage } from "@/server/email";
import { defineJob, type JobEvents, type JobStep } from "@/server/jobs";
import { REMINDER_HOURS_BEFORE } from "../constants";
import {
  claimReminder,
  loadBookingSnapshot,
  mailAddress,
  planChangeMails,
  releaseReminder,
  renderBookingMail,
  type PlannedMail,
} from "./notify";

/** What the booking e-mails need from the outside world (tests pass their own database and mailer). */
export type BookingMailDeps = {
  db: DbOrTx;
  send: (mail: MailMessage) => Promise<unknown>;
  /** Public address of the app, for the e-mails' buttons. */
  appUrl: string;
  /** The invites' ORGANIZER: the sender's address (MAIL_FROM without its name). */
  organizerEmail: string;
};

/** The reminder also reads the job clock (inline mode: a test's manual clock). */
export type BookingReminderDeps = BookingMailDeps & { now: () => Date };

const mailStepId = (mail: PlannedMail, customerEmail: string) =>
  mail.audience === "customer" ? `send-customer-${customerEmail}` : `send-staff-${mail.recipient.email}`;

/**
 * The e-mails of one booking change, as steps: load the booking (with workshop, customer and
 * staff) once, then one step per e-mail, so a retry never sends an e-mail twice (who gets what:
 * `planChangeMails`; a stale event, whose sequence the booking has passed, sends the customer
 * nothing since a newer event carries the current invite). Every e-mail shows the booking as it is
 * when the job runs.
 * @returns whether the customer was e-mailed and how many staff were.
 */
export async function bookingChangedSteps(deps: BookingMailDeps, data: JobEvents["bookings/booking.changed"], step: JobStep) {
  const snapshot = await step.run("load", () => loadBookingSnapshot(deps.db, data.bookingId));
  if (!snapshot) return { customer: false, staff: 0 };
  const plan = planChangeMails(snapshot, data);
  for (const mail of plan) {
    await step.run(mailStepId(mail, snapshot.customer.email), async () => {
      const message = await renderBookingMail(snapshot, mail, {
        appUrl: deps.appUrl,
        organizerEmail: deps.organizerEmail,
        actor: data.actor,
      });
      await deps.send(message);
      return { to: message.to };
    });
  }
  return { customer: plan.some((m) => m.audience === "customer"), staff: plan.filter((m) => m.audience === "staff").length };
}

/** Longest single wait: long sleeps are split (Inngest plans cap a sleep; Node timers overflow past ~24.8 days). */
const MAX_SLEEP_SECONDS = 7 * 24 * 60 * 60;

/**
 * `not-current`: the booking moved (higher sequence), ended, was cancelled or was already reminded;
 * `started`: the visit began before the job ran.
 */
export type ReminderOutcome = { sent: boolean; reason?: "not-current" | "started" };

/**
 * The customer's reminder for the booking's time at `data.sequence`, as steps: read the start and
 * the time (one step, so the plan does not change when Inngest replays), sleep until
 * REMINDER_HOURS_BEFORE hours before the start (not at all when that is past; nothing when the visit
 * already started), then claim and send in one step: `claimReminder` stamps `reminder_sent_at` only
 * while the booking is still at this sequence, requested or confirmed, not yet reminded and ahead,
 * so a moved (higher sequence; the reschedule schedules its own reminder), cancelled or already
 * reminded booking gets nothing. A failed e-mail releases the claim for the step's retry.
 * @returns whether the reminder went out, and why not.
 */
export async function bookingReminderSteps(
  deps: BookingReminderDeps,
  data: JobEvents["bookings/booking.remind"],
  step: JobStep,
): Promise<ReminderOutcome> {
  const plan = await step.run("plan", async () => {
    const [row] = await deps.db
      .select({ startsAt: bookings.startsAt, sequence: bookings.sequence, status: bookings.status })
      .from(bookings)
      .where(eq(bookings.id, data.bookingId))
      .limit(1);
    if (!row || row.sequence !== data.sequence || (row.status !== "requested" && row.status !== "confirmed")) return null;
    return { startsAt: row.startsAt.toISOString(), now: deps.now().toISOString() };
  });
  if (!plan) return { sent: false, reason: "not-current" };
  const startsAt = Date.parse(plan.startsAt);
  const now = Date.parse(plan.now);
  if (now >= startsAt) return { sent: false, reason: "started" };

  let wait = (startsAt - REMINDER_HOURS_BEFORE * 60 * 60 * 1000 - now) / 1000;
  while (wait > 0) {
    const chunk = Math.min(wait, MAX_SLEEP_SECONDS);
    await step.sleep("wait-for-reminder-time", chunk);
    wait -= chunk;
  }

  const sent = await step.run("send-reminder", async () => {
    if (!(await claimReminder(deps.db, data.bookingId, data.sequence, deps.now()))) return false;
    try {
      const snapshot = await loadBookingSnapshot(deps.db, data.bookingId);
      if (!snapshot) return false;
      const message = await renderBookingMail(
        snapshot,
        { audience: "customer", kind: "reminder" },
        { appUrl: deps.appUrl, organizerEmail: deps.organizerEmail },
      );
      await deps.send(message);
      return true;
    } catch (error) {
      await releaseReminder(deps.db, data.bookingId, data.sequence);
      throw error;
    }
  });
  return sent ? { sent: true } : { sent: false, reason: "not-current" };
}

/** Public address for links in e-mails. */
const appUrl = () => env.APP_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;

const realDeps = (): BookingMailDeps => ({ db, send: sendMail, appUrl: appUrl(), organizerEmail: mailAddress(env.MAIL_FROM) });

/**
 * After each committed booking change (`bookings/booking.changed`), the customer gets an e-mail with
 * the calendar invite and, when it concerns them, the workshop's staff get one (`bookingChangedSteps`).
 */
export const bookingChangedJob = defineJob({
  id: "booking-changed-email",
  event: "bookings/booking.changed",
  retries: 3,
  handler: ({ data, step }) => bookingChangedSteps(realDeps(), data, step),
});

/** REMINDER_HOURS_BEFORE (24) hours before a visit, its customer gets one reminder e-mail with the invite. */
export const bookingReminderJob = defineJob({
  id: "booking-reminder",
  event: "bookings/booking.remind",
  retries: 3,
  handler: ({ data, step, now }) => bookingReminderSteps({ ...realDeps(), now }, data, step),
});
