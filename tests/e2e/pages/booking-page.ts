import { expect, type Locator, type Page } from "@playwright/test";

/** The customer's booking page (`/workshops/[slug]/book`) and the booking's own page after it. */
export class BookingPage {
  constructor(private readonly page: Page) {}

  /** From a workshop's page: "Zarezerwuj wizytę". */
  async openFromWorkshop() {
    await this.page.getByRole("link", { name: "Zarezerwuj wizytę" }).first().click();
    await expect(this.page).toHaveURL(/\/workshops\/[a-z0-9-]+\/book/);
    await expect(this.page.getByRole("heading", { level: 1, name: "Rezerwacja wizyty" })).toBeVisible();
  }

  async chooseService(name: string) {
    await this.page.getByRole("radio", { name: new RegExp(name) }).click();
    await expect(this.page.getByRole("radio", { name: new RegExp(name) })).toHaveAttribute("aria-checked", "true");
  }

  /** The first free time of the day the picker lands on; returns its label ("09:00"). */
  async chooseFirstFreeTime(): Promise<string> {
    const slot = this.page.getByTestId("slot").first();
    await expect(slot).toBeVisible();
    const label = (await slot.textContent())!.trim();
    await slot.click();
    await expect(slot).toHaveAttribute("aria-pressed", "true");
    return label;
  }

  async addNote(text: string) {
    await this.page.getByLabel("Wiadomość dla warsztatu (opcjonalnie)").fill(text);
  }

  async book() {
    await this.page.getByRole("button", { name: "Zarezerwuj", exact: true }).click();
    await expect(this.page).toHaveURL(/\/bookings\/[0-9a-f-]{36}\?new=1$/);
  }

  code(): Locator {
    return this.page.getByTestId("booking-code");
  }

  status(): Locator {
    return this.page.getByTestId("booking-status");
  }

  time(): Locator {
    return this.page.getByTestId("booking-time");
  }
}
