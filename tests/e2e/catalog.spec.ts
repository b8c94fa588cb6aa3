import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./pages/a11y";
import { MatrixPage } from "./pages/matrix-page";
import { PartsPage } from "./pages/parts-page";
import { secondPerson, signIn } from "./pages/people";

/** The demo driver's default car is a 2018 Toyota Corolla: this catalogue vehicle is the one it matches (make, model, year). */
const COROLLA = "Toyota Corolla E18 2013–2019";

/**
 * Fitment, admin → customer: the admin opens the compatibility matrix on parts that fit nothing in
 * the storefront yet and the Corolla's column, marks the first part original and the second
 * replacement with the keyboard only, and saves. The part's page lists the Corolla under Original
 * and in the derived Model; the demo driver (the other device size), whose default car is that
 * Corolla, sees "Pasuje do Twojego auta" on both parts. Each run takes parts nothing fits yet, so
 * runs (phone, desktop, again) do not depend on each other.
 */
test("an admin marks fitment in the matrix by keyboard, the part page shows it, and the driver sees it fits their car", async ({
  page,
  browser,
  baseURL,
}, testInfo) => {
  const phone = testInfo.project.name === "phone";
  await signIn(page, "admin@pitstop.local");
  const matrix = new MatrixPage(page);
  await matrix.open({ fitted: "unfitted", vq: "Corolla E18" });
  await expect(matrix.grid().getByRole("columnheader", { name: new RegExp(COROLLA) })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "compatibility matrix");

  const first = matrix.cell(0, 0);
  const second = matrix.cell(1, 0);
  const [firstSku, secondSku] = [await matrix.skuOf(first), await matrix.skuOf(second)];
  await expect(first).toHaveAccessibleName(`${firstSku} × ${COROLLA}: brak`);

  await first.click();
  await expect(first).toBeFocused();
  await page.keyboard.press("Space");
  await expect(first).toHaveAccessibleName(`${firstSku} × ${COROLLA}: oryginał`);
  await page.keyboard.press("ArrowDown");
  await expect(second).toBeFocused();
  await page.keyboard.press("r");
  await expect(second).toHaveAccessibleName(`${secondSku} × ${COROLLA}: zamiennik`);
  await expect(matrix.pendingCount()).toHaveText(/2 niezapisane zmiany/);
  await page.keyboard.press("ControlOrMeta+s");
  await expect(page.getByText("Zapisano 2 zmiany")).toBeVisible();

  // The part in the admin catalogue: its Dopasowania tab lists the Corolla under Original and in Model.
  await page.goto(`/admin/catalog?${new URLSearchParams({ q: firstSku })}`);
  await page.locator('main a[href^="/admin/catalog/products/"]:not([href*="/new"])').filter({ visible: true }).first().click();
  await page.getByRole("tab", { name: "Dopasowania" }).click();
  await expect(page.getByRole("list", { name: "Oryginał", exact: true })).toContainText(COROLLA);
  await expect(page.getByRole("list", { name: "Model", exact: true })).toContainText(COROLLA);
  await expectNoSeriousA11yViolations(page, "admin part fitment");

  // The part's public page: the same split and the derived Model.
  const parts = new PartsPage(page);
  await parts.openPart(firstSku);
  await expect(parts.fitmentList("Oryginał")).toContainText(COROLLA);
  await expect(parts.fitmentList("Model")).toContainText(COROLLA);
  await expectNoSeriousA11yViolations(page, "part page");

  // The driver, on the other device size, sees both parts fit their car.
  const driver = await secondPerson(browser, !phone, baseURL);
  await signIn(driver.page, "klient@pitstop.local");
  const shop = new PartsPage(driver.page);
  for (const [sku, how] of [
    [firstSku, "oryginał"],
    [secondSku, "zamiennik"],
  ] as const) {
    await shop.search(sku);
    await expect(shop.card(sku)).toContainText("Pasuje do Twojego auta");
    await expect(shop.card(sku)).toContainText(how);
  }
  await expectNoSeriousA11yViolations(driver.page, "parts list");
  await shop.openPart(secondSku);
  await expect(driver.page.getByText("Pasuje do Twojego auta")).toBeVisible();
  await expect(shop.fitmentList("Zamiennik")).toContainText(COROLLA);
  await driver.context.close();
});
