import "server-only";
import { createEvent, type Attendee, type EventAttributes, type EventStatus } from "ics";
import { translatorFor } from "@/i18n/translate";
import type { BookingStatus } from "../constants";

/**
 * Calendar files (RFC 5545 iCalendar, iTIP methods of RFC 5546) for bookings, built with the `ics`
 * package. One booking is one calendar event for its whole life: the UID is `<booking id>@pitstop`
 * and never changes, SEQUENCE is `bookings.sequence` (raised on every change of time and on
 * cancel), so a calendar that holds the event replaces it with a newer version and ignores an older one.
 */

/** What a calendar event needs of a booking. Times are UTC instants (a Date or an ISO string). */
export type InviteBooking = {
  id: string;
  code: string;
  sequence: number;
  status: BookingStatus;
  startsAt: Date | string;
  endsAt: Date | string;
  serviceName: string;
  vehicleLabel: string;
  /** The customer's note to the workshop ("" for none). */
  notes: string;
  cancellationReason?: string | null;
};

/** What a calendar event needs of the workshop: its name and where it is. */
export type InviteWorkshop = { name: string; address: string; postalCode: string; city: string; phone?: string };

/** Words of the event's description, in the reader's language (`inviteLabels`). */
export type InviteLabels = { code: string; vehicle: string; notes: string; reason: string; phone: string };

export type InviteMethod = "REQUEST" | "CANCEL";

export type InviteOptions = {
  /** REQUEST: the event as it is now (new, confirmed, moved); CANCEL: take it out of the calendar. */
  method: InviteMethod;
  workshop: InviteWorkshop;
  /** ORGANIZER's address (iTIP needs one for REQUEST and CANCEL); shown with the workshop's name. */
  organizerEmail: string;
  /** The invitee (the customer): with it, mail clients show the event as an invitation to them. */
  attendee?: { email: string; name?: string | null };
  /** Description labels; without them the description lists the values alone. */
  labels?: InviteLabels;
  /** A link to the booking in Pitstop (absolute http(s)). */
  url?: string;
};

const PRODUCT_ID = "-//Pitstop//Bookings//EN";

/** The event's stable UID: the same for every version of the booking's invite. */
export const bookingUid = (bookingId: string) => `${bookingId}@pitstop`;

const instant = (value: Date | string) => (typeof value === "string" ? new Date(value) : value).getTime();

/** "ul. Testowa 1, 00-001 Testowo" (parts left out when empty). */
export function workshopLocation(workshop: InviteWorkshop): string {
  const town = [workshop.postalCode, workshop.city].filter(Boolean).join(" ");
  return [workshop.address, town].filter(Boolean).join(", ");
}

function description(booking: InviteBooking, workshop: InviteWorkshop, labels: InviteLabels | undefined, cancelled: boolean): string {
  const line = (label: keyof InviteLabels, value: string) => (labels ? `${labels[label]}: ${value}` : value);
  return [
    line("code", booking.code),
    line("vehicle", booking.vehicleLabel),
    booking.notes ? line("notes", booking.notes) : null,
    cancelled && booking.cancellationReason ? line("reason", booking.cancellationReason) : null,
    workshop.phone ? line("phone", workshop.phone) : null,
  ]
    .filter((l): l is string => l !== null)
    .join("\n");
}

/** STATUS of the event: a request waits for the workshop (TENTATIVE), a cancel or cancelled booking is CANCELLED. */
function eventStatus(status: BookingStatus, cancel: boolean): EventStatus {
  if (cancel || status === "cancelled") return "CANCELLED";
  return status === "requested" ? "TENTATIVE" : "CONFIRMED";
}

type BuildOptions = {
  method: "REQUEST" | "CANCEL" | "PUBLISH";
  workshop: InviteWorkshop;
  organizerEmail?: string;
  attendee?: { email: string; name?: string | null };
  labels?: InviteLabels;
  url?: string;
};

