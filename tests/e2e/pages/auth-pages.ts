import { expect, type Page } from "@playwright/test";

export class SignInPage {
  constructor(private readonly page: Page) {}

  async expectReturnNotice() {
    await expect(this.page).toHaveURL(/\/sign-in\?callbackUrl=/);
    await expect(this.page.getByText(/wrócisz do poprzedniej strony/)).toBeVisible();
  }

  async goToSignUp() {
    await this.page.getByRole("link", { name: "Załóż konto" }).last().click();
    await expect(this.page.getByRole("heading", { name: "Załóż konto" })).toBeVisible();
  }

  async signIn(email: string, password: string) {
    await this.page.getByLabel("E-mail").fill(email);
    await this.page.getByLabel("Hasło", { exact: true }).fill(password);
    await this.page.getByRole("button", { name: "Zaloguj się" }).click();
  }
}

export class SignUpPage {
  constructor(private readonly page: Page) {}

  async signUp(person: { name: string; email: string; password: string }) {
    await this.page.getByLabel("Imię i nazwisko").fill(person.name);
    await this.page.getByLabel("E-mail").fill(person.email);
    await this.page.getByLabel("Hasło", { exact: true }).fill(person.password);
    await this.page.getByRole("button", { name: "Załóż konto" }).click();
  }

  async expectFieldError(message: string | RegExp) {
    await expect(this.page.getByText(message)).toBeVisible();
  }
}
