import { randomUUID } from "node:crypto";
import { addDays } from "date-fns";
import { vehicles } from "../../src/server/db/schema";
import { localDate } from "../../src/features/bookings/slots";
import { callerFor } from "../helpers/caller";
import { testDb } from "../helpers/db";
import { createCustomer, createProviderUser } from "./accounts";
import { createWorkshop, type WorkshopOptions } from "./workshops";

/** A car in a customer's garage. */
export async function createVehicle(ownerId: string, patch: Partial<typeof vehicles.$inferInsert> = {}) {
  const [row] = await testDb
    .insert(vehicles)
    .values({ ownerId, make: "Skoda", model: "Octavia", year: 2017, fuel: "diesel", engine: "2.0 TDI", isDefault: true, ...patch })
    .returning();
  return row!;
}

/** A customer with a car, and their API. */
export async function createDriver(name = "Anna Kowalska") {
  const user = await createCustomer({ name });
  const vehicle = await createVehicle(user.id);
  return { user, vehicle, api: callerFor(user) };
}

export const idempotencyKey = () => `bk-${randomUUID()}`;

/** Local date `days` from today in Warsaw (the factories' workshops use Europe/Warsaw). */
export const warsawDate = (days: number, now = new Date()) => localDate(addDays(now, days), "Europe/Warsaw");

/**
 * A bookable workshop: open 08:00–16:00 every day (Warsaw), a 60-minute service, one bay unless
 * told otherwise, and the owner's API.
 */
export async function createBookableWorkshop(options: Omit<WorkshopOptions, "owner"> = {}) {
  const owner = await createProviderUser({ name: "Tomasz Wiśniewski" });
  const made = await createWorkshop({
    owner,
    hours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opensAt: 480, closesAt: 960 })),
    services: [{ category: "brakes", priceFrom: 32_000, priceTo: 45_000, name: "Wymiana klocków", durationMinutes: 60 }],
    ...options,
  });
  const ownerApi = callerFor(owner);
  const settings = await ownerApi.bookings.staff.settings({ workshopId: made.workshop.id });
  return { ...made, owner, service: settings.services[0]!, ownerApi };
}
