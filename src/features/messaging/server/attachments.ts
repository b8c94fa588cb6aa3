import "server-only";
import { randomUUID } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import type { DbOrTx } from "@/server/db";
import { messageAttachments } from "@/server/db/schema";
import { consume, type LimiterSpec } from "@/server/rate-limit";
import { storage, type FileStorage } from "@/server/storage";
import type { AttachmentView } from "../types";
import { participantOf, type Participant } from "./access";
import { inspectUpload, processImage, sanitizeFileName } from "./attachment-processing";
import { attachmentUrl } from "./queries";

/** Uploads per person: 20 in 10 minutes (each one is processed with sharp). */
export const UPLOAD_LIMIT: LimiterSpec = { name: "messaging-upload", points: 20, durationSeconds: 600 };

/**
 * Stores a file a participant picked for the conversation, before it is sent as a message:
 * type checked by its bytes (images and PDF), at most 5 MB; images are re-encoded (EXIF rotated and
 * stripped, at most 1600 px, plus a 400 px preview). Kept under `conversations/{id}/`.
 * @returns the attachment as the composer shows it; `messaging.send` then sends it by id.
 * @throws AppError TOO_MANY_REQUESTS `errors.messaging.uploadRateLimited` ({seconds}); the checks'
 *   `errors.messaging.attachmentTooLarge` / `attachmentType` / `attachmentUnreadable`;
 *   CONFLICT `errors.messaging.closed`.
 */
export async function saveUpload(
  db: DbOrTx,
  participant: Participant,
  file: { data: Buffer; name: string },
  files: FileStorage = storage(),
): Promise<AttachmentView> {
  if (participant.conversation.status === "closed") throw new AppError("CONFLICT", "errors.messaging.closed");
  const wait = await consume(UPLOAD_LIMIT, participant.user.id);
  if (wait > 0) throw new AppError("TOO_MANY_REQUESTS", "errors.messaging.uploadRateLimited", { seconds: wait });
  const kind = await inspectUpload(file.data, file.name);
  const id = randomUUID();
  const prefix = `conversations/${participant.conversation.id}/${id}`;
  let stored: { data: Buffer; mime: string; width?: number; height?: number; thumb?: Buffer };
  if (kind.kind === "image") {
    const image = await processImage(file.data);
    stored = { data: image.full, mime: image.mime, width: image.width, height: image.height, thumb: image.thumb };
  } else {
    stored = { data: file.data, mime: kind.mime };
  }
  const ext = stored.mime === "application/pdf" ? "pdf" : stored.mime.split("/")[1]!;
  const storageKey = `${prefix}.${ext}`;
  const thumbKey = stored.thumb ? `${prefix}-thumb.${ext}` : null;
  await files.put(storageKey, stored.data, stored.mime);
  if (stored.thumb && thumbKey) await files.put(thumbKey, stored.thumb, stored.mime);
  const baseName = sanitizeFileName(file.name).replace(/\.[^.]+$/, "");
  const name = `${baseName || "attachment"}.${ext}`;
  await db.insert(messageAttachments).values({
    id,
    conversationId: participant.conversation.id,
    uploaderId: participant.user.id,
    storageKey,
    thumbKey,
    name,
    mime: stored.mime,
    size: stored.data.length,
    width: stored.width ?? null,
    height: stored.height ?? null,
  });
  return {
    id,
    name,
    mime: stored.mime,
    size: stored.data.length,
    ...(stored.width ? { width: stored.width, height: stored.height } : {}),
    url: attachmentUrl(id),
    thumbUrl: thumbKey ? attachmentUrl(id, "thumb") : null,
  };
}

/**
 * An attachment's bytes for a participant of its conversation (its uploader before it is sent, both
 * sides after); nobody else learns it exists. Erased messages' files are gone.
 * @returns `{ data, mime, name }` or throws AppError NOT_FOUND `errors.messaging.attachmentNotFound`.
 */
export async function readAttachment(
  db: DbOrTx,
  user: Parameters<typeof participantOf>[1],
  attachmentId: string,
  variant: "full" | "thumb",
  files: FileStorage = storage(),
) {
  const missing = () => new AppError("NOT_FOUND", "errors.messaging.attachmentNotFound");
  const [row] = await db.select().from(messageAttachments).where(eq(messageAttachments.id, attachmentId)).limit(1);
  if (!row) throw missing();
  await participantOf(db, user, row.conversationId).catch(() => {
    throw missing();
  });
  if (!row.messageId && row.uploaderId !== user?.id) throw missing();
  const key = variant === "thumb" && row.thumbKey ? row.thumbKey : row.storageKey;
  const file = await files.get(key);
  if (!file) throw missing();
  return { data: file.data, mime: row.mime, name: row.name };
}

/** Deletes attachments' files and rows (erasure by author or moderator). */
export async function deleteAttachments(db: DbOrTx, ids: string[], files: FileStorage = storage()): Promise<void> {
  if (!ids.length) return;
  const rows = await db.select().from(messageAttachments).where(inArray(messageAttachments.id, ids));
  for (const row of rows) {
    await files.delete(row.storageKey);
    if (row.thumbKey) await files.delete(row.thumbKey);
  }
  await db.delete(messageAttachments).where(inArray(messageAttachments.id, ids));
}
