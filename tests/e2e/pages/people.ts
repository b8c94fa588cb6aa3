import { expect, type Browser, type Page } from "@playwright/test";
import { SignInPage } from "./auth-pages";

/** The demo accounts' password (src/server/db/seed). */
export const DEMO_PASSWORD = "pitstop123";

/** Another person of a journey, in a browser of their own (a phone or a desktop). */
export async function secondPerson(browser: Browser, phone: boolean, baseURL: string | undefined) {
  const context = await browser.newContext({
    baseURL,
    locale: "pl-PL",
    timezoneId: "Europe/Warsaw",
    viewport: phone ? { width: 390, height: 844 } : { width: 1440, height: 900 },
    deviceScaleFactor: phone ? 2 : 1,
    isMobile: phone,
    hasTouch: phone,
  });
  return { context, page: await context.newPage() };
}

/** Signs a demo account in and waits to leave the sign-in page. */
export async function signIn(page: Page, email: string) {
  await page.goto("/sign-in");
  await new SignInPage(page).signIn(email, DEMO_PASSWORD);
  await expect(page).not.toHaveURL(/sign-in/);
}