function build(booking: InviteBooking, options: BuildOptions): string {
  const cancel = options.method === "CANCEL";
  const status = eventStatus(booking.status, cancel);
  const attendees: Attendee[] | undefined = options.attendee
    ? [
        {
          email: options.attendee.email,
          name: options.attendee.name || options.attendee.email,
          role: "REQ-PARTICIPANT",
          // The customer asked for this visit themselves: they are going unless they cancel in Pitstop.
          partstat: "ACCEPTED",
          rsvp: false,
        },
      ]
    : undefined;
  const event: EventAttributes = {
    productId: PRODUCT_ID,
    method: options.method,
    uid: bookingUid(booking.id),
    sequence: booking.sequence,
    start: instant(booking.startsAt),
    startInputType: "utc",
    startOutputType: "utc",
    end: instant(booking.endsAt),
    endInputType: "utc",
    endOutputType: "utc",
    title: `${booking.serviceName} – ${options.workshop.name}`,
    location: workshopLocation(options.workshop),
    description: description(booking, options.workshop, options.labels, status === "CANCELLED"),
    status,
    busyStatus: status === "CANCELLED" ? "FREE" : "BUSY",
    transp: status === "CANCELLED" ? "TRANSPARENT" : "OPAQUE",
    ...(options.url ? { url: options.url } : {}),
    ...(options.organizerEmail ? { organizer: { name: options.workshop.name, email: options.organizerEmail } } : {}),
    ...(attendees ? { attendees } : {}),
  };
  const { error, value } = createEvent(event);
  if (error || !value) throw new Error(`Cannot build the calendar event of booking ${booking.code}: ${error?.message ?? "no output"}`);
  return value;
}

/**
 * The e-mail invite of a booking (iCalendar text with CRLF line ends): METHOD REQUEST (the
 * booking as it is now; STATUS TENTATIVE while requested, CONFIRMED once confirmed) or CANCEL
 * (STATUS CANCELLED). UID `<id>@pitstop`, SEQUENCE `booking.sequence`, DTSTART/DTEND in UTC,
 * SUMMARY "<service> – <workshop>", LOCATION the workshop's address, DESCRIPTION the booking code,
 * vehicle and notes (and the reason, when cancelled). The attendee is marked ACCEPTED without an
 * RSVP request: replies to the organizer are not read by Pitstop, changes go through the app.
 * Throws when the `ics` package rejects the event (e.g. an invalid e-mail address).
 */
export function bookingInvite(booking: InviteBooking, options: InviteOptions): string {
  return build(booking, options);
}

/** The description labels in `locale` (namespace `bookingMail.invite`). */
export async function inviteLabels(locale: string): Promise<InviteLabels> {
  const t = await translatorFor(locale, "bookingMail.invite");
  return { code: t("code"), vehicle: t("vehicle"), notes: t("notes"), reason: t("reason"), phone: t("phone") };
}

export type BookingCalendarFile = { filename: string; contentType: string; body: string };

/**
 * The booking's .ics for download (an HTTP route sends `body` with `contentType` and
 * `Content-Disposition: attachment; filename="<filename>"`). Same event as the e-mail invites (same
 * UID, SEQUENCE, times, summary, location, status; CANCELLED once cancelled) but METHOD PUBLISH and
 * without ORGANIZER/ATTENDEE: a downloaded file is imported into the reader's own calendar, not an
 * invitation to answer, and with the shared UID importing it updates the event an invite created.
 * Takes the reader's locale for the description's labels and an optional link to the booking.
 */
export async function bookingCalendarFile(
  booking: InviteBooking,
  options: { workshop: InviteWorkshop; locale: string; url?: string },
): Promise<BookingCalendarFile> {
  const body = build(booking, {
    method: "PUBLISH",
    workshop: options.workshop,
    labels: await inviteLabels(options.locale),
    url: options.url,
  });
  return { filename: `${booking.code}.ics`, contentType: "text/calendar; charset=utf-8; method=PUBLISH", body };
}
