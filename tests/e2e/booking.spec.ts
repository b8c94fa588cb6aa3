import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./pages/a11y";
import { BookingPage } from "./pages/booking-page";
import { CalendarPage } from "./pages/calendar-page";
import { secondPerson, signIn } from "./pages/people";

const WORKSHOP = "Auto-Serwis Pitstop Kraków";

/**
 * Booking, customer ↔ workshop, in two browsers: the demo driver books brake pads at the Kraków
 * demo workshop from its page (first free time, a note), gets a booking code and a pending
 * status; the owner confirms the request from the dashboard's calendar; the driver's page turns
 * "confirmed" live, and the confirmation e-mail with the calendar invite is in the captured mail.
 * The project's size is the driver's; the owner uses the other size.
 */
test("a driver books a visit, the workshop confirms it, the driver sees it confirmed and gets the invite", async ({
  page,
  browser,
  baseURL,
}, testInfo) => {
  const phone = testInfo.project.name === "phone";
  await signIn(page, "klient@pitstop.local");
  await page.goto("/workshops/auto-serwis-pitstop-krakow");
  const booking = new BookingPage(page);
  await booking.openFromWorkshop();
  await booking.chooseService("Wymiana klocków hamulcowych");
  const time = await booking.chooseFirstFreeTime();
  await expect(page.getByTestId("summary-time")).toContainText(time);
  await expectNoSeriousA11yViolations(page, "booking");
  await booking.addNote("Piszczy przy hamowaniu, gorzej w deszczu.");
  await booking.book();

  await expect(booking.code()).toHaveText(/^BK-\d{4}-\d{6}$/);
  const code = (await booking.code().textContent())!.trim();
  await expect(booking.status()).toHaveText("Oczekuje na potwierdzenie");
  await expect(booking.time()).toContainText(time);
  await expectNoSeriousA11yViolations(page, "booking confirmation");

  // The owner, in another browser, finds the request and confirms it.
  const owner = await secondPerson(browser, !phone, baseURL);
  await signIn(owner.page, "warsztat@pitstop.local");
  await expect(owner.page).toHaveURL(/\/dashboard\/[0-9a-f-]{36}$/);
  const calendar = new CalendarPage(owner.page);
  await calendar.open(owner.page.url());
  await expect(calendar.request(code)).toBeVisible();
  await expectNoSeriousA11yViolations(owner.page, "calendar");
  await calendar.confirmRequest(code);

  // The driver's page turns "confirmed" by itself.
  await expect(booking.status()).toHaveText("Potwierdzona");

  // The confirmation e-mail to the driver carries the calendar invite.
  const admin = await secondPerson(browser, phone, baseURL);
  await signIn(admin.page, "admin@pitstop.local");
  await expect(async () => {
    await admin.page.goto("/admin/mail");
    await admin.page
      .getByRole("link", { name: new RegExp(`Wizyta potwierdzona: ${WORKSHOP}`) })
      .first()
      .click({ timeout: 1_000 });
    // The newest such e-mail may be another booking's: this one's invite carries its code.
    await expect(admin.page.getByTestId("mail-attachment").filter({ hasText: "invite.ics" })).toContainText(code, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  const invite = admin.page.getByTestId("mail-attachment").filter({ hasText: "invite.ics" });
  await expect(invite).toBeVisible();
  await expect(invite).toContainText("METHOD:REQUEST");
  await expect(invite).toContainText("STATUS:CONFIRMED");

  await owner.context.close();
  await admin.context.close();
});
