import "server-only";
import { and, eq, like, or } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import type { DbOrTx } from "@/server/db";
import { workshopOpeningHours, workshopServices, workshops } from "@/server/db/schema";
import {
  openingHoursSchema,
  workshopProfileSchema,
  workshopServiceSchema,
  type OpeningInterval,
  type WorkshopProfileInput,
  type WorkshopServiceInput,
} from "../schemas";
import { normalisePlaceName } from "./cities";

/** URL slug from a name: "Auto Serwis Łódź" → "auto-serwis-lodz". */
export function slugify(value: string): string {
  return normalisePlaceName(value)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
}

/** A slug not used by another workshop: the name's slug, or it with -2, -3… appended. */
export async function uniqueWorkshopSlug(db: DbOrTx, name: string): Promise<string> {
  const base = slugify(name) || "warsztat";
  const taken = new Set(
    (
      await db
        .select({ slug: workshops.slug })
        .from(workshops)
        .where(or(eq(workshops.slug, base), like(workshops.slug, `${base}-%`)))
    ).map((r) => r.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Updates a workshop's public profile (name, description, address, location in WGS84 degrees, contacts). */
export async function updateWorkshopProfile(db: DbOrTx, workshopId: string, input: WorkshopProfileInput) {
  const data = workshopProfileSchema.parse(input);
  const [row] = await db.update(workshops).set(data).where(eq(workshops.id, workshopId)).returning({ id: workshops.id });
  if (!row) throw new AppError("NOT_FOUND", "errors.notFound");
  return row;
}

/**
 * Replaces the weekly opening hours (minutes from local midnight, ISO weekdays) in one transaction.
 * @throws ZodError with `validation.hours.*` keys for reversed or overlapping intervals.
 */
export async function saveOpeningHours(db: DbOrTx, workshopId: string, intervals: OpeningInterval[]) {
  const data = openingHoursSchema.parse(intervals);
  await db.transaction(async (tx) => {
    await tx.delete(workshopOpeningHours).where(eq(workshopOpeningHours.workshopId, workshopId));
    if (data.length) await tx.insert(workshopOpeningHours).values(data.map((i) => ({ ...i, workshopId })));
  });
  return { count: data.length };
}

/** Adds a service (prices in grosze, duration in minutes). */
export async function createWorkshopService(db: DbOrTx, workshopId: string, input: WorkshopServiceInput) {
  const data = workshopServiceSchema.parse(input);
  const [row] = await db
    .insert(workshopServices)
    .values({ ...data, workshopId })
    .returning();
  return row!;
}

/** @throws AppError NOT_FOUND when the service is not this workshop's. */
export async function updateWorkshopService(db: DbOrTx, workshopId: string, serviceId: string, input: WorkshopServiceInput) {
  const data = workshopServiceSchema.parse(input);
  const [row] = await db
    .update(workshopServices)
    .set(data)
    .where(and(eq(workshopServices.id, serviceId), eq(workshopServices.workshopId, workshopId)))
    .returning();
  if (!row) throw new AppError("NOT_FOUND", "errors.notFound");
  return row;
}

/** @throws AppError NOT_FOUND when the service is not this workshop's. */
export async function removeWorkshopService(db: DbOrTx, workshopId: string, serviceId: string) {
  const [row] = await db
    .delete(workshopServices)
    .where(and(eq(workshopServices.id, serviceId), eq(workshopServices.workshopId, workshopId)))
    .returning({ id: workshopServices.id });
  if (!row) throw new AppError("NOT_FOUND", "errors.notFound");
  return row;
}

/**
 * Admin decision on a workshop: approve (active), reject, suspend or reinstate.
 * @throws AppError NOT_FOUND.
 */
export async function setWorkshopStatus(db: DbOrTx, workshopId: string, status: "active" | "rejected" | "suspended", adminId: string) {
  const [row] = await db
    .update(workshops)
    .set({ status, reviewedAt: new Date(), reviewedBy: adminId })
    .where(eq(workshops.id, workshopId))
    .returning({ id: workshops.id, status: workshops.status });
  if (!row) throw new AppError("NOT_FOUND", "errors.notFound");
  return row;
}
