import "server-only";
import { and, asc, count, desc, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/server/db";
import { workshopMembers, workshopOpeningHours, workshopServices, workshops } from "@/server/db/schema";
import { openAt } from "./search";

export type WorkshopViewer = { userId: string | null; isAdmin: boolean };

/**
 * A workshop's public page: profile, active services (prices in grosze, durations in minutes),
 * weekly opening hours and whether it is open at `now`. Pending, rejected or suspended workshops
 * are visible only to their staff and to admins. Null when not found or not visible.
 */
export async function workshopBySlug(db: DbOrTx, slug: string, viewer: WorkshopViewer, now = new Date()) {
  const [workshop] = await db
    .select({
      id: workshops.id,
      slug: workshops.slug,
      name: workshops.name,
      description: workshops.description,
      address: workshops.address,
      postalCode: workshops.postalCode,
      city: workshops.city,
      lat: workshops.lat,
      lng: workshops.lng,
      phone: workshops.phone,
      email: workshops.email,
      website: workshops.website,
      timeZone: workshops.timeZone,
      status: workshops.status,
      rating: workshops.rating,
      ratingCount: workshops.ratingCount,
      openNow: openAt(now),
    })
    .from(workshops)
    .where(eq(workshops.slug, slug))
    .limit(1);
  if (!workshop) return null;
  if (workshop.status !== "active" && !viewer.isAdmin) {
    if (!viewer.userId) return null;
    const [member] = await db
      .select({ role: workshopMembers.role })
      .from(workshopMembers)
      .where(and(eq(workshopMembers.workshopId, workshop.id), eq(workshopMembers.userId, viewer.userId)))
      .limit(1);
    if (!member) return null;
  }
  const [services, hours] = await Promise.all([
    workshopServiceList(db, workshop.id, { activeOnly: true }),
    openingHoursOf(db, workshop.id),
  ]);
  return { ...workshop, services, hours };
}

/** A workshop's services: prices in grosze, duration and buffers (bay held before/after) in minutes. */
export function workshopServiceList(db: DbOrTx, workshopId: string, opts: { activeOnly: boolean }) {
  return db
    .select({
      id: workshopServices.id,
      category: workshopServices.category,
      name: workshopServices.name,
      description: workshopServices.description,
      priceFrom: workshopServices.priceFrom,
      priceTo: workshopServices.priceTo,
      currency: workshopServices.currency,
      durationMinutes: workshopServices.durationMinutes,
      bufferBeforeMinutes: workshopServices.bufferBeforeMinutes,
      bufferAfterMinutes: workshopServices.bufferAfterMinutes,
      active: workshopServices.active,
    })
    .from(workshopServices)
    .where(and(eq(workshopServices.workshopId, workshopId), opts.activeOnly ? eq(workshopServices.active, true) : undefined))
    .orderBy(asc(workshopServices.category), asc(workshopServices.priceFrom), asc(workshopServices.name));
}

export function openingHoursOf(db: DbOrTx, workshopId: string) {
  return db
    .select({ weekday: workshopOpeningHours.weekday, opensAt: workshopOpeningHours.opensAt, closesAt: workshopOpeningHours.closesAt })
    .from(workshopOpeningHours)
    .where(eq(workshopOpeningHours.workshopId, workshopId))
    .orderBy(asc(workshopOpeningHours.weekday), asc(workshopOpeningHours.opensAt));
}

/** Workshops the user works at, with their role there. */
export function workshopsOfMember(db: DbOrTx, userId: string) {
  return db
    .select({
      id: workshops.id,
      slug: workshops.slug,
      name: workshops.name,
      city: workshops.city,
      status: workshops.status,
      role: workshopMembers.role,
    })
    .from(workshopMembers)
    .innerJoin(workshops, eq(workshops.id, workshopMembers.workshopId))
    .where(eq(workshopMembers.userId, userId))
    .orderBy(asc(workshops.name));
}

/** Everything the dashboard edits for one workshop (all services, including inactive ones). */
export async function workshopForStaff(db: DbOrTx, workshopId: string) {
  const [workshop] = await db.select().from(workshops).where(eq(workshops.id, workshopId)).limit(1);
  if (!workshop) return null;
  const [services, hours] = await Promise.all([workshopServiceList(db, workshopId, { activeOnly: false }), openingHoursOf(db, workshopId)]);
  return { ...workshop, services, hours };
}

/** Admin list of workshops, newest first, filtered by status and name/city. 1-based pages. */
export async function listWorkshopsForAdmin(
  db: DbOrTx,
  input: { status?: "pending" | "active" | "suspended" | "rejected"; q?: string; page: number; pageSize: number },
) {
  const conditions: (SQL | undefined)[] = [
    input.status ? eq(workshops.status, input.status) : undefined,
    input.q ? or(ilike(workshops.name, `%${input.q}%`), ilike(workshops.city, `%${input.q}%`)) : undefined,
  ];
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: workshops.id,
        slug: workshops.slug,
        name: workshops.name,
        city: workshops.city,
        status: workshops.status,
        createdAt: workshops.createdAt,
        owner: sql<string | null>`(select u.email from workshop_members m join users u on u.id = m.user_id
          where m.workshop_id = "workshops"."id" and m.role = 'owner' order by m.created_at limit 1)`,
      })
      .from(workshops)
      .where(where)
      .orderBy(desc(workshops.createdAt), asc(workshops.name))
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize),
    db.select({ value: count() }).from(workshops).where(where),
  ]);
  return { items: rows, total: total?.value ?? 0, page: input.page, pageSize: input.pageSize };
}
