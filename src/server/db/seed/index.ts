import "server-only";
import { eq, inArray, like, sql } from "drizzle-orm";
import { hashPassword } from "@/features/accounts/server";
import type { DbOrTx } from "@/server/db/client";
import { users, vehicles, workshopBays, workshopMembers, workshopOpeningHours, workshopServices, workshops } from "@/server/db/schema";
import { seedDemoCatalog, type CatalogSeedSummary } from "./catalog";
import { demoCities } from "./cities";
import { seedDemoMessaging } from "./messaging";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, buildDemoPlan, type DemoPlan } from "./plan";

export {
  DEMO_ACCOUNTS,
  DEMO_EMAIL_DOMAIN,
  DEMO_KRAKOW_WORKSHOP_SLUG,
  DEMO_PASSWORD,
  buildDemoPlan,
  type DemoCity,
  type DemoPlan,
} from "./plan";
export { demoCities } from "./cities";
export { deterministicUuid } from "./uuid";

/** Rows the seed inserted, per kind (0 everywhere when the demo data was already there). */
export type SeedSummary = {
  /** Accounts, all roles. */
  users: number;
  admins: number;
  /** Workshop staff accounts (owners and mechanics). */
  providers: number;
  customers: number;
  /** Active workshops. */
  workshops: number;
  /** Workshops awaiting an admin's approval. */
  pendingWorkshops: number;
  services: number;
  openingHours: number;
  memberships: number;
  vehicles: number;
  /** Quick-reply templates (every new workshop) and demo conversations (the Kraków workshop's). */
  replyTemplates: number;
  conversations: number;
} & CatalogSeedSummary;

/** Postgres has a 65,535-parameter limit per statement; 1,000 rows keeps every table well under it. */
const CHUNK = 1_000;
/** Arbitrary constant: serialises two seeds started at once (app start-up and `npm run db:seed`). */
const SEED_LOCK = 727_002;

async function inChunks<T, R>(rows: readonly T[], insert: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(...(await insert(rows.slice(i, i + CHUNK))));
  return out;
}

/** True when the demo data is loaded (the demo admin account `admin@pitstop.local` exists). */
export async function isDemoSeeded(db: DbOrTx): Promise<boolean> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, DEMO_ACCOUNTS.admin)).limit(1);
  return !!row;
}

/**
 * A slug one of our workshops wants may belong to a workshop someone else made: move ours to the
 * next free `-n` suffix, so it is still inserted.
 */
async function avoidForeignSlugs(tx: DbOrTx, plan: DemoPlan) {
  const ours = new Set(plan.workshops.map((w) => w.id));
  const rows = await tx
    .select({ id: workshops.id, slug: workshops.slug })
    .from(workshops)
    .where(
      inArray(
        workshops.slug,
        plan.workshops.map((w) => w.slug),
      ),
    );
  const foreign = new Set(rows.filter((r) => !ours.has(r.id)).map((r) => r.slug));
  if (!foreign.size) return;
  const planned = new Set(plan.workshops.map((w) => w.slug));
  for (const w of plan.workshops) {
    if (!foreign.has(w.slug)) continue;
    const taken = new Set(
      (
        await tx
          .select({ slug: workshops.slug })
          .from(workshops)
          .where(like(workshops.slug, `${w.slug}-%`))
      ).map((r) => r.slug),
    );
    let n = 2;
    while (taken.has(`${w.slug}-${n}`) || planned.has(`${w.slug}-${n}`)) n++;
    w.slug = `${w.slug}-${n}`;
    planned.add(w.slug);
  }
}

/**
 * Loads the demo data: ~440 active workshops in the 40 largest Polish towns (GeoNames) with
 * services (prices in grosze, durations in minutes) and opening hours, 6 workshops awaiting
 * approval, their owners and some mechanics, an admin, 51 customers with cars whose VINs decode
 * with NHTSA vPIC, quick-reply templates, a few conversations of the Kraków demo workshop, and the
 * parts catalogue (`seedDemoCatalog`: vehicles, 10,000 parts, variants, ~100,000 fitments). Every account's password is `DEMO_PASSWORD`; e-mails end in `@pitstop.local`.
 *
 * Deterministic (seeded; ids are UUIDv5 of natural keys) and idempotent: rows are inserted with
 * `on conflict do nothing`, and children (services, hours, members, vehicles) only for parents
 * inserted by this run, so a second run inserts nothing and never undoes what users changed.
 * All in one transaction. Holds one connection (fine on the single-session PGlite).
 * @returns how many rows of each kind were inserted.
 */
