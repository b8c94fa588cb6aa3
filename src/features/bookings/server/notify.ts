import "server-only";
import { and, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { translatorFor } from "@/i18n/translate";
import { formatMoney } from "@/lib/format";
import type { DbOrTx } from "@/server/db";
import { bookings, users, workshopBays, workshopMembers, workshops } from "@/server/db/schema";
import { renderEmail, type EmailItem, type MailMessage } from "@/server/email";
import type { JobEvents } from "@/server/jobs";
import type { BookingStatus } from "../constants";
import { bookingInvite, inviteLabels, type InviteMethod } from "./ics";

/**
 * The e-mails a booking sends: to the customer (with the calendar invite) and to the workshop's
 * staff, each in the recipient's language (namespace `bookingMail`), times in the workshop's zone.
 * The job steps that send them are in ./jobs.ts.
 */

export type BookingChange = JobEvents["bookings/booking.changed"]["change"];
export type BookingActor = JobEvents["bookings/booking.changed"]["actor"];

export type BookingRecipient = { email: string; name: string | null; locale: "pl" | "en"; phone: string | null };

/** Everything the e-mails of one booking say, as plain JSON (a job step's result): times are UTC ISO strings. */
export type BookingSnapshot = {
  booking: {
    id: string;
    code: string;
    workshopId: string;
    status: BookingStatus;
    sequence: number;
    startsAt: string;
    endsAt: string;
    serviceName: string;
    vehicleLabel: string;
    notes: string;
    /** Grosze. */
    priceFrom: number;
    priceTo: number | null;
    currency: string;
    cancellationReason: string | null;
  };
  bayName: string;
  workshop: { id: string; name: string; address: string; postalCode: string; city: string; phone: string; timeZone: string };
  customer: BookingRecipient;
  /** Owners and mechanics of the workshop. */
  staff: BookingRecipient[];
};

/**
 * Reads a booking with its workshop, bay, customer and the workshop's staff (owners and mechanics).
 * @returns the snapshot, or null when there is no booking with this id (deleted with its workshop).
 */
export async function loadBookingSnapshot(db: DbOrTx, bookingId: string): Promise<BookingSnapshot | null> {
  const customer = alias(users, "customer");
  const [row] = await db
    .select({ booking: bookings, bayName: workshopBays.name, workshop: workshops, customer })
    .from(bookings)
    .innerJoin(workshops, eq(workshops.id, bookings.workshopId))
    .innerJoin(workshopBays, eq(workshopBays.id, bookings.bayId))
    .innerJoin(customer, eq(customer.id, bookings.customerId))
    .where(eq(bookings.id, bookingId))
    .limit(1);
  if (!row) return null;
  const staff = await db
    .select({ email: users.email, name: users.name, locale: users.locale, phone: users.phone })
    .from(workshopMembers)
    .innerJoin(users, eq(users.id, workshopMembers.userId))
    .where(eq(workshopMembers.workshopId, row.booking.workshopId))
    .orderBy(workshopMembers.createdAt);
  const { booking: b, workshop: w, customer: c } = row;
  return {
    booking: {
      id: b.id,
      code: b.code,
      workshopId: b.workshopId,
      status: b.status,
      sequence: b.sequence,
      startsAt: b.startsAt.toISOString(),
      endsAt: b.endsAt.toISOString(),
      serviceName: b.serviceName,
      vehicleLabel: b.vehicleLabel,
      notes: b.notes,
      priceFrom: b.priceFrom,
      priceTo: b.priceTo,
      currency: b.currency,
      cancellationReason: b.cancellationReason,
    },
    bayName: row.bayName,
    workshop: { id: w.id, name: w.name, address: w.address, postalCode: w.postalCode, city: w.city, phone: w.phone, timeZone: w.timeZone },
    customer: { email: c.email, name: c.name, locale: c.locale, phone: c.phone },
    staff,
  };
}

/** Which e-mail: the customer's kinds add the reminder; the staff's "confirmed" is a booking that confirmed itself. */
export type CustomerMailKind = BookingChange | "reminder";
export type StaffMailKind = BookingChange;

export type PlannedMail =
  { audience: "customer"; kind: CustomerMailKind } | { audience: "staff"; kind: StaffMailKind; recipient: BookingRecipient };

/**
 * Who hears about a booking change (pure):
 * - the customer, always, with the invite (REQUEST; CANCEL when cancelled) — unless the event is
 *   stale: the booking's sequence is already past `data.sequence` and the change is not a cancel.
 *   A newer event (reschedule or cancel) is on its way with the current time and a higher SEQUENCE,
 *   and an older invite arriving after it would only be ignored by calendars — or confuse a reader;
 * - every staff member when a request arrives, or when a booking confirmed itself on creation
 *   (change "confirmed" by the customer: auto-confirm), or when the customer moved or cancelled it.
 *   Staff hear nothing of their own changes. A stale non-cancel event sends staff nothing once the
 *   booking is cancelled (the cancel's own e-mail covers it).
 */
export function planChangeMails(snapshot: BookingSnapshot, data: JobEvents["bookings/booking.changed"]): PlannedMail[] {
  const stale = snapshot.booking.sequence > data.sequence && data.change !== "cancelled";
  const plan: PlannedMail[] = [];
  if (!stale) plan.push({ audience: "customer", kind: data.change });
  const staffHear = data.change === "requested" || data.actor === "customer";
  const obsolete = data.change !== "cancelled" && snapshot.booking.status === "cancelled";
  if (staffHear && !obsolete) {
    for (const recipient of snapshot.staff) plan.push({ audience: "staff", kind: data.change, recipient });
  }
  return plan;
}

/** Strips a display name: "Pitstop <no-reply@pitstop.pl>" → "no-reply@pitstop.pl". */
export function mailAddress(from: string): string {
  return (/<([^<>\s]+@[^<>\s]+)>/.exec(from)?.[1] ?? from).trim();
}

export type RenderOptions = {
  /** Public address of the app, for the button. */
  appUrl: string;
  /** The invite's ORGANIZER (the sender's address). */
  organizerEmail: string;
  actor?: BookingActor;
};

/** Where the button leads: the customer's booking, or the booking in the workshop's dashboard. */
export function bookingLink(
  appUrl: string,
  audience: "customer" | "staff",
  booking: Pick<BookingSnapshot["booking"], "id" | "workshopId">,
) {
  const base = appUrl.replace(/\/+$/, "");
  return audience === "customer" ? `${base}/bookings/${booking.id}` : `${base}/dashboard/${booking.workshopId}/bookings/${booking.id}`;
}

type Translate = Awaited<ReturnType<typeof translatorFor>>;

/** A price range in grosze as one amount range, `32000, 45000` → "320–450 zł" (pl), "PLN 320–450" (en); decimals as formatMoney. */
function moneyRange(fromGrosze: number, toGrosze: number, locale: string, currency: string): string {
  const digits = fromGrosze % 100 === 0 && toGrosze % 100 === 0 ? 0 : 2;
  return new Intl.NumberFormat(locale, {
    style: "currency",
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).formatRange(fromGrosze / 100, toGrosze / 100);
}

/** 24-hour locales write "09:00" (pl), 12-hour ones "9:00 AM" (en). */
const twentyFourHour = (locale: string) => {
  const cycle = new Intl.DateTimeFormat(locale, { hour: "numeric" }).resolvedOptions().hourCycle;
  return cycle === "h23" || cycle === "h24";
};

/** Booking facts as e-mail items, in `locale`, times in the workshop's zone. */
function bookingItems(
  snapshot: BookingSnapshot,
  audience: "customer" | "staff",
  locale: string,
  t: Translate,
  cancelled: boolean,
): EmailItem[] {
  const { booking, workshop, customer } = snapshot;
  const when = new Intl.DateTimeFormat(locale, {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: twentyFourHour(locale) ? "2-digit" : "numeric",
    minute: "2-digit",
    timeZone: workshop.timeZone,
  }).formatRange(new Date(booking.startsAt), new Date(booking.endsAt));
  const price =
    booking.priceTo !== null && booking.priceTo !== booking.priceFrom
      ? moneyRange(booking.priceFrom, booking.priceTo, locale, booking.currency)
      : formatMoney(booking.priceFrom, locale, booking.currency);
  const town = [workshop.postalCode, workshop.city].filter(Boolean).join(" ");
  const items: (EmailItem | null)[] = [
    { title: t("item.when"), body: when },
    { title: t("item.service"), body: booking.serviceName },
    audience === "customer"
      ? {
          title: t("item.workshop"),
          body: [workshop.name, [workshop.address, town].filter(Boolean).join(", "), workshop.phone].filter(Boolean).join("\n"),
        }
      : { title: t("item.customer"), body: [customer.name, customer.email, customer.phone].filter(Boolean).join("\n") },
    { title: t("item.vehicle"), body: booking.vehicleLabel },
    { title: t("item.bay"), body: snapshot.bayName },
    { title: t("item.price"), body: price },
    booking.notes ? { title: t("item.notes"), body: booking.notes } : null,
    cancelled && booking.cancellationReason ? { title: t("item.reason"), body: booking.cancellationReason } : null,
    { title: t("item.code"), body: booking.code },
  ];
  return items.filter((item): item is EmailItem => item !== null);
}

/**
 * One booking e-mail, in the recipient's language. The customer's carry the invite as
 * `icalEvent` (REQUEST; CANCEL for "cancelled"), named invite.ics; the staff's carry none.
 * @returns a message for `sendMail` (to, subject, html, text, icalEvent?).
 */
export async function renderBookingMail(
  snapshot: BookingSnapshot,
  mail: PlannedMail,
  options: RenderOptions,
): Promise<Required<Pick<MailMessage, "to" | "subject" | "html" | "text">> & Pick<MailMessage, "icalEvent">> {
  const recipient = mail.audience === "customer" ? snapshot.customer : mail.recipient;
  const locale = recipient.locale;
  const t = await translatorFor(locale, "bookingMail");
  const { booking, workshop } = snapshot;
  const cancelled = mail.kind === "cancelled";
  const date = new Intl.DateTimeFormat(locale, {
    day: "numeric",
    month: "long",
    hour: twentyFourHour(locale) ? "2-digit" : "numeric",
    minute: "2-digit",
    timeZone: workshop.timeZone,
  }).format(new Date(booking.startsAt));
  const values = {
    workshop: workshop.name,
    service: booking.serviceName,
    date,
    customer: snapshot.customer.name ?? snapshot.customer.email,
  };
  const base = `${mail.audience}.${mail.kind}`;
  // Moves and cancels say who made them; the customer's reminder and requests need not.
  const intro =
    (mail.kind === "rescheduled" || mail.kind === "cancelled") && mail.audience === "customer"
      ? t(`${base}.${options.actor === "customer" ? "introByCustomer" : "introByWorkshop"}`, values)
      : t(`${base}.intro`, values);
  const paragraphs = [recipient.name ? t("greeting", { name: recipient.name }) : t("greetingAnonymous"), intro];
  if (mail.audience === "customer") paragraphs.push(t(cancelled ? "inviteCancelled" : "inviteAttached"));

  const rendered = renderEmail({
    locale,
    preheader: t(`${base}.heading`, values),
    heading: t(`${base}.heading`, values),
    paragraphs,
    items: bookingItems(snapshot, mail.audience, locale, t, cancelled),
    action: { label: t(mail.audience === "customer" ? "open" : "openStaff"), url: bookingLink(options.appUrl, mail.audience, booking) },
    footer: t(mail.audience === "customer" ? "footer.customer" : "footer.staff", values),
  });
  const message = { to: recipient.email, subject: t(`${base}.subject`, values), ...rendered };
  if (mail.audience === "staff") return message;

  const method: InviteMethod = cancelled ? "CANCEL" : "REQUEST";
  const content = bookingInvite(booking, {
    method,
    workshop,
    organizerEmail: options.organizerEmail,
    attendee: { email: snapshot.customer.email, name: snapshot.customer.name },
    labels: await inviteLabels(locale),
    url: bookingLink(options.appUrl, "customer", booking),
  });
  return { ...message, icalEvent: { method, filename: "invite.ics", content } };
}

/** Statuses a reminder is for: a visit still ahead of the customer. */
const REMINDABLE: BookingStatus[] = ["requested", "confirmed"];

/**
 * Claims the reminder of a booking at `sequence`: stamps `reminder_sent_at` in one UPDATE only
 * when the booking is still at that sequence (not moved since), requested or confirmed, not yet
 * reminded, and starts after `now`. @returns whether this caller won (and must send it).
 */
export async function claimReminder(db: DbOrTx, bookingId: string, sequence: number, now: Date): Promise<boolean> {
  const claimed = await db
    .update(bookings)
    .set({ reminderSentAt: sql`now()` })
    .where(
      and(
        eq(bookings.id, bookingId),
        eq(bookings.sequence, sequence),
        inArray(bookings.status, REMINDABLE),
        isNull(bookings.reminderSentAt),
        gt(bookings.startsAt, now),
      ),
    )
    .returning({ id: bookings.id });
  return claimed.length > 0;
}

/** Gives a claimed reminder back (its e-mail failed), so the retried step can claim and send it again. */
export async function releaseReminder(db: DbOrTx, bookingId: string, sequence: number): Promise<void> {
  await db
    .update(bookings)
    .set({ reminderSentAt: null })
    .where(and(eq(bookings.id, bookingId), eq(bookings.sequence, sequence)));
}
