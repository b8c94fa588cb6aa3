import { expect, type Locator, type Page } from "@playwright/test";

/** The AI mechanic (/diagnosis and /diagnosis/<id>), in Polish. */
export class DiagnosisPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto("/diagnosis");
    await expect(this.page.getByRole("heading", { level: 1, name: "AI mechanik" })).toBeVisible();
  }

  async typeVehicle(vehicle: { make: string; model: string; year: string }) {
    await this.page.getByLabel("Marka").fill(vehicle.make);
    await this.page.getByLabel("Model").fill(vehicle.model);
    await this.page.getByLabel("Rok").fill(vehicle.year);
  }

  /** Starts the session with the first description; resolves with the chat response's body (SSE). */
  async describe(problem: string): Promise<string> {
    await this.page.getByLabel("Opisz problem").fill(problem);
    const response = this.page.waitForResponse((r) => r.url().endsWith("/api/diagnosis/chat"));
    await this.page.getByRole("button", { name: "Zapytaj AI mechanika" }).click();
    const res = await response;
    expect(res.headers()["content-type"]).toContain("text/event-stream");
    return res.text();
  }

  card(): Locator {
    return this.page.getByTestId("diagnosis-card");
  }

  assistantTexts(): Locator {
    return this.page.getByTestId("assistant-text");
  }

  /** Answers the AI mechanic's questions, one per turn, until the diagnosis card shows. */
  async answerUntilCard(answers: string[]) {
    for (const answer of answers) {
      if (await this.card().isVisible()) return;
      const before = await this.assistantTexts().count();
      await this.page.getByLabel("Twoja wiadomość").fill(answer);
      await this.page.getByRole("button", { name: "Wyślij", exact: true }).click();
      // A new answer arrived: one text for a question, two around the card for the last answer.
      await expect.poll(() => this.assistantTexts().count()).toBeGreaterThan(before);
      await expect(this.page.getByRole("button", { name: "Wyślij", exact: true })).toBeDisabled();
      await expect(this.page.getByLabel("Twoja wiadomość")).toHaveValue("");
      await this.page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
    }
    await expect(this.card()).toBeVisible();
  }

  topCause(): Locator {
    return this.card().getByTestId("causes").locator("li").first();
  }

  async rate(stars: number, comment: string) {
    await this.page.getByRole("radio", { name: new RegExp(`^${stars} gwiazd`) }).click();
    await this.page.getByLabel("Komentarz (opcjonalnie)").fill(comment);
    await this.page.getByRole("button", { name: "Wyślij ocenę" }).click();
    await expect(this.page.getByText(`Twoja ocena: ${stars}/5`)).toBeVisible();
  }

  history(): Locator {
    return this.page.getByTestId("history");
  }
}
