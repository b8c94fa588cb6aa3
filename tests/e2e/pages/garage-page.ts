import { expect, type Page } from "@playwright/test";

export class GaragePage {
  constructor(private readonly page: Page) {}

  async expectOpen() {
    await expect(this.page).toHaveURL(/\/garage$/);
    await expect(this.page.getByRole("heading", { level: 1, name: "Mój garaż" })).toBeVisible();
  }

  async startAdding() {
    const first = this.page.getByRole("button", { name: "Dodaj pierwszy pojazd" });
    await ((await first.isVisible()) ? first : this.page.getByRole("button", { name: "Dodaj pojazd" }).first()).click();
    await expect(this.page.getByRole("dialog")).toBeVisible();
  }

  /** Types a VIN, decodes it and checks what vPIC filled in before saving. */
  async addByVin(vin: string, expected: { make: string; model: string; year: string; engine: RegExp; fuel: string }) {
    await this.startAdding();
    const dialog = this.page.getByRole("dialog");
    await dialog.getByLabel("VIN", { exact: true }).fill(vin);
    await expect(dialog.getByText("17/17 znaków")).toBeVisible();
    await dialog.getByRole("button", { name: "Odkoduj" }).click();
    await expect(dialog.getByText("Odczytano z numeru VIN")).toBeVisible();
    await expect(dialog.getByLabel("Marka")).toHaveValue(expected.make);
    await expect(dialog.getByLabel("Model")).toHaveValue(expected.model);
    await expect(dialog.getByLabel("Rok produkcji")).toHaveValue(expected.year);
    await expect(dialog.getByLabel("Silnik")).toHaveValue(expected.engine);
    await expect(dialog.getByRole("combobox", { name: "Paliwo" })).toHaveText(expected.fuel);
    await dialog.getByRole("button", { name: "Zapisz pojazd" }).click();
    await expect(this.page.getByRole("dialog")).toBeHidden();
  }

  vehicle(name: RegExp) {
    return this.page.getByRole("listitem").filter({ has: this.page.getByRole("heading", { name }) });
  }
}
