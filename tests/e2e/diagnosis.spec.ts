import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./pages/a11y";
import { SignUpPage } from "./pages/auth-pages";
import { DiagnosisPage } from "./pages/diagnosis-page";

/**
 * The AI mechanic with no API key (the offline engine): a guest describes braking noise, watches the
 * answer stream in, answers the mechanic's questions, gets a card whose top cause is about the brakes,
 * signs up, finds the session in their history and rates it.
 */
test("a guest gets a brake diagnosis, signs up, and rates it from their history", async ({ page }, testInfo) => {
  const diagnosis = new DiagnosisPage(page);
  await diagnosis.open();
  await expect(page.getByText(/Silnik offline/).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page, "diagnosis start");

  await diagnosis.typeVehicle({ make: "Toyota", model: "Corolla", year: "2015" });
  const stream = await diagnosis.describe("Zgrzyta przy hamowaniu, gorzej w deszczu");
  // Streamed: the answer arrives as many text deltas, not one block.
  expect(stream.match(/"type":"text-delta"/g)?.length ?? 0).toBeGreaterThan(5);
  await expect(page).toHaveURL(/\/diagnosis\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("user-text").first()).toHaveText("Zgrzyta przy hamowaniu, gorzej w deszczu");
  await expect(diagnosis.assistantTexts().first()).toContainText("?");

  await diagnosis.answerUntilCard(["Przednie lewe koło", "Od dwóch tygodni", "Nie, żadne kontrolki się nie świecą", "Nie wiem"]);
  await expect(diagnosis.topCause()).toContainText(/klock|hamul|tarcz/i);
  await expect(diagnosis.card().getByTestId("severity")).toBeVisible();
  await expect(diagnosis.card().getByTestId("cost")).toContainText("zł");
  await expect(diagnosis.card().getByText(/nie jest ostateczna diagnoza/)).toBeVisible();
  await expect(diagnosis.card().getByRole("link", { name: "Znajdź warsztat" })).toHaveAttribute("href", /category=brakes/);
  await expectNoSeriousA11yViolations(page, "diagnosis card");
  const sessionUrl = page.url();

  // Reloading shows the same conversation, stored, without duplicates.
  await page.reload();
  await expect(diagnosis.card()).toBeVisible();
  const userTexts = await page.getByTestId("user-text").allTextContents();
  expect(new Set(userTexts).size).toBe(userTexts.length);

  // Signing up keeps the session: it moves into the new account's history.
  await page.goto("/sign-up?callbackUrl=%2Fdiagnosis");
  await new SignUpPage(page).signUp({
    name: "Adam Kierowca",
    email: `e2e-diag-${testInfo.project.name}-${Date.now()}@test.pitstop`,
    password: "hamulce2026",
  });
  await expect(page).toHaveURL(/\/diagnosis$/);
  await expect(diagnosis.history().getByRole("link")).toHaveCount(1);
  await expect(diagnosis.history()).toContainText("Zgrzyta przy hamowaniu");
  await expectNoSeriousA11yViolations(page, "diagnosis history");

  await diagnosis.history().getByRole("link").first().click();
  await expect(page).toHaveURL(sessionUrl);
  await expect(diagnosis.card()).toBeVisible();
  await diagnosis.rate(4, "Jasno i konkretnie");
  await expectNoSeriousA11yViolations(page, "rated diagnosis");
});
