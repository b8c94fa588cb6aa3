import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./pages/a11y";
import { SignInPage, SignUpPage } from "./pages/auth-pages";
import { GaragePage } from "./pages/garage-page";
import { WorkshopPage } from "./pages/workshop-page";
import { WorkshopSearchPage } from "./pages/workshop-search-page";

/**
 * The main journey of the foundation: a driver signs up (coming back to the garage they asked
 * for), adds a car by VIN, finds the workshops nearest to Kraków that do brakes, and opens one.
 */
test("a new driver signs up, adds a car by VIN and finds a brake workshop near Kraków", async ({ page }, testInfo) => {
  const phone = testInfo.project.name === "phone";
  const email = `e2e-${testInfo.project.name}-${Date.now()}@test.pitstop`;

  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "home");

  // The garage is for signed-in customers: the return path survives sign-in → sign-up.
  await page.goto("/garage");
  const signIn = new SignInPage(page);
  await signIn.expectReturnNotice();
  await expectNoSeriousA11yViolations(page, "sign-in");
  await signIn.goToSignUp();

  const signUp = new SignUpPage(page);
  await signUp.signUp({ name: "Ewa Testowa", email, password: "krotkie" });
  await signUp.expectFieldError("Hasło musi mieć co najmniej 8 znaków.");
  await expectNoSeriousA11yViolations(page, "sign-up with an error");
  await signUp.signUp({ name: "Ewa Testowa", email, password: "hamulce2026" });

  const garage = new GaragePage(page);
  await garage.expectOpen();
  await expect(page.getByRole("heading", { name: "Twój garaż jest pusty" })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "empty garage");
  await garage.addByVin("2T1BURHEXJC000001", { make: "Toyota", model: "Corolla", year: "2018", engine: /1\.8 L/, fuel: "Benzyna" });
  const car = garage.vehicle(/Toyota Corolla/);
  await expect(car).toBeVisible();
  await expect(car.getByText("Domyślny")).toBeVisible();
  await expect(car.getByText("2T1BURHEXJC000001")).toBeVisible();
  await expectNoSeriousA11yViolations(page, "garage with a car");

  const search = new WorkshopSearchPage(page, phone);
  await search.open();
  await search.near("Kraków");
  await search.onlyCategory("Hamulce");
  await search.expectSummary(/w promieniu 25 km od: Kraków/);
  await expect(search.results().first()).toBeVisible();
  const distances = await search.distances();
  expect(distances.length).toBeGreaterThan(3);
  expect(distances).toEqual([...distances].sort((a, b) => a - b));
  for (const card of await search.results().all()) await expect(card.getByText("Hamulce", { exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "search results");
  if (phone) {
    await search.showMap();
    await expect(page.getByRole("region", { name: /Mapa warsztatów/ })).toBeVisible();
    await page.getByRole("radio", { name: "Lista" }).click();
  } else {
    await expect(page.getByRole("region", { name: /Mapa warsztatów/ })).toBeVisible();
  }

  const name = await search.openFirst();
  const workshop = new WorkshopPage(page);
  await workshop.expectShows(name);
  await workshop.expectPriceListed();
  await expectNoSeriousA11yViolations(page, "workshop page");
});
