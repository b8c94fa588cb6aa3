import { describe, expect, it } from "vitest";
import { bookingCalendarFile, bookingInvite, inviteLabels, type InviteBooking, type InviteWorkshop } from "./ics";

const booking: InviteBooking = {
  id: "0b6f3c1e-5a7d-4e2b-9c1a-3f8e2d4b6a70",
  code: "BK-2026-000123",
  sequence: 0,
  status: "requested",
  // 09:00–10:30 in Warsaw (summer time, UTC+2).
  startsAt: new Date("2026-05-14T07:00:00Z"),
  endsAt: "2026-05-14T08:30:00.000Z",
  serviceName: "Wymiana klocków hamulcowych",
  vehicleLabel: "Skoda Octavia 2017 (2.0 TDI)",
  notes: "Piszczy przy hamowaniu; proszę o telefon, przed wymianą tarcz",
};
const workshop: InviteWorkshop = {
  name: "Auto-Serwis Kowalski",
  address: "ul. Długa 5",
  postalCode: "00-238",
  city: "Warszawa",
  phone: "+48 600 100 200",
};
const options = { method: "REQUEST", workshop, organizerEmail: "no-reply@pitstop.test" } as const;

/** Unfolds RFC 5545 lines (CRLF + space continues a line) into a list. */
const lines = (ics: string) => ics.replace(/\r\n[ \t]/g, "").split("\r\n");
const prop = (ics: string, name: string) => lines(ics).filter((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));

describe("bookingInvite", () => {
  it("is an iTIP REQUEST for one event with the booking's stable UID and SEQUENCE", () => {
    const ics = bookingInvite(booking, options);
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(prop(ics, "METHOD")).toEqual(["METHOD:REQUEST"]);
    expect(prop(ics, "UID")).toEqual([`UID:${booking.id}@pitstop`]);
    expect(prop(ics, "SEQUENCE")).toEqual(["SEQUENCE:0"]);
    expect(lines(ics).filter((l) => l === "BEGIN:VEVENT")).toHaveLength(1);
  });

  it("writes the times in UTC, whatever the machine's zone", () => {
    const ics = bookingInvite(booking, options);
    expect(prop(ics, "DTSTART")).toEqual(["DTSTART:20260514T070000Z"]);
    expect(prop(ics, "DTEND")).toEqual(["DTEND:20260514T083000Z"]);
  });

  it("says what, where and who: summary, address, organizer, attendee, description", () => {
    const ics = bookingInvite(booking, {
      ...options,
      attendee: { email: "anna@example.com", name: "Anna Nowak" },
      labels: { code: "Numer rezerwacji", vehicle: "Pojazd", notes: "Uwagi", reason: "Powód", phone: "Telefon" },
    });
    expect(prop(ics, "SUMMARY")).toEqual(["SUMMARY:Wymiana klocków hamulcowych – Auto-Serwis Kowalski"]);
    // Commas and semicolons are escaped in text values.
    expect(prop(ics, "LOCATION")).toEqual(["LOCATION:ul. Długa 5\\, 00-238 Warszawa"]);
    expect(prop(ics, "ORGANIZER")[0]).toMatch(/CN="?Auto-Serwis Kowalski"?:MAILTO:no-reply@pitstop\.test$/);
    expect(prop(ics, "ATTENDEE")[0]).toMatch(/;PARTSTAT="?ACCEPTED"?;.*:mailto:anna@example\.com$/);
    const [description] = prop(ics, "DESCRIPTION");
    expect(description).toContain("Numer rezerwacji: BK-2026-000123\\nPojazd: Skoda Octavia 2017 (2.0 TDI)");
    expect(description).toContain("Uwagi: Piszczy przy hamowaniu\\; proszę o telefon\\, przed wymianą tarcz");
    expect(description).toContain("Telefon: +48 600 100 200");
  });

  it("is TENTATIVE while requested and CONFIRMED once confirmed", () => {
    expect(prop(bookingInvite(booking, options), "STATUS")).toEqual(["STATUS:TENTATIVE"]);
    expect(prop(bookingInvite({ ...booking, status: "confirmed" }, options), "STATUS")).toEqual(["STATUS:CONFIRMED"]);
  });

  it("keeps the UID and carries the higher SEQUENCE and new time after a reschedule", () => {
    const first = bookingInvite(booking, options);
    const moved = bookingInvite(
      { ...booking, status: "confirmed", sequence: 1, startsAt: "2026-05-15T10:00:00Z", endsAt: "2026-05-15T11:30:00Z" },
      options,
    );
    expect(prop(moved, "UID")).toEqual(prop(first, "UID"));
    expect(prop(moved, "SEQUENCE")).toEqual(["SEQUENCE:1"]);
    expect(prop(moved, "DTSTART")).toEqual(["DTSTART:20260515T100000Z"]);
  });

  it("cancels with METHOD:CANCEL, STATUS:CANCELLED, the same UID and the reason", () => {
    const ics = bookingInvite(
      { ...booking, status: "cancelled", sequence: 2, cancellationReason: "Brak części" },
      { ...options, method: "CANCEL", labels: { code: "Code", vehicle: "Vehicle", notes: "Notes", reason: "Reason", phone: "Phone" } },
    );
    expect(prop(ics, "METHOD")).toEqual(["METHOD:CANCEL"]);
    expect(prop(ics, "STATUS")).toEqual(["STATUS:CANCELLED"]);
    expect(prop(ics, "UID")).toEqual([`UID:${booking.id}@pitstop`]);
    expect(prop(ics, "SEQUENCE")).toEqual(["SEQUENCE:2"]);
    expect(prop(ics, "DESCRIPTION")[0]).toContain("Reason: Brak części");
  });

  it("lists the values without labels when none are given", () => {
    expect(prop(bookingInvite(booking, options), "DESCRIPTION")[0]).toMatch(/^DESCRIPTION:BK-2026-000123\\nSkoda Octavia/);
  });

  it("throws when the ics package refuses the event", () => {
    expect(() => bookingInvite(booking, { ...options, organizerEmail: "not an address" })).toThrow(/BK-2026-000123/);
  });
});

describe("bookingCalendarFile", () => {
  it("is the same event published for import, without organizer or attendee, labelled in the reader's language", async () => {
    const file = await bookingCalendarFile({ ...booking, status: "confirmed", sequence: 3 }, { workshop, locale: "en" });
    expect(file.filename).toBe("BK-2026-000123.ics");
    expect(file.contentType).toBe("text/calendar; charset=utf-8; method=PUBLISH");
    expect(prop(file.body, "METHOD")).toEqual(["METHOD:PUBLISH"]);
    expect(prop(file.body, "UID")).toEqual([`UID:${booking.id}@pitstop`]);
    expect(prop(file.body, "SEQUENCE")).toEqual(["SEQUENCE:3"]);
    expect(prop(file.body, "STATUS")).toEqual(["STATUS:CONFIRMED"]);
    expect(prop(file.body, "ORGANIZER")).toEqual([]);
    expect(prop(file.body, "ATTENDEE")).toEqual([]);
    expect(prop(file.body, "DESCRIPTION")[0]).toContain(`${(await inviteLabels("en")).code}: BK-2026-000123`);
  });

  it("shows a cancelled booking as CANCELLED", async () => {
    const file = await bookingCalendarFile({ ...booking, status: "cancelled", sequence: 1 }, { workshop, locale: "pl" });
    expect(prop(file.body, "STATUS")).toEqual(["STATUS:CANCELLED"]);
  });
});
