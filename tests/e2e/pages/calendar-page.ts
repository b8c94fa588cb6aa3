import { expect, type Locator, type Page } from "@playwright/test";

/** The workshop's calendar (dashboard): requests panel, day/week grid, booking detail in a side sheet. */
export class CalendarPage {
  constructor(private readonly page: Page) {}

  /** `dashboardUrl`: the workshop's dashboard, e.g. `/dashboard/<workshopId>`; `query` e.g. "?view=week&date=2026-05-12". */
  async open(dashboardUrl: string, query = "") {
    await this.page.goto(`${dashboardUrl}/calendar${query}`);
    await expect(this.page.getByRole("heading", { name: "Prośby o wizytę", level: 2 })).toBeVisible();
  }

  /** A row of the requests panel, by customer name or booking code (BK-…). */
  request(text: string | RegExp): Locator {
    return this.page.getByTestId("booking-request").filter({ hasText: text });
  }

  /** Confirms a request from the panel (its "Potwierdź" button); the row then leaves the panel. */
  async confirmRequest(text: string | RegExp) {
    const row = this.request(text);
    await row.getByRole("button", { name: "Potwierdź", exact: true }).click();
    await expect(row).toBeHidden();
  }

  async declineRequest(text: string | RegExp, reason: string) {
    await this.request(text).getByRole("button", { name: "Odrzuć", exact: true }).click();
    const dialog = this.page.getByRole("dialog", { name: "Odrzucić prośbę o wizytę?" });
    await dialog.getByRole("textbox", { name: "Powód" }).fill(reason);
    await dialog.getByRole("button", { name: "Odrzuć prośbę" }).click();
    await expect(dialog).toBeHidden();
  }

  /** A booking on the calendar (day or week view), by any text on it (customer, service, time, code). */
  booking(text: string | RegExp): Locator {
    return this.page.getByTestId("calendar-booking").filter({ hasText: text });
  }

  /** Opens a booking's detail in the side sheet. */
  async openBooking(text: string | RegExp) {
    await this.booking(text).first().click();
    await expect(this.detail()).toBeVisible();
    await expect(this.status()).toBeVisible();
  }

  /** The open booking's detail (side sheet). */
  detail(): Locator {
    return this.page.getByRole("dialog").filter({ has: this.page.getByTestId("booking-status") });
  }

  /** The detail's status ("Do potwierdzenia", "Potwierdzona"…), in the sheet or on the booking's own page. */
  status(): Locator {
    return this.page.getByTestId("booking-status");
  }

  async showWeek() {
    await this.page.getByRole("radio", { name: "Tydzień" }).click();
  }

  async showDay() {
    await this.page.getByRole("radio", { name: "Dzień" }).click();
  }

  /** The requests-waiting count on the calendar's navigation item. */
  navBadge(): Locator {
    return this.page.getByRole("navigation", { name: "Nawigacja panelu warsztatu" }).getByTestId("pending-bookings-badge");
  }
}
