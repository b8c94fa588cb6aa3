import "server-only";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { env } from "@/env";

/**
 * The read side of the local capture server (scripts/mail-capture-server.mjs), which writes one
 * `<id>.json` file per message into MAIL_CAPTURE_DIR; ids sort by time.
 */

/** A capture id is a plain file name: letters, digits, `-` and `_` only, so never a path. */
const captureId = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/);
const CAPTURE_FILE = /^([A-Za-z0-9_-]{1,100})\.json$/;

/**
 * A part of the message that is not its text or HTML body, as the capture server keeps it: an
 * attached file, or a calendar invite (`text/calendar` with `method`, e.g. "REQUEST"). `content` is
 * the UTF-8 body of text-like parts (invites included), null for binary or large ones.
 */
const capturedAttachment = z.object({
  filename: z.string().nullable(),
  contentType: z.string(),
  size: z.number().int().nonnegative(),
  method: z.string().nullable(),
  content: z.string().nullable(),
});

// The files are only ours by convention: anything may have written into the directory.
const capturedMailFile = z.object({
  id: captureId,
  from: z.string(),
  to: z.string(),
  subject: z.string(),
  date: z.iso.datetime({ offset: true }),
  text: z.string(),
  html: z.string().nullable(),
  // Files written before attachments were kept have none.
  attachments: z.array(capturedAttachment).default([]),
});

export type CapturedMail = z.infer<typeof capturedMailFile>;
export type CapturedAttachment = z.infer<typeof capturedAttachment>;
export type CapturedMailSummary = Pick<CapturedMail, "id" | "to" | "subject" | "date"> & {
  /** The first ~160 characters of the text, whitespace collapsed. */
  preview: string;
};

const defaultDir = () => path.resolve(env.MAIL_CAPTURE_DIR);

async function readCaptureFile(dir: string, id: string): Promise<CapturedMail | null> {
  let raw: string;
  try {
    raw = await readFile(path.join(dir, `${id}.json`), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return null;
  }
  const parsed = capturedMailFile.safeParse(json);
  // The name decides which message this is: a file claiming another id is not it.
  return parsed.success && parsed.data.id === id ? parsed.data : null;
}

function preview(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 160 ? `${flat.slice(0, 159)}…` : flat;
}

/**
 * Captured mail, newest first: at most `limit` (1–500, default 50) summaries. Takes the
 * directory (default MAIL_CAPTURE_DIR); a missing directory is an empty list; files that are not
 * captured messages are skipped.
 */
export async function listCapturedMail({ limit = 50, dir = defaultDir() }: { limit?: number; dir?: string } = {}): Promise<
  CapturedMailSummary[]
> {
  const count = Math.max(1, Math.min(500, Math.floor(limit)));
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const ids = names
    .map((name) => CAPTURE_FILE.exec(name)?.[1])
    .filter((id): id is string => id !== undefined)
    .sort()
    .reverse();
  const out: CapturedMailSummary[] = [];
  // Read in pages of `count` until enough valid messages are found (invalid files are rare).
  for (let start = 0; start < ids.length && out.length < count; start += count) {
    const page = await Promise.all(ids.slice(start, start + count).map((id) => readCaptureFile(dir, id)));
    for (const mail of page) {
      if (mail && out.length < count)
        out.push({ id: mail.id, to: mail.to, subject: mail.subject, date: mail.date, preview: preview(mail.text) });
    }
  }
  return out;
}

/**
 * One captured message by id, or null when there is none (or the id is not a capture id: the
 * check comes before any file access, so `../` and friends never reach the file system).
 */
export async function readCapturedMail(id: string, dir: string = defaultDir()): Promise<CapturedMail | null> {
  const valid = captureId.safeParse(id);
  if (!valid.success) return null;
  return readCaptureFile(dir, valid.data);
}
