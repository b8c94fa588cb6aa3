import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./pages/a11y";
import { SignInPage } from "./pages/auth-pages";

const DEMO_PASSWORD = "pitstop123";

test("a workshop owner signs in and lands on their workshop's dashboard", async ({ page }) => {
  await page.goto("/sign-in");
  await new SignInPage(page).signIn("warsztat@pitstop.local", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/dashboard\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name: "Auto-Serwis Pitstop Kraków" })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "dashboard");
});

test("an admin signs in and sees the admin area; others are kept out of it", async ({ page }) => {
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fadmin/);
  await new SignInPage(page).signIn("admin@pitstop.local", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/admin$/);
  await expectNoSeriousA11yViolations(page, "admin");
});

test("five wrong passwords in a row pause signing in to that account", async ({ page }) => {
  // Made-up account and address of this run's own: the limits they trip (kept in Redis when
  // configured) leave other journeys and later runs alone.
  const n = () => Math.floor(Math.random() * 250) + 1;
  await page.setExtraHTTPHeaders({ "x-forwarded-for": `198.51.${n()}.${n()}` });
  const account = `nobody-${Date.now()}@test.pitstop`;
  await page.goto("/sign-in");
  const signIn = new SignInPage(page);
  for (let i = 0; i < 5; i++) {
    await signIn.signIn(account, `zle-haslo-${i}`);
    await expect(page.getByRole("alert").filter({ hasText: "Nieprawidłowy e-mail lub hasło." })).toBeVisible();
  }
  await signIn.signIn(account, "jeszcze-raz-1");
  await expect(page.getByRole("alert").filter({ hasText: /Zbyt wiele nieudanych prób/ })).toBeVisible();
});
