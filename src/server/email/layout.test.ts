import { describe, expect, it } from "vitest";
import { escapeHtml, renderEmail, type EmailContent } from "./layout";

const content: EmailContent = {
  locale: "pl",
  preheader: "2 nowe wiadomości od Auto-Serwis",
  heading: "Masz nowe wiadomości",
  paragraphs: ["Dzień dobry,", "warsztat odpisał na Twoje pytanie."],
  items: [
    { title: "Auto-Serwis", meta: "14:05", body: "Zapraszamy jutro o 9:00.\nProszę zabrać dowód rejestracyjny." },
    { title: "Auto-Serwis", body: "Koszt wymiany klocków: 320 zł." },
  ],
  action: { label: "Otwórz rozmowę", url: "https://pitstop.example/messages/c1?from=mail&x=1" },
  footer: "Dostajesz tę wiadomość, bo masz konto w Pitstop.",
};

describe("renderEmail", () => {
  it("escapes every piece of user text in the HTML", () => {
    const evil = '<script>alert("x")</script> & <img src=x onerror=alert(1)>';
    const { html } = renderEmail({
      ...content,
      preheader: evil,
      heading: evil,
      paragraphs: [evil],
      items: [{ title: evil, meta: evil, body: evil }],
      action: { label: evil, url: "https://pitstop.example/a" },
      footer: evil,
    });
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    // heading twice (title and h1), then preheader, paragraph, item title, meta, body, action label, footer
    expect(html.split(escapeHtml(evil)).length - 1).toBe(9);
  });

  it("puts the action URL in the button and the fallback link, attribute-escaped", () => {
    const { html } = renderEmail(content);
    const href = 'href="https://pitstop.example/messages/c1?from=mail&amp;x=1"';
    expect(html.split(href).length - 1).toBe(2);
    expect(html).toContain("Jeśli przycisk nie działa");
    expect(html).toContain('<html lang="pl"');
  });

  it("uses the English wording for English e-mails", () => {
    const { html } = renderEmail({ ...content, locale: "en" });
    expect(html).toContain("If the button does not work");
    expect(html).toContain('<html lang="en"');
  });

  it("refuses action links that are not absolute http(s)", () => {
    expect(() => renderEmail({ ...content, action: { label: "x", url: "javascript:alert(1)" } })).toThrow(TypeError);
    expect(() => renderEmail({ ...content, action: { label: "x", url: "/messages/c1" } })).toThrow(TypeError);
  });

  it("keeps line breaks of item bodies", () => {
    const { html } = renderEmail(content);
    expect(html).toContain("Zapraszamy jutro o 9:00.<br>Proszę zabrać dowód rejestracyjny.");
  });

  it("says everything in the plain-text version too", () => {
    const { text } = renderEmail(content);
    for (const piece of [
      content.heading,
      ...content.paragraphs,
      "* Auto-Serwis (14:05)",
      "  Zapraszamy jutro o 9:00.\n  Proszę zabrać dowód rejestracyjny.",
      "  Koszt wymiany klocków: 320 zł.",
      "Otwórz rozmowę: https://pitstop.example/messages/c1?from=mail&x=1",
      content.footer,
    ]) {
      expect(text).toContain(piece);
    }
    expect(text).not.toMatch(/<[a-z]/i);
  });

  it("leaves out what is not given", () => {
    const { html, text } = renderEmail({ locale: "en", heading: "Hi", paragraphs: ["One line."], footer: "Bye" });
    expect(html).not.toContain("<a ");
    expect(html).not.toContain("display:none");
    expect(text).toBe("Hi\n==\n\nOne line.\n\n-- \nBye\n");
  });
});
