// The local SMTP capture server: accepts every message sent to it and keeps each one as a JSON
// file, so development and tests send real SMTP without a mail provider. scripts/mail-capture.mjs
// runs it next to Next.js; tests start it on a free port. The admin page /admin/mail reads the files.
import { randomBytes } from "node:crypto";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

/** Messages above this are refused with 552, like a real server would. */
export const MAX_MESSAGE_BYTES = 10 * 1024 * 1024;

let sequence = 0;

/**
 * A time-sortable id that is also a safe file name: UTC time to the millisecond, a per-process
 * counter (order within one millisecond), and randomness (several processes, one directory).
 * e.g. "20250501T100000123Z-0001-3fa2c1"
 */
export function newMailId(now = new Date()) {
  const stamp = now.toISOString().replace(/[-:.]/g, "");
  sequence = (sequence + 1) % 36 ** 4;
  return `${stamp}-${sequence.toString(36).padStart(4, "0")}-${randomBytes(3).toString("hex")}`;
}

/** mailparser's address object → "Name <a@b>, c@d"; falls back to the SMTP envelope. */
function addressText(parsed, envelope) {
  const list = Array.isArray(parsed) ? parsed : parsed ? [parsed] : [];
  const text = list
    .map((entry) => entry.text)
    .filter(Boolean)
    .join(", ");
  return text || envelope;
}

/** Attachment bodies kept as text (calendar invites, small text files); others only by name and type. */
const TEXT_ATTACHMENT = /^(text\/|application\/(ics|json|xml)$)/i;
const MAX_KEPT_ATTACHMENT_BYTES = 256 * 1024;

/**
 * mailparser's attachments → `{ filename, contentType, size, method, content }`. mailparser lists
 * every part that is not the text or HTML body, so an invite sent with nodemailer's `icalEvent`
 * shows twice: the `text/calendar; method=REQUEST` alternative (no file name) and the attached
 * `invite.ics`. `method` is the content type's method parameter (calendar parts), `content` the
 * body as UTF-8 for text-like parts up to MAX_KEPT_ATTACHMENT_BYTES, else null.
 */
function attachmentsOf(parsed) {
  return (parsed.attachments ?? []).map((attachment) => {
    const type = attachment.headers?.get("content-type");
    const method = type && typeof type === "object" && type.params?.method ? String(type.params.method).toUpperCase() : null;
    const keep = TEXT_ATTACHMENT.test(attachment.contentType ?? "") && attachment.size <= MAX_KEPT_ATTACHMENT_BYTES;
    return {
      filename: attachment.filename ?? null,
      contentType: attachment.contentType ?? "application/octet-stream",
      size: attachment.size ?? attachment.content?.length ?? 0,
      method,
      content: keep ? attachment.content.toString("utf8") : null,
    };
  });
}

/**
 * Parses one raw message and writes `{ id, from, to, subject, date, text, html, attachments }` to
 * `dir` (temp file, then rename: a reader never sees half a file). Returns the id.
 */
async function capture(raw, session, dir) {
  const parsed = await simpleParser(raw);
  const id = newMailId();
  const envelopeFrom = session.envelope.mailFrom ? session.envelope.mailFrom.address : "";
  const envelopeTo = session.envelope.rcptTo.map((rcpt) => rcpt.address).join(", ");
  const message = {
    id,
    from: addressText(parsed.from, envelopeFrom),
    to: addressText(parsed.to, envelopeTo),
    subject: parsed.subject ?? "",
    date: (parsed.date ?? new Date()).toISOString(),
    text: parsed.text ?? "",
    html: typeof parsed.html === "string" ? parsed.html : null,
    attachments: attachmentsOf(parsed),
  };
  const file = path.join(dir, `${id}.json`);
  const temp = path.join(dir, `.${id}.json.tmp`);
  await writeFile(temp, JSON.stringify(message, null, 2));
  try {
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  return id;
}

/**
 * Starts the capture server on 127.0.0.1:`port` (0: a free port) writing into `dir` (created if
 * missing). Accepts any sender and recipient, no authentication needed, no STARTTLS, 10 MB at most.
 * Resolves to `{ port, stop() }` once listening; rejects with the listen error (e.g. EADDRINUSE).
 * `onCapture(id)` is called after each message is stored.
 */
export async function startMailCapture({ port, dir, host = "127.0.0.1", onCapture }) {
  const target = path.resolve(dir);
  await mkdir(target, { recursive: true });

  const server = new SMTPServer({
    banner: "Pitstop mail capture",
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    size: MAX_MESSAGE_BYTES,
    disableReverseLookup: true,
    logger: false,
    onData(stream, session, callback) {
      const chunks = [];
      let length = 0;
      stream.on("data", (chunk) => {
        length += chunk.length;
        // Keep reading an oversized message to the end (SMTP needs it), but do not keep it.
        if (length <= MAX_MESSAGE_BYTES) chunks.push(chunk);
      });
      stream.on("error", callback);
      stream.on("end", () => {
        if (stream.sizeExceeded) {
          const error = new Error(`Message exceeds the ${MAX_MESSAGE_BYTES} byte limit`);
          error.responseCode = 552;
          callback(error);
          return;
        }
        capture(Buffer.concat(chunks), session, target).then(
          (id) => {
            onCapture?.(id);
            callback(null, `Captured as ${id}`);
          },
          (error) => {
            console.error("Mail capture: could not store a message:", error);
            const failure = new Error("Could not store the message");
            failure.responseCode = 451;
            callback(failure);
          },
        );
      });
    },
  });

  // The SMTPServer re-emits its socket's errors: a listen error (EADDRINUSE) rejects here…
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  // …and later ones (a client dropping the connection) are only worth a log line.
  server.on("error", (error) => console.error("Mail capture:", error.message));

  return {
    port: server.server.address().port,
    dir: target,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