export async function seedDemoData(db: DbOrTx, opts: { log?: (msg: string) => void } = {}): Promise<SeedSummary> {
  const log = opts.log ?? (() => {});
  const started = performance.now();
  const cities = await demoCities(40);
  // argon2id costs ~50 ms: one hash (with one salt) shared by every demo account.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const plan = buildDemoPlan(cities, passwordHash);
  log(
    `Demo plan: ${plan.workshops.length} workshops in ${cities.length} towns, ${plan.services.length} services, ` +
      `${plan.users.length} accounts, ${plan.vehicles.length} vehicles (${Math.round(performance.now() - started)} ms)`,
  );

  const summary = await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK})`);

    const newUsers = await inChunks(plan.users, (chunk) =>
      tx.insert(users).values(chunk).onConflictDoNothing().returning({ id: users.id, role: users.role }),
    );
    const userIds = plan.users.map((u) => u.id);
    const existingUsers = new Set((await tx.select({ id: users.id }).from(users).where(inArray(users.id, userIds))).map((r) => r.id));
    const adminId = plan.users[0]!.id;

    await avoidForeignSlugs(tx, plan);
    const newWorkshops = await inChunks(plan.workshops, (chunk) =>
      tx
        .insert(workshops)
        .values(
          chunk.map((w) =>
            w.status === "active" && existingUsers.has(adminId) ? { ...w, reviewedAt: sql`now()`, reviewedBy: adminId } : w,
          ),
        )
        .onConflictDoNothing()
        .returning({ id: workshops.id, status: workshops.status }),
    );
    const fresh = new Set(newWorkshops.map((w) => w.id));
    const freshUsers = new Set(newUsers.map((u) => u.id));

    const services = await inChunks(
      plan.services.filter((s) => fresh.has(s.workshopId)),
      (chunk) => tx.insert(workshopServices).values(chunk).onConflictDoNothing().returning({ id: workshopServices.id }),
    );
    const hours = await inChunks(
      plan.openingHours.filter((h) => fresh.has(h.workshopId)),
      (chunk) => tx.insert(workshopOpeningHours).values(chunk).onConflictDoNothing().returning({ id: workshopOpeningHours.workshopId }),
    );
    await inChunks(
      plan.bays.filter((b) => fresh.has(b.workshopId)),
      (chunk) => tx.insert(workshopBays).values(chunk).onConflictDoNothing().returning({ id: workshopBays.id }),
    );
    const members = await inChunks(
      plan.members.filter((m) => fresh.has(m.workshopId) && existingUsers.has(m.userId)),
      (chunk) => tx.insert(workshopMembers).values(chunk).onConflictDoNothing().returning({ id: workshopMembers.userId }),
    );
    const cars = await inChunks(
      plan.vehicles.filter((v) => freshUsers.has(v.ownerId)),
      (chunk) => tx.insert(vehicles).values(chunk).onConflictDoNothing().returning({ id: vehicles.id }),
    );
    const messaging = await seedDemoMessaging(tx, new Set(newWorkshops.filter((w) => w.status === "active").map((w) => w.id)));
    const catalogue = await seedDemoCatalog(tx, { adminId: existingUsers.has(adminId) ? adminId : null, log });

    const skippedUsers = plan.users.length - existingUsers.size;
    if (skippedUsers) log(`${skippedUsers} demo e-mails belong to accounts the seed did not make; left alone`);
    return {
      users: newUsers.length,
      admins: newUsers.filter((u) => u.role === "admin").length,
      providers: newUsers.filter((u) => u.role === "provider").length,
      customers: newUsers.filter((u) => u.role === "customer").length,
      workshops: newWorkshops.filter((w) => w.status === "active").length,
      pendingWorkshops: newWorkshops.filter((w) => w.status === "pending").length,
      services: services.length,
      openingHours: hours.length,
      memberships: members.length,
      vehicles: cars.length,
      replyTemplates: messaging.templates,
      conversations: messaging.conversations,
      ...catalogue,
    } satisfies SeedSummary;
  });
  log(`Demo data: inserted in ${Math.round(performance.now() - started)} ms`);
  return summary;
}
