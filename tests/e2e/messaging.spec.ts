import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { expectNoSeriousA11yViolations } from "./pages/a11y";
import { SignInPage, SignUpPage } from "./pages/auth-pages";
import { ChatPage, InboxPage } from "./pages/chat-page";
import { secondPerson, signIn } from "./pages/people";

const WORKSHOP = "Auto-Serwis Pitstop Kraków";

/**
 * Live chat, customer ↔ workshop, in two browsers at once: a new driver contacts the Kraków demo
 * workshop from its page (signing up on the way), the owner answers from the inbox; both see the
 * other typing, receipts turning to "read", a photo and a quote arrive live; when the driver has
 * left, the workshop's next message reaches them by e-mail (read in the captured mail).
 * The project's size is the driver's; the owner uses the other size.
 */
test("a driver and a workshop chat live: receipts, typing, a photo, a quote, and the e-mail when the driver is away", async ({
  page,
  browser,
  baseURL,
}, testInfo) => {
  const phone = testInfo.project.name === "phone";
  const name = `Ola Czat ${testInfo.project.name}-${Date.now() % 100_000}`;
  const email = `e2e-chat-${testInfo.project.name}-${Date.now()}@test.pitstop`;
  const customerChat = new ChatPage(page);

  // Signed out, "contact" leads to sign-in → sign-up and back to the workshop with the dialog open.
  await page.goto("/workshops/auto-serwis-pitstop-krakow");
  await page.getByRole("link", { name: "Napisz do warsztatu" }).click();
  const signInPage = new SignInPage(page);
  await signInPage.expectReturnNotice();
  await signInPage.goToSignUp();
  await new SignUpPage(page).signUp({ name, email, password: "hamulce2026" });
  const dialog = page.getByRole("dialog", { name: `Napisz do: ${WORKSHOP}` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Termin w tym tygodniu?" }).click();
  await expect(dialog.getByLabel("Twoja wiadomość")).toHaveValue("Dzień dobry, czy ta usługa jest dostępna w tym tygodniu?");
  await expect(dialog.getByText("56/500 znaków")).toBeVisible();
  await expectNoSeriousA11yViolations(page, "quick contact");
  await dialog.getByRole("button", { name: "Wyślij i otwórz czat" }).click();
  await expect(page).toHaveURL(/\/messages\/[0-9a-f-]{36}$/);
  await customerChat.expectOpen(WORKSHOP);
  const first = "Dzień dobry, czy ta usługa jest dostępna w tym tygodniu?";
  await expect(customerChat.message(first)).toBeVisible();

  // The owner, in another browser, finds it unread in the inbox and opens it.
  const owner = await secondPerson(browser, !phone, baseURL);
  await signIn(owner.page, "warsztat@pitstop.local");
  await expect(owner.page).toHaveURL(/\/dashboard\/[0-9a-f-]{36}$/);
  const dashboardUrl = owner.page.url();
  const inbox = new InboxPage(owner.page);
  await inbox.open(dashboardUrl);
  const row = inbox.conversation(name);
  await expect(row).toHaveAttribute("data-unread", "1");
  await expect(owner.page).toHaveTitle(/^\(\d+\) /);
  await expectNoSeriousA11yViolations(owner.page, "inbox");
  await row.click();
  const ownerChat = new ChatPage(owner.page);
  await ownerChat.expectOpen(name);
  await expect(ownerChat.presence()).toHaveText("dostępny teraz");

  // Reading it turns the driver's ✓ into "read"; typing shows on the other side; the reply arrives live.
  await customerChat.expectReceipt(first, "read");
  await ownerChat.type("Dzień dobry");
  await customerChat.expectTyping();
  await ownerChat.send("Dzień dobry! Tak, zapraszamy w środę o 10:00.");
  await expect(customerChat.message("zapraszamy w środę o 10:00")).toBeVisible();
  await ownerChat.expectReceipt("zapraszamy w środę o 10:00", "read");
  await expectNoSeriousA11yViolations(page, "chat");

  // A photo from the driver appears in the workshop's chat.
  const photo = await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 120, g: 120, b: 130 } } })
    .jpeg()
    .toBuffer();
  await customerChat.sendImage({ name: "tarcza.jpg", mimeType: "image/jpeg", buffer: photo });
  await expect(ownerChat.messages().last().getByTestId("message-image")).toBeVisible();

  // A quote: the owner sends it, the driver accepts it in one tap, both see the answer.
  await ownerChat.sendQuote([
    { description: "Klocki hamulcowe – przód", price: "320" },
    { description: "Robocizna", price: "99,50" },
  ]);
  await expect(customerChat.quote().getByTestId("quote-total")).toHaveText(/419,50\s?zł/);
  await customerChat.quote().getByRole("button", { name: "Akceptuję" }).click();
  await expect(customerChat.quote().getByTestId("quote-status")).toHaveText("Zaakceptowana");
  await expect(owner.page.getByTestId("system-message").filter({ hasText: "Klient zaakceptował wycenę" })).toBeVisible();

  // The driver closes Pitstop; the owner sees them go offline, writes again, and the e-mail goes out.
  const conversationUrl = page.url();
  const customerContext = page.context();
  await page.close();
  await expect(ownerChat.presence()).toHaveText(/ostatnio/);
  await ownerChat.send("Przypominamy o wizycie w środę o 10:00.");

  const admin = await secondPerson(browser, phone, baseURL);
  await signIn(admin.page, "admin@pitstop.local");
  await expect(async () => {
    await admin.page.goto("/admin/mail");
    await expect(admin.page.getByText(`Nowa wiadomość od: ${WORKSHOP}`).first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });

  // Back in the chat, everything is there once, in order.
  const back = await customerContext.newPage();
  await back.goto(conversationUrl);
  const backChat = new ChatPage(back);
  await expect(backChat.message("Przypominamy o wizycie")).toHaveCount(1);
  await expect(backChat.message(first)).toHaveCount(1);
  await owner.context.close();
  await admin.context.close();
});
