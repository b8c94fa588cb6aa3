import { expect, type Locator, type Page } from "@playwright/test";

/** The chat screen, the same for the customer (`/messages/[id]`) and the workshop (inbox). */
export class ChatPage {
  constructor(private readonly page: Page) {}

  messages(): Locator {
    return this.page.getByTestId("message");
  }

  message(text: string | RegExp): Locator {
    return this.messages().filter({ hasText: text });
  }

  async expectOpen(title: string | RegExp) {
    await expect(this.page.getByTestId("chat-title")).toHaveText(title);
  }

  async type(text: string) {
    await this.page.getByLabel("Wiadomość", { exact: true }).fill(text);
  }

  async send(text: string) {
    await this.type(text);
    await this.page.getByRole("button", { name: "Wyślij", exact: true }).click();
    await expect(this.message(text)).toBeVisible();
  }

  /** ✓ sent, ✓✓ delivered, read — on my own message. */
  async expectReceipt(text: string | RegExp, state: "sent" | "delivered" | "read") {
    await expect(this.message(text).getByTestId("receipt")).toHaveAttribute("data-state", state);
  }

  async expectTyping() {
    await expect(this.page.getByTestId("typing")).toBeVisible();
  }

  async sendImage(file: { name: string; mimeType: string; buffer: Buffer }) {
    await this.page.getByTestId("attachment-input").setInputFiles(file);
  }

  async sendQuote(lines: { description: string; price: string }[], note?: string) {
    await this.page.getByRole("button", { name: "Wyślij wycenę" }).click();
    const dialog = this.page.getByRole("dialog", { name: "Nowa wycena" });
    for (const [i, line] of lines.entries()) {
      if (i > 0) await dialog.getByRole("button", { name: "Dodaj pozycję" }).click();
      await dialog.getByRole("textbox", { name: "Opis" }).nth(i).fill(line.description);
      await dialog.getByRole("textbox", { name: "Cena (zł)" }).nth(i).fill(line.price);
    }
    if (note) await dialog.getByLabel("Uwagi (opcjonalnie)").fill(note);
    await dialog.getByRole("button", { name: "Wyślij wycenę" }).click();
    await expect(dialog).toBeHidden();
  }

  quote(): Locator {
    return this.page.getByTestId("quote-card").last();
  }

  presence(): Locator {
    return this.page.getByTestId("presence");
  }
}

/** The workshop's inbox (dashboard). */
export class InboxPage {
  constructor(private readonly page: Page) {}

  async open(workshopUrl: string) {
    await this.page.goto(`${workshopUrl}/inbox`);
    await expect(this.page.getByRole("heading", { name: "Wiadomości", level: 2 })).toBeVisible();
  }

  conversation(customerName: string): Locator {
    return this.page.getByTestId("conversation-item").filter({ hasText: customerName });
  }

  navBadge(): Locator {
    return this.page.getByRole("navigation", { name: "Nawigacja panelu warsztatu" }).getByTestId("unread-badge");
  }
}
