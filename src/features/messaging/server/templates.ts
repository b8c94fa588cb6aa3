import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import type { DbOrTx } from "@/server/db";
import { replyTemplates } from "@/server/db/schema";

/** A workshop may keep this many quick replies. */
export const MAX_TEMPLATES = 50;

const notFound = () => new AppError("NOT_FOUND", "errors.messaging.templateNotFound");

/** A workshop's quick-reply templates (seed 004), alphabetically. */
export function listTemplates(db: DbOrTx, workshopId: string) {
  return db
    .select({ id: replyTemplates.id, title: replyTemplates.title, body: replyTemplates.body })
    .from(replyTemplates)
    .where(eq(replyTemplates.workshopId, workshopId))
    .orderBy(asc(replyTemplates.title));
}

/**
 * Adds a quick reply for the whole workshop. @returns `{ id }`.
 * @throws AppError CONFLICT `errors.messaging.tooManyTemplates` past 50.
 */
export async function createTemplate(db: DbOrTx, workshopId: string, userId: string, template: { title: string; body: string }) {
  const existing = await listTemplates(db, workshopId);
  if (existing.length >= MAX_TEMPLATES) throw new AppError("CONFLICT", "errors.messaging.tooManyTemplates", { max: MAX_TEMPLATES });
  const [row] = await db
    .insert(replyTemplates)
    .values({ workshopId, createdBy: userId, ...template })
    .returning({ id: replyTemplates.id });
  return { id: row!.id };
}

/** Changes a quick reply of this workshop. @throws AppError NOT_FOUND `errors.messaging.templateNotFound`. */
export async function updateTemplate(db: DbOrTx, workshopId: string, templateId: string, template: { title: string; body: string }) {
  const updated = await db
    .update(replyTemplates)
    .set(template)
    .where(and(eq(replyTemplates.id, templateId), eq(replyTemplates.workshopId, workshopId)))
    .returning({ id: replyTemplates.id });
  if (!updated.length) throw notFound();
  return { ok: true as const };
}

/** Removes a quick reply of this workshop. @throws AppError NOT_FOUND `errors.messaging.templateNotFound`. */
export async function removeTemplate(db: DbOrTx, workshopId: string, templateId: string) {
  const removed = await db
    .delete(replyTemplates)
    .where(and(eq(replyTemplates.id, templateId), eq(replyTemplates.workshopId, workshopId)))
    .returning({ id: replyTemplates.id });
  if (!removed.length) throw notFound();
  return { ok: true as const };
}
