import { randomUUID } from "node:crypto";
import type { ServiceCategory } from "../../src/features/workshops/schemas";
import { workshopBays, workshopMembers, workshopOpeningHours, workshopServices, workshops } from "../../src/server/db/schema";
import { testDb } from "../helpers/db";
import { createProviderUser } from "./accounts";

/**
 * A random spot in the southern oceans (35–55° S, any longitude but the date line): far from demo
 * data and, with ~60 million km² to pick from, from other tests' searches, so a small-radius search
 * around it sees only what the test made.
 */
export function isolatedSpot() {
  return { lat: -35 - Math.random() * 20, lng: -170 + Math.random() * 340 };
}

/**
 * Where a workshop goes when its test does not say: a band near Antarctica (60–66° S) that no
 * `isolatedSpot` search reaches, so workshops other test files make in parallel never show up in
 * a search that counts its results.
 */
function backgroundSpot() {
  return { lat: -60 - Math.random() * 6, lng: -170 + Math.random() * 340 };
}

/** Moves a point `metres` north and `eastMetres` east (small distances). */
export function offset(p: { lat: number; lng: number }, northMetres: number, eastMetres = 0) {
  const dLat = northMetres / 111_320;
  const dLng = eastMetres / (111_320 * Math.cos((p.lat * Math.PI) / 180));
  return { lat: p.lat + dLat, lng: p.lng + dLng };
}

export type WorkshopOptions = {
  name?: string;
  at?: { lat: number; lng: number };
  status?: "pending" | "active" | "suspended" | "rejected";
  rating?: number;
  ratingCount?: number;
  city?: string;
  services?: {
    category: ServiceCategory;
    priceFrom: number;
    priceTo?: number | null;
    name?: string;
    durationMinutes?: number;
    bufferBeforeMinutes?: number;
    bufferAfterMinutes?: number;
  }[];
  /** Default: open all day every day. */
  hours?: { weekday: number; opensAt: number; closesAt: number }[];
  /** Bays (one vehicle each); default 1. */
  bays?: number;
  /** Owner account to attach; a new provider is made when omitted. */
  owner?: { id: string };
};

/** A workshop with an owner (a new provider account unless given), services and opening hours. */
export async function createWorkshop(options: WorkshopOptions = {}) {
  const owner = options.owner ?? (await createProviderUser());
  const at = options.at ?? backgroundSpot();
  const suffix = randomUUID().slice(0, 8);
  const [workshop] = await testDb
    .insert(workshops)
    .values({
      slug: `test-${suffix}`,
      name: options.name ?? `Test Workshop ${suffix}`,
      address: "ul. Testowa 1",
      postalCode: "00-001",
      city: options.city ?? "Testowo",
      lat: at.lat,
      lng: at.lng,
      phone: "+48 600 000 000",
      email: `${suffix}@test.pitstop`,
      status: options.status ?? "active",
      rating: options.rating ?? 4.5,
      ratingCount: options.ratingCount ?? 10,
    })
    .returning();
  await testDb.insert(workshopMembers).values({ workshopId: workshop!.id, userId: owner.id, role: "owner" });
  const services = options.services ?? [{ category: "brakes", priceFrom: 20_000, priceTo: 40_000 }];
  if (services.length) {
    await testDb.insert(workshopServices).values(
      services.map((s, i) => ({
        workshopId: workshop!.id,
        category: s.category,
        name: s.name ?? `Service ${i + 1}`,
        priceFrom: s.priceFrom,
        priceTo: s.priceTo ?? null,
        durationMinutes: s.durationMinutes ?? 60,
        bufferBeforeMinutes: s.bufferBeforeMinutes ?? 0,
        bufferAfterMinutes: s.bufferAfterMinutes ?? 0,
      })),
    );
  }
  const hours = options.hours ?? [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opensAt: 0, closesAt: 1440 }));
  if (hours.length) await testDb.insert(workshopOpeningHours).values(hours.map((h) => ({ ...h, workshopId: workshop!.id })));
  const bays = await testDb
    .insert(workshopBays)
    .values(Array.from({ length: options.bays ?? 1 }, (_, i) => ({ workshopId: workshop!.id, name: `Bay ${i + 1}`, position: i })))
    .returning();
  return { workshop: workshop!, owner, bays };
}

/** Adds a staff member (mechanic by default) to a workshop. */
export async function addMember(workshopId: string, userId: string, role: "owner" | "mechanic" = "mechanic") {
  await testDb.insert(workshopMembers).values({ workshopId, userId, role });
}
