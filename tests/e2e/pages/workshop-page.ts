import { expect, type Page } from "@playwright/test";

export class WorkshopPage {
  constructor(private readonly page: Page) {}

  async expectShows(name: string) {
    await expect(this.page).toHaveURL(/\/workshops\/[a-z0-9-]+$/);
    await expect(this.page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(this.page.getByRole("heading", { name: "Usługi i ceny" })).toBeVisible();
    await expect(this.page.getByRole("heading", { name: "Hamulce" })).toBeVisible();
    await expect(this.page.getByRole("heading", { name: "Godziny otwarcia" })).toBeVisible();
    await expect(this.page.getByRole("region", { name: /Mapa|Lokalizacja/ }).first()).toBeVisible();
  }

  async expectPriceListed() {
    await expect(this.page.getByText(/\d+\s?zł/).first()).toBeVisible();
  }
}
