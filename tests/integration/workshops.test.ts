import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { searchWorkshops } from "../../src/features/workshops/server/search";
import { callerFor } from "../helpers/caller";
import { testDb } from "../helpers/db";
import { createAdmin, createCustomer, createProviderUser } from "../factories/accounts";
import { addMember, createWorkshop, isolatedSpot, offset } from "../factories/workshops";

const anon = () => callerFor(null);

async function expectCode(promise: Promise<unknown>, code: TRPCError["code"], message?: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe(code);
  if (message) expect((error as TRPCError).message).toBe(message);
}

describe("workshop search", () => {
  it("lists workshops within the radius nearest first, with distances in metres", async () => {
    const here = isolatedSpot();
    const far = await createWorkshop({ name: "Far", at: offset(here, 8_000) });
    const near = await createWorkshop({ name: "Near", at: offset(here, 1_000) });
    const middle = await createWorkshop({ name: "Middle", at: offset(here, 0, 4_000) });
    await createWorkshop({ name: "Outside", at: offset(here, 30_000) });

    const result = await anon().workshops.search({ near: here, radiusM: 10_000 });

    expect(result.items.map((w) => w.name)).toEqual(["Near", "Middle", "Far"]);
    expect(result.items[0]!.distanceM).toBeCloseTo(1_000, -2);
    expect(result.total).toBe(3);
    expect(result.pins.map((p) => p.id).sort()).toEqual([near.workshop.id, middle.workshop.id, far.workshop.id].sort());
    expect(result.sort).toBe("distance");
  });

  it("filters by service category, minimum rating and name", async () => {
    const here = isolatedSpot();
    await createWorkshop({ name: "Brakes A", at: offset(here, 500), rating: 4.8, services: [{ category: "brakes", priceFrom: 15_000 }] });
    await createWorkshop({ name: "Tyres B", at: offset(here, 600), rating: 4.9, services: [{ category: "tyres", priceFrom: 10_000 }] });
    await createWorkshop({ name: "Brakes C", at: offset(here, 700), rating: 3.2, services: [{ category: "brakes", priceFrom: 12_000 }] });

    const brakes = await anon().workshops.search({ near: here, radiusM: 5_000, category: "brakes" });
    expect(brakes.items.map((w) => w.name)).toEqual(["Brakes A", "Brakes C"]);

    const good = await anon().workshops.search({ near: here, radiusM: 5_000, category: "brakes", minRating: 4 });
    expect(good.items.map((w) => w.name)).toEqual(["Brakes A"]);

    const named = await anon().workshops.search({ near: here, radiusM: 5_000, q: "tyres" });
    expect(named.items.map((w) => w.name)).toEqual(["Tyres B"]);
  });

  it("sorts by rating and by the lowest price in the chosen category", async () => {
    const here = isolatedSpot();
    await createWorkshop({ name: "Cheap", at: offset(here, 900), rating: 3.9, services: [{ category: "oil_service", priceFrom: 9_900 }] });
    await createWorkshop({ name: "Best", at: offset(here, 800), rating: 5, services: [{ category: "oil_service", priceFrom: 25_000 }] });
    await createWorkshop({
      name: "Closest",
      at: offset(here, 100),
      rating: 4.2,
      services: [{ category: "oil_service", priceFrom: 15_000 }],
    });

    const byRating = await anon().workshops.search({ near: here, radiusM: 5_000, sort: "rating" });
    expect(byRating.items.map((w) => w.name)).toEqual(["Best", "Closest", "Cheap"]);

    const byPrice = await anon().workshops.search({ near: here, radiusM: 5_000, sort: "price", category: "oil_service" });
    expect(byPrice.items.map((w) => [w.name, w.priceFrom])).toEqual([
      ["Cheap", 9_900],
      ["Closest", 15_000],
      ["Best", 25_000],
    ]);
  });

  it("knows which workshops are open now in their own time zone", async () => {
    const here = isolatedSpot();
    await createWorkshop({ name: "Always open", at: offset(here, 100) });
    await createWorkshop({ name: "Never open", at: offset(here, 200), hours: [] });
    // Tuesday 2026-11-24 09:30 in Warsaw is 08:30 UTC.
    await createWorkshop({
      name: "Weekdays 8-17",
      at: offset(here, 300),
      hours: [2].map((weekday) => ({ weekday, opensAt: 480, closesAt: 1_020 })),
    });

    const all = await searchWorkshops(testDb, { near: here, radiusM: 2_000 }, new Date("2026-11-24T08:30:00Z"));
    expect(Object.fromEntries(all.items.map((w) => [w.name, w.openNow]))).toEqual({
      "Always open": true,
      "Never open": false,
      "Weekdays 8-17": true,
    });
    const open = await searchWorkshops(testDb, { near: here, radiusM: 2_000, openNow: true }, new Date("2026-11-24T16:30:00Z"));
    expect(open.items.map((w) => w.name)).toEqual(["Always open"]);
  });

  it("pages through results and says when there are more", async () => {
    const here = isolatedSpot();
    for (let i = 1; i <= 5; i++) await createWorkshop({ name: `W${i}`, at: offset(here, i * 100) });
    const first = await anon().workshops.search({ near: here, radiusM: 2_000, pageSize: 2 });
    const third = await anon().workshops.search({ near: here, radiusM: 2_000, pageSize: 2, page: 3 });
    expect(first.items.map((w) => w.name)).toEqual(["W1", "W2"]);
    expect(first.hasMore).toBe(true);
    expect(third.items.map((w) => w.name)).toEqual(["W5"]);
    expect(third.hasMore).toBe(false);
  });

  it("hides pending, rejected and suspended workshops", async () => {
    const here = isolatedSpot();
    await createWorkshop({ name: "Pending", at: offset(here, 100), status: "pending" });
    await createWorkshop({ name: "Suspended", at: offset(here, 200), status: "suspended" });
    const result = await anon().workshops.search({ near: here, radiusM: 2_000 });
    expect(result.items).toEqual([]);
  });

  it("searches near a Polish city by name, with or without diacritics", async () => {
    const result = await anon().workshops.search({ city: "krakow", radiusM: 5_000, pageSize: 1 });
    expect(result.origin).toMatchObject({ label: "Kraków" });
    expect(result.origin!.lat).toBeCloseTo(50.06, 1);
    await expectCode(anon().workshops.search({ city: "Atlantyda" }), "NOT_FOUND", "errors.workshops.unknownCity");
  });

  it("suggests cities as you type", async () => {
    const cities = await anon().workshops.cities({ q: "Wro" });
    expect(cities[0]).toMatchObject({ name: "Wrocław" });
    const warsaw = await anon().workshops.cities({ q: "warsz" });
    expect(warsaw[0]).toMatchObject({ name: "Warszawa" });
  });

  it("rejects a malformed search with a translatable validation error", async () => {
    await expectCode(anon().workshops.search({ near: { lat: 120, lng: 0 } }), "BAD_REQUEST", "errors.validation");
  });
});

