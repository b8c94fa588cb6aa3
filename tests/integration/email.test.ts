import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMailCapture, type MailCapture } from "../../scripts/mail-capture-server.mjs";
import { createMailer, MailDeliveryError, renderEmail, type Mailer } from "@/server/email";
import { listCapturedMail, readCapturedMail } from "@/server/email/captured";

/**
 * E-mail end to end without a mail provider: the real capture server on a free port, a real SMTP
 * conversation through nodemailer, and the files read back the way /admin/mail reads them.
 */
let dir: string;
let capture: MailCapture;
let mailer: Mailer;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "pitstop-mail-"));
  capture = await startMailCapture({ port: 0, dir });
  mailer = createMailer(`smtp://127.0.0.1:${capture.port}`, { capture: true, from: "Pitstop <no-reply@pitstop.test>" });
});

afterAll(async () => {
  mailer?.close();
  await capture?.stop();
  await rm(dir, { recursive: true, force: true });
});

const polishMail = () =>
  renderEmail({
    locale: "pl",
    preheader: "Warsztat Auto-Serwis odpisał",
    heading: "Masz 2 nieprzeczytane wiadomości",
    paragraphs: ["Dzień dobry, Pani Anno!", "Warsztat odpisał, gdy nie było Pani w aplikacji."],
    items: [
      { title: "Auto-Serwis Kowalski", meta: "14:05", body: "Zapraszamy jutro o 9:00.\nKoszt: 320 zł <brutto> & bez VAT-u." },
      { title: "Auto-Serwis Kowalski", meta: "14:06", body: "Proszę zabrać dowód rejestracyjny." },
    ],
    action: { label: "Otwórz rozmowę", url: "https://pitstop.example/messages/c1?from=mail&seq=2" },
    footer: "Wysyłamy tę wiadomość, bo masz konto w Pitstop. Powiadomienia wyłączysz w ustawieniach.",
  });

describe("e-mail through the capture server", () => {
  it("delivers a Polish e-mail that the capture reader finds", async () => {
    const { html, text } = polishMail();
    const { messageId } = await mailer.send({
      to: "anna.nowak@example.com",
      subject: "Nowe wiadomości od Auto-Serwis Kowalski",
      html,
      text,
      headers: { "X-Pitstop-Conversation": "c1" },
    });
    expect(messageId).toMatch(/^<.+@.+>$/);

    // The server answers 250 only after the file is written: no waiting needed.
    const list = await listCapturedMail({ dir });
    const summary = list.find((m) => m.subject === "Nowe wiadomości od Auto-Serwis Kowalski");
    expect(summary).toMatchObject({ to: "anna.nowak@example.com" });
    expect(summary!.preview).toMatch(/^Masz 2 nieprzeczytane wiadomości/);

    const mail = await readCapturedMail(summary!.id, dir);
    expect(mail).not.toBeNull();
    expect(mail!.from).toBe('"Pitstop" <no-reply@pitstop.test>');
    expect(mail!.text).toContain("Otwórz rozmowę: https://pitstop.example/messages/c1?from=mail&seq=2");
    expect(mail!.text).toContain("Koszt: 320 zł <brutto> & bez VAT-u.");
    expect(mail!.html).toContain("Koszt: 320 zł &lt;brutto&gt; &amp; bez VAT-u.");
    expect(mail!.html).toContain('href="https://pitstop.example/messages/c1?from=mail&amp;seq=2"');
  });

  it("lists the newest first and honours the limit", async () => {
    const { html, text } = polishMail();
    for (const subject of ["Pierwsza", "Druga", "Trzecia"]) await mailer.send({ to: "kolejnosc@example.com", subject, html, text });
    const subjects = (await listCapturedMail({ dir, limit: 3 })).map((m) => m.subject);
    expect(subjects).toEqual(["Trzecia", "Druga", "Pierwsza"]);
  });

  it("never reads outside the capture directory", async () => {
    await writeFile(path.join(path.dirname(dir), "pitstop-secret.json"), JSON.stringify({ leaked: true }));
    for (const id of ["../pitstop-secret", "..%2Fpitstop-secret", "/etc/passwd", "a/b", "", "x".repeat(101)]) {
      await expect(readCapturedMail(id, dir)).resolves.toBeNull();
    }
    await rm(path.join(path.dirname(dir), "pitstop-secret.json"), { force: true });
  });

  it("skips files in the directory that are not captured messages", async () => {
    await writeFile(path.join(dir, "99999999T999999999Z-zzzz-ffffff.json"), "{ not json");
    await writeFile(path.join(dir, "99999999T999999999Z-zzzz-fffffe.json"), JSON.stringify({ id: "someone-else" }));
    const [newest] = await listCapturedMail({ dir, limit: 1 });
    expect(newest?.subject).toBe("Trzecia");
    await expect(readCapturedMail("99999999T999999999Z-zzzz-ffffff", dir)).resolves.toBeNull();
  });

  it("refuses a message over 10 MB", async () => {
    const huge = "x".repeat(10.5 * 1024 * 1024);
    await expect(mailer.send({ to: "big@example.com", subject: "Za duża", html: "<p>x</p>", text: huge })).rejects.toThrow(/552/);
  });

  it("rejects header injection before talking to the server", async () => {
    const { html, text } = polishMail();
    await expect(
      mailer.send({ to: "a@example.com", subject: "Hi", html, text, headers: { "X-Evil": "1\r\nBcc: all@example.com" } }),
    ).rejects.toThrow(/header value/);
  });

  it("fails fast with a hint when no capture server listens", async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, "127.0.0.1", () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
    const nowhere = createMailer(`smtp://127.0.0.1:${port}`, { capture: true });
    const error = await nowhere.send({ to: "a@example.com", subject: "Hi", html: "<p>Hi</p>", text: "Hi" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MailDeliveryError);
    expect((error as Error).message).toContain(`127.0.0.1:${port}`);
    expect((error as Error).message).toContain("npm run dev");
  });
});
