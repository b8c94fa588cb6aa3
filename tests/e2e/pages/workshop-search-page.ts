import { expect, type Page } from "@playwright/test";

export class WorkshopSearchPage {
  constructor(
    private readonly page: Page,
    private readonly phone: boolean,
  ) {}

  async open() {
    await this.page.goto("/workshops");
    await expect(this.page.getByRole("heading", { level: 1, name: "Znajdź warsztat" })).toBeVisible();
  }

  /** Picks a town from the GeoNames suggestions. */
  async near(city: string) {
    const field = this.page.getByRole("combobox", { name: "Miejscowość" });
    await field.fill(city.slice(0, 4));
    await this.page.getByRole("option", { name: city, exact: true }).click();
    await expect(this.page).toHaveURL(new RegExp(`city=${encodeURIComponent(city)}`));
  }

  async onlyCategory(label: string) {
    if (this.phone) await this.page.getByRole("button", { name: /^Filtry/ }).click();
    const scope = this.phone ? this.page.getByRole("dialog") : this.page.locator("main");
    await scope.getByRole("combobox", { name: "Usługa" }).click();
    await this.page.getByRole("option", { name: label, exact: true }).click();
    if (this.phone) await this.page.getByRole("button", { name: "Zamknij" }).click();
    await expect(this.page).toHaveURL(/category=brakes/);
  }

  results() {
    return this.page.getByRole("article");
  }

  async expectSummary(text: RegExp) {
    await expect(this.page.getByRole("status").filter({ hasText: text })).toBeVisible();
  }

  /** Distances of the listed workshops, in metres, in the order shown. */
  async distances() {
    const labels = await this.results().locator("span.tabular-nums").allInnerTexts();
    return labels.map((label) => {
      const value = Number(label.replace(/[^\d,]/g, "").replace(",", "."));
      return label.includes("km") ? value * 1000 : value;
    });
  }

  async showMap() {
    await this.page.getByRole("radio", { name: "Mapa" }).click();
  }

  async openFirst() {
    const link = this.results().first().getByRole("link");
    const name = (await link.innerText()).trim();
    await link.click();
    return name;
  }
}