describe("workshop page", () => {
  it("shows an active workshop with its services and hours to anyone", async () => {
    const { workshop } = await createWorkshop({
      services: [
        { category: "brakes", priceFrom: 20_000, priceTo: 35_000, name: "Klocki" },
        { category: "diagnostics", priceFrom: 15_000, name: "Diagnoza" },
      ],
    });
    const page = await anon().workshops.bySlug({ slug: workshop.slug });
    expect(page.name).toBe(workshop.name);
    // Grouped by category in the filter order (diagnostics first).
    expect(page.services.map((s) => [s.name, s.priceFrom, s.priceTo])).toEqual([
      ["Diagnoza", 15_000, null],
      ["Klocki", 20_000, 35_000],
    ]);
    expect(page.hours).toHaveLength(7);
    expect(page.openNow).toBe(true);
  });

  it("shows a pending workshop only to its staff and to admins", async () => {
    const { workshop, owner } = await createWorkshop({ status: "pending" });
    await expectCode(anon().workshops.bySlug({ slug: workshop.slug }), "NOT_FOUND");
    await expectCode(callerFor(await createCustomer()).workshops.bySlug({ slug: workshop.slug }), "NOT_FOUND");
    await expect(
      callerFor({ ...(await createProviderUser()), id: owner.id }).workshops.bySlug({ slug: workshop.slug }),
    ).resolves.toMatchObject({ status: "pending" });
    await expect(callerFor(await createAdmin()).workshops.bySlug({ slug: workshop.slug })).resolves.toMatchObject({ id: workshop.id });
  });
});

