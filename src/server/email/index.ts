import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import SMTPTransport from "nodemailer/lib/smtp-transport";
import { z } from "zod";
import { env } from "@/env";

export { renderEmail, escapeHtml, type EmailContent, type EmailItem, type EmailLocale, type RenderedEmail } from "./layout";

export type MailMode = "smtp" | "capture";

export type MailEnv = { SMTP_URL?: string; MAIL_CAPTURE_PORT: number };

/** "smtp" when SMTP_URL is set (real delivery), else "capture" (the local capture server). */
export function mailMode(settings: MailEnv = env): MailMode {
  return settings.SMTP_URL ? "smtp" : "capture";
}

/** SMTP_URL, or the capture server started by `npm run dev` / `npm start` on 127.0.0.1. */
export function mailTransportUrl(settings: MailEnv = env): string {
  return settings.SMTP_URL ?? `smtp://127.0.0.1:${settings.MAIL_CAPTURE_PORT}`;
}

// Header names are tokens; values may not carry line breaks (they would start new headers).
const headerName = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, "header name");
const headerValue = z.string().regex(/^[^\r\n]*$/, "header value without line breaks");

export const mailMessageSchema = z.object({
  /** One address or several (plain addresses: "ana@example.com"). */
  to: z.union([z.email(), z.array(z.email()).min(1)]),
  subject: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .transform((s) => s.replace(/\s+/g, " ")),
  text: z.string(),
  html: z.string(),
  /** Extra headers, e.g. `List-Unsubscribe`, `X-Pitstop-Conversation`. */
  headers: z.record(headerName, headerValue).optional(),
  /**
   * A calendar event (iCalendar text, e.g. `bookingInvite`), sent as nodemailer's `icalEvent`: a
   * `text/calendar; method=…` alternative, which calendar-aware clients show with accept/decline or
   * "add to calendar", plus the same file as an attachment named `filename`. `method` must match
   * the METHOD line of `content`.
   */
  icalEvent: z
    .object({
      method: z.enum(["REQUEST", "CANCEL", "PUBLISH"]),
      filename: z.string().regex(/^[^\\/\r\n"]{1,100}\.ics$/, "calendar file name"),
      content: z.string().min(1),
    })
    .optional(),
});

export type MailMessage = z.input<typeof mailMessageSchema>;

export type Mailer = {
  /** Sends one message; resolves to the Message-ID the server accepted. Throws `MailDeliveryError`. */
  send(message: MailMessage): Promise<{ messageId: string }>;
  /** Closes the connection (tests; the app keeps its mailer for the life of the process). */
  close(): void;
};

/** The mail server could not be reached or refused the message. The message never has the password. */
export class MailDeliveryError extends Error {
  constructor(message: string, cause: unknown) {
    super(message, { cause });
    this.name = "MailDeliveryError";
  }
}

const NETWORK_CODES = new Set(["ECONNECTION", "ECONNREFUSED", "ETIMEDOUT", "ESOCKET", "EDNS", "ENOTFOUND", "EHOSTUNREACH"]);

/** host:port of an SMTP URL, without credentials, for error messages. */
function serverLabel(url: string): string {
  try {
    const { hostname, port, protocol } = new URL(url);
    return `${hostname}:${port || (protocol === "smtps:" ? "465" : "587")}`;
  } catch {
    return "the configured server";
  }
}

export type MailerOptions = {
  /** Sender ("Pitstop <no-reply@example.com>"). Default MAIL_FROM. */
  from?: string;
  /** The local capture server: no TLS attempt, second-scale timeouts, a hint to start it when unreachable. */
  capture?: boolean;
};

/**
 * A mailer for one SMTP URL (`smtp://user:pass@host:587`, `smtps://…:465`; nodemailer's query
 * options such as `?tls.rejectUnauthorized=false` work too). One connection per message, short
 * timeouts: a missing server fails within seconds instead of hanging a job.
 */
export function createMailer(url: string, options: MailerOptions = {}): Mailer {
  const capture = options.capture ?? false;
  const from = options.from ?? env.MAIL_FROM;
  const transport: Transporter<SMTPTransport.SentMessageInfo> = nodemailer.createTransport(
    new SMTPTransport({
      url,
      ...(capture
        ? { ignoreTLS: true, connectionTimeout: 2_000, greetingTimeout: 2_000, socketTimeout: 10_000 }
        : { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 }),
    }),
  );
  const where = serverLabel(url);

  return {
    async send(message) {
      const { to, subject, text, html, headers, icalEvent } = mailMessageSchema.parse(message);
      try {
        const info = await transport.sendMail({ from, to, subject, text, html, headers, ...(icalEvent ? { icalEvent } : {}) });
        return { messageId: info.messageId };
      } catch (error) {
        const code = (error as { code?: string }).code ?? "";
        if (NETWORK_CODES.has(code)) {
          const hint = capture
            ? " Is the mail capture server running? `npm run dev` starts it (or `npm run mail:serve`); set SMTP_URL to send real mail."
            : " Check SMTP_URL (host, port, smtp:// or smtps://) and that this machine may connect to it.";
          throw new MailDeliveryError(`Cannot reach the mail server at ${where} (${code}).${hint}`, error);
        }
        throw new MailDeliveryError(`The mail server at ${where} refused the message: ${(error as Error).message}`, error);
      }
    },
    close: () => transport.close(),
  };
}

// One mailer per process, shared by every module instance Next creates.
const globalForMail = globalThis as unknown as { __pitstopMailer?: Mailer };

/**
 * Sends an e-mail from MAIL_FROM through SMTP_URL, or the local capture server when it is unset
 * (docs/email.md). Takes `to` (address or addresses), `subject`, `text` and `html` (render both with
 * `renderEmail`), optional `headers` and `icalEvent` (a calendar invite); resolves to the accepted Message-ID.
 * Throws a ZodError for an invalid message and `MailDeliveryError` when the server is unreachable
 * or refuses it (jobs let their step retry).
 */
export function sendMail(message: MailMessage): Promise<{ messageId: string }> {
  const mailer = (globalForMail.__pitstopMailer ??= createMailer(mailTransportUrl(), {
    from: env.MAIL_FROM,
    capture: mailMode() === "capture",
  }));
  return mailer.send(message);
}