describe("workshop dashboard", () => {
  it("lets the owner edit the profile, hours and services", async () => {
    const owner = await createProviderUser();
    const { workshop } = await createWorkshop({ owner });
    const api = callerFor(owner);
    const workshopId = workshop.id;

    await api.workshops.updateProfile({
      workshopId,
      profile: {
        name: "Nowa Nazwa",
        description: "Opis",
        address: "ul. Długa 5",
        postalCode: "31-147",
        city: "Kraków",
        lat: 50.07,
        lng: 19.94,
        phone: "+48 600 100 200",
        email: "Kontakt@Example.com",
        website: "",
      },
    });
    await api.workshops.saveHours({ workshopId, hours: [{ weekday: 1, opensAt: 480, closesAt: 960 }] });
    const created = await api.workshops.createService({
      workshopId,
      service: { category: "tyres", name: "Wymiana opon", priceFrom: 12_000, priceTo: 16_000, durationMinutes: 45 },
    });
    await api.workshops.updateService({
      workshopId,
      serviceId: created.id,
      service: { category: "tyres", name: "Wymiana opon 4 szt.", priceFrom: 14_000, priceTo: null, durationMinutes: 60 },
    });

    const managed = await api.workshops.manage({ workshopId });
    expect(managed).toMatchObject({ name: "Nowa Nazwa", email: "kontakt@example.com", website: null, myRole: "owner" });
    expect(managed.hours).toEqual([{ weekday: 1, opensAt: 480, closesAt: 960 }]);
    expect(managed.services.find((s) => s.id === created.id)).toMatchObject({
      name: "Wymiana opon 4 szt.",
      priceFrom: 14_000,
      priceTo: null,
    });

    await api.workshops.removeService({ workshopId, serviceId: created.id });
    expect((await api.workshops.manage({ workshopId })).services.some((s) => s.id === created.id)).toBe(false);
  });

  it("rejects overlapping hours and a price range upside down, and keeps the old data", async () => {
    const owner = await createProviderUser();
    const { workshop } = await createWorkshop({ owner });
    const api = callerFor(owner);
    await expectCode(
      api.workshops.saveHours({
        workshopId: workshop.id,
        hours: [
          { weekday: 2, opensAt: 480, closesAt: 780 },
          { weekday: 2, opensAt: 720, closesAt: 1_020 },
        ],
      }),
      "BAD_REQUEST",
    );
    expect((await api.workshops.manage({ workshopId: workshop.id })).hours).toHaveLength(7);
    await expectCode(
      api.workshops.createService({
        workshopId: workshop.id,
        service: { category: "brakes", name: "Zła cena", priceFrom: 500, priceTo: 100, durationMinutes: 30 },
      }),
      "BAD_REQUEST",
    );
  });

  it("lets a mechanic read but not edit, and keeps other workshops out", async () => {
    const { workshop } = await createWorkshop();
    const mechanic = await createProviderUser();
    await addMember(workshop.id, mechanic.id, "mechanic");
    await expect(callerFor(mechanic).workshops.manage({ workshopId: workshop.id })).resolves.toMatchObject({ myRole: "mechanic" });
    await expectCode(callerFor(mechanic).workshops.saveHours({ workshopId: workshop.id, hours: [] }), "FORBIDDEN", "errors.ownerOnly");

    const other = await createProviderUser();
    await createWorkshop({ owner: other });
    await expectCode(callerFor(other).workshops.manage({ workshopId: workshop.id }), "FORBIDDEN");
  });

  it("does not let an owner edit another workshop's service by id", async () => {
    const a = await createWorkshop();
    const b = await createWorkshop();
    const [serviceOfB] = (
      await callerFor({ ...(await createProviderUser()), id: b.owner.id }).workshops.manage({ workshopId: b.workshop.id })
    ).services;
    const ownerA = { ...(await createProviderUser()), id: a.owner.id };
    await expectCode(callerFor(ownerA).workshops.removeService({ workshopId: a.workshop.id, serviceId: serviceOfB!.id }), "NOT_FOUND");
  });
});

describe("workshop approval", () => {
  it("makes a pending workshop searchable once an admin approves it", async () => {
    const here = isolatedSpot();
    const { workshop } = await createWorkshop({ status: "pending", at: here });
    const admin = callerFor(await createAdmin());
    const pending = await admin.workshops.adminList({ status: "pending", q: workshop.name });
    expect(pending.items.map((w) => w.id)).toContain(workshop.id);

    await admin.workshops.setStatus({ workshopId: workshop.id, status: "active" });
    const found = await anon().workshops.search({ near: here, radiusM: 1_000 });
    expect(found.items.map((w) => w.id)).toEqual([workshop.id]);

    await admin.workshops.setStatus({ workshopId: workshop.id, status: "suspended" });
    expect((await anon().workshops.search({ near: here, radiusM: 1_000 })).items).toEqual([]);
  });
});
