import { SERVICE_CATEGORIES, slugify, type ServiceCategory } from "@/features/workshops/server";
import type { LngLat } from "@/lib/geo";
import type { users, workshopBays, workshopMembers, workshopOpeningHours, workshopServices, workshops } from "@/server/db/schema";
import { CITY_FACTS, formatPostalCode } from "./city-data";
import {
  BRAND_SENTENCES,
  CAR_MAKES,
  EXTRA_SENTENCES,
  HISTORY_SENTENCES,
  MAKE_GROUPS,
  NAME_PATTERNS,
  SPECIALTY,
  SPECIALTY_SENTENCES,
  STREET_NAMES,
  type NamePattern,
} from "./content";
import { carsOf, DEMO_YEAR, pickStems, type VehicleRow } from "./cars";
import { cityRadiusM, jitterInDisc, partOfTown } from "./geo";
import { openingHoursFor, type OpeningInterval } from "./hours";
import { englishPerson, phoneNumber, polishPerson, type Person } from "./people";
import { Rng, fakerFor } from "./random";
import { CATEGORY_SHARE, SERVICE_CATALOGUE, catalogueService, type CatalogueService } from "./services-catalogue";
import { deterministicUuid } from "./uuid";
import { vinStem } from "./vin-stems";

export const DEMO_EMAIL_DOMAIN = "pitstop.local";
/** The one password of every demo account (printed by the seed script, documented in the README). */
export const DEMO_PASSWORD = "pitstop123";
/** Accounts worth remembering. */
export const DEMO_ACCOUNTS = {
  admin: "admin@pitstop.local",
  provider: "warsztat@pitstop.local",
  mechanic: "mechanik@pitstop.local",
  customer: "klient@pitstop.local",
} as const;
/** The memorable provider's workshop: Kraków, offers brakes, ~1.4 km from the Main Square. */
export const DEMO_KRAKOW_WORKSHOP_SLUG = "auto-serwis-pitstop-krakow";
/** Workshops in the largest town; the others get fewer, by √population (at least 4). */
const LARGEST_CITY_WORKSHOPS = 30;
const MIN_CITY_WORKSHOPS = 4;
const PENDING_WORKSHOPS = 6;
const CUSTOMERS = 50;
const SERVICES_MIN = 6;
const SERVICES_MAX = 16;

export type DemoCity = { name: string; lat: number; lng: number; population: number };

type UserRow = typeof users.$inferInsert & { id: string; email: string };
type WorkshopRow = typeof workshops.$inferInsert & { id: string; slug: string; status: "active" | "pending" };
type ServiceRow = typeof workshopServices.$inferInsert & { id: string };
type HoursRow = typeof workshopOpeningHours.$inferInsert;
type MemberRow = typeof workshopMembers.$inferInsert;
type BayRow = typeof workshopBays.$inferInsert & { id: string };

/** Every demo row, ids included, in insertion order (parents before children). */
export type DemoPlan = {
  users: UserRow[];
  workshops: WorkshopRow[];
  services: ServiceRow[];
  openingHours: HoursRow[];
  /** Bays (lifts): one to four per workshop, more where it offers more services. */
  bays: BayRow[];
  /** Members reference users and workshops by id. */
  members: MemberRow[];
  vehicles: VehicleRow[];
};

const pad = (n: number, width: number) => String(n).padStart(width, "0");
const email = (local: string) => `${local}@${DEMO_EMAIL_DOMAIN}`;
const round1 = (x: number) => Math.round(x * 10) / 10;
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** How many active workshops each town gets: by √population, Warszawa ~30, Kraków ~20, never fewer than 4. */
export function workshopsPerCity(cities: readonly DemoCity[]): number[] {
  const largest = Math.max(...cities.map((c) => c.population));
  return cities.map((c) => Math.max(MIN_CITY_WORKSHOPS, Math.round(LARGEST_CITY_WORKSHOPS * Math.sqrt(c.population / largest))));
}

/** Prices rounded the way price lists are: to 10 zł above 200 zł, to 5 zł above 50 zł, else to 1 zł. In grosze. */
export function roundPrice(grosze: number): number {
  const zl = grosze / 100;
  const step = zl >= 200 ? 10 : zl >= 50 ? 5 : 1;
  return Math.max(step, Math.round(zl / step) * step) * 100;
}

/** The catalogue services one workshop offers: 6–16, always diagnostics and oil service, plus what its name promises. */
function pickServices(rng: Rng, forced: readonly ServiceCategory[] = []): CatalogueService[] {
  const categories = new Set<ServiceCategory>(["diagnostics", "oil_service", ...forced]);
  for (const category of SERVICE_CATEGORIES) if (rng.chance(CATEGORY_SHARE[category])) categories.add(category);
  const chosen = new Set<CatalogueService>();
  for (const s of SERVICE_CATALOGUE) {
    if (categories.has(s.category) && (s.core || rng.chance(0.2))) chosen.add(s);
  }
  while (chosen.size < SERVICES_MIN) {
    const more = SERVICE_CATALOGUE.filter((s) => categories.has(s.category) && !chosen.has(s));
    if (more.length) chosen.add(rng.pick(more));
    else {
      const category = rng.weighted(
        SERVICE_CATEGORIES.filter((c) => !categories.has(c)),
        (c) => CATEGORY_SHARE[c],
      );
      categories.add(category);
      for (const s of SERVICE_CATALOGUE) if (s.category === category && s.core) chosen.add(s);
    }
  }
  while (chosen.size > SERVICES_MAX) {
    chosen.delete(rng.pick([...chosen].filter((s) => !s.core)));
  }
  return SERVICE_CATALOGUE.filter((s) => chosen.has(s));
}

function serviceRows(
  rng: Rng,
  workshopKey: string,
  workshopId: string,
  picked: readonly CatalogueService[],
  bigCity: boolean,
): ServiceRow[] {
  // ±20% in total: the workshop's own level (±14%) times a little per service (±5%).
  const level = rng.float(0.86, 1.14) * (bigCity ? 1.1 : 1);
  return picked.map((s) => {
    const factor = level * rng.float(0.95, 1.05);
    const priceFrom = s.regulated ? s.priceFrom : roundPrice(s.priceFrom * factor);
    const priceTo = s.priceTo === null ? null : s.regulated ? s.priceTo : Math.max(priceFrom, roundPrice(s.priceTo * factor));
    const duration =
      s.durationMinutes < 30 ? s.durationMinutes : Math.max(15, Math.round((s.durationMinutes * rng.float(0.9, 1.2)) / 15) * 15);
    return {
      id: deterministicUuid("workshop-service", `${workshopKey}:${s.key}`),
      workshopId,
      category: s.category,
      name: s.name,
      description: s.description,
      priceFrom,
      priceTo,
      currency: "PLN",
      durationMinutes: duration,
    };
  });
}

/** Skewed high like review sites: 3.4–4.9, most around 4.3–4.8; a perfect 5.0 only with few reviews. */
function rating(rng: Rng): { rating: number; ratingCount: number } {
  const ratingCount = 3 + Math.floor(597 * rng.next() ** 2.5);
  const value = round1(4.94 - 1.54 * rng.next() ** 2);
  return { rating: ratingCount < 25 && rng.chance(0.3) ? 5 : value, ratingCount };
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ""));
}

/** 2–3 Polish sentences: history, what the workshop is good at, and brands or a perk. */
function describe(rng: Rng, services: readonly CatalogueService[]): string {
  const founded = rng.int(1978, 2021);
  const years = Math.floor((DEMO_YEAR - founded) / 5) * 5;
  const histories = HISTORY_SENTENCES.filter((s) => !s.includes("{N}") || years >= 10);
  const sentences = [fill(rng.pick(histories), { Y: founded, N: years })];
  const own = [...new Set(services.map((s) => s.category))];
  const special = rng.shuffle(own.filter((c) => c !== "diagnostics" && c !== "oil_service"));
  const [a, b] = special.length >= 2 ? special : [...special, ...rng.shuffle(["diagnostics", "oil_service"] as const)];
  sentences.push(fill(rng.pick(SPECIALTY_SENTENCES), { A: SPECIALTY[a!], B: SPECIALTY[b!] }));
  if (rng.chance(0.8)) {
    const makes = rng.shuffle(CAR_MAKES);
    sentences.push(
      rng.chance(0.6)
        ? fill(rng.pick(BRAND_SENTENCES), { M1: makes[0]!, M2: makes[1]!, M3: makes[2]!, G: rng.pick(MAKE_GROUPS) })
        : rng.pick(EXTRA_SENTENCES),
    );
  }
  return sentences.join(" ");
}

/** Turns names into unique slugs (`slugify`, then -2, -3… on a clash), in the order asked. */
class SlugRegistry {
  private readonly taken = new Set<string>();
  claim(name: string, city: string): string {
    const base = slugify(name.includes(city) ? name : `${name} ${city}`) || "warsztat";
    let slug = base;
    for (let n = 2; this.taken.has(slug); n++) slug = `${base}-${n}`;
    this.taken.add(slug);
    return slug;
  }
}

type WorkshopDraft = {
  key: string;
  city: DemoCity;
  status: "active" | "pending";
  owner: { email: string; person: Person };
  mechanic?: { email: string; person: Person };
};

function buildWorkshop(draft: WorkshopDraft, slugs: SlugRegistry, namesInCity: Set<string>, plan: DemoPlan, passwordHash: string) {
  const { key, city } = draft;
  const rng = Rng.for("workshop", key);
  const facts = CITY_FACTS[city.name];
  const spot = jitterInDisc(city, cityRadiusM(city.population), rng.next(), rng.next(), facts?.land);
  const street = rng.pick(STREET_NAMES);
  const { person } = draft.owner;

  let pattern: NamePattern = NAME_PATTERNS[0]!;
  let name = "";
  for (let attempt = 0; attempt < 20; attempt++) {
    pattern = rng.weighted(NAME_PATTERNS, (p) => p.weight);
    if (pattern.pattern.includes("{U}") && !person.u) continue;
    name = fill(pattern.pattern, {
      S: person.last,
      U: person.u ?? "",
      C: city.name,
      P: partOfTown(spot.distanceM, spot.bearingDeg),
      T: street,
      I: `${person.first[0]}${person.last[0]}`,
    });
    if (!namesInCity.has(name)) break;
  }
  namesInCity.add(name);

  const id = deterministicUuid("workshop", key);
  const picked = pickServices(rng, pattern.forces);
  const active = draft.status === "active";
  plan.workshops.push({
    id,
    slug: slugs.claim(name, city.name),
    name,
    description: describe(rng, picked),
    address: `ul. ${street} ${rng.int(1, 180)}${rng.chance(0.15) ? rng.pick(["a", "b", "c"]) : ""}`,
    postalCode: facts ? formatPostalCode(rng.int(...facts.postal)) : fakerFor("workshop", key).location.zipCode("##-###"),
    city: city.name,
    lat: round6(spot.lat),
    lng: round6(spot.lng),
    phone: phoneNumber(rng, facts && rng.chance(0.5) ? facts.areaCode : undefined),
    email: draft.owner.email,
    timeZone: "Europe/Warsaw",
    status: draft.status,
    ...(active ? rating(rng) : { rating: 0, ratingCount: 0 }),
  });
  plan.services.push(...serviceRows(rng, key, id, picked, facts?.bigCity ?? false));
  plan.openingHours.push(...openingHoursFor(rng, pattern.allDay).map((h) => ({ ...h, workshopId: id })));
  addBays(plan, id, key, Math.min(4, Math.max(1, Math.ceil(picked.length / 3))));
  addStaff(plan, id, draft.owner, "owner", passwordHash, rng);
  if (draft.mechanic) addStaff(plan, id, draft.mechanic, "mechanic", passwordHash, rng);
}

/** Bays named as Polish workshops name them ("Stanowisko 1"…), ids derived from the workshop's key. */
function addBays(plan: DemoPlan, workshopId: string, key: string, count: number) {
  for (let i = 0; i < count; i++) {
    plan.bays.push({ id: deterministicUuid("workshop-bay", `${key}:${i + 1}`), workshopId, name: `Stanowisko ${i + 1}`, position: i });
  }
}

function addStaff(
  plan: DemoPlan,
  workshopId: string,
  staff: { email: string; person: Person },
  role: "owner" | "mechanic",
  passwordHash: string,
  rng: Rng,
) {
  const userId = deterministicUuid("user", staff.email);
  plan.users.push({
    id: userId,
    name: `${staff.person.first} ${staff.person.last}`,
    email: staff.email,
    passwordHash,
    role: "provider",
    locale: rng.chance(0.05) ? "en" : "pl",
    phone: phoneNumber(rng),
  });
  plan.members.push({ workshopId, userId, role });
}

/** The memorable provider's workshop, hand-written so demos and tests can rely on it. */
function buildKrakowWorkshop(slugs: SlugRegistry, plan: DemoPlan, passwordHash: string) {
  const key = "pitstop-krakow";
  const id = deterministicUuid("workshop", key);
  const rng = Rng.for("workshop", key);
  const at: LngLat = { lat: 50.053, lng: 19.952 }; // Zabłocie, ~1.4 km from the Main Square
  plan.workshops.push({
    id,
    slug: slugs.claim("Auto-Serwis Pitstop Kraków", "Kraków"),
    name: "Auto-Serwis Pitstop Kraków",
    description:
      "Rodzinny warsztat działający od 2004 roku, kilka minut od Rynku. Nasza specjalność to naprawa układów hamulcowych oraz zawieszenia – hamulce sprawdzamy na rolkach przy każdej wizycie. Na czas naprawy udostępniamy auto zastępcze.",
    address: "ul. Przemysłowa 12",
    postalCode: "30-701",
    city: "Kraków",
    ...at,
    phone: "+48 12 345 67 89",
    email: DEMO_ACCOUNTS.provider,
    timeZone: "Europe/Warsaw",
    status: "active",
    rating: 4.8,
    ratingCount: 212,
  });
  const picked = [
    "diag-obd",
    "diag-prepurchase",
    "brake-pads",
    "brake-discs-pads",
    "brake-fluid",
    "brake-calipers",
    "oil-change",
    "oil-filters",
    "tyre-change",
    "tyre-wheels",
    "susp-alignment",
    "susp-shocks",
    "ac-service",
    "elec-battery",
  ].map(catalogueService);
  plan.services.push(...serviceRows(rng, key, id, picked, true));
  const week: OpeningInterval[] = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opensAt: 480, closesAt: 1020 }));
  week.push({ weekday: 6, opensAt: 540, closesAt: 840 });
  plan.openingHours.push(...week.map((h) => ({ ...h, workshopId: id })));
  addBays(plan, id, key, 3);
  addStaff(
    plan,
    id,
    { email: DEMO_ACCOUNTS.provider, person: { first: "Tomasz", last: "Wiśniewski", male: true, u: "Tomka" } },
    "owner",
    passwordHash,
    rng,
  );
  addStaff(
    plan,
    id,
    { email: DEMO_ACCOUNTS.mechanic, person: { first: "Piotr", last: "Zieliński", male: true, u: "Piotra" } },
    "mechanic",
    passwordHash,
    rng,
  );
}

/**
 * Every demo row, computed without touching the database: same cities and hash in, same rows out.
 * @param cities the towns to spread active workshops over, largest first (GeoNames, Polish names).
 * @param passwordHash the PHC string shared by every demo account (of `DEMO_PASSWORD`).
 */
export function buildDemoPlan(cities: readonly DemoCity[], passwordHash: string): DemoPlan {
  const plan: DemoPlan = { users: [], workshops: [], services: [], openingHours: [], bays: [], members: [], vehicles: [] };
  const slugs = new SlugRegistry();

  plan.users.push({
    id: deterministicUuid("user", DEMO_ACCOUNTS.admin),
    name: "Administrator Pitstop",
    email: DEMO_ACCOUNTS.admin,
    passwordHash,
    role: "admin",
    locale: "pl",
  });

  buildKrakowWorkshop(slugs, plan, passwordHash);

  const counts = workshopsPerCity(cities);
  let number = 0;
  let mechanics = 0;
  cities.forEach((city, ci) => {
    const names = new Set<string>();
    for (let k = 0; k < counts[ci]!; k++) {
      const key = `warsztat-${pad(++number, 3)}`;
      const rng = Rng.for("staff", key);
      const draft: WorkshopDraft = {
        key,
        city,
        status: "active",
        owner: { email: email(key), person: polishPerson(rng, `owner:${key}`, 0.88) },
      };
      if (rng.chance(0.07)) {
        draft.mechanic = { email: email(`mechanik-${pad(++mechanics, 3)}`), person: polishPerson(rng, `mechanic:${key}`, 0.95) };
      }
      buildWorkshop(draft, slugs, names, plan, passwordHash);
    }
  });

  for (let i = 1; i <= PENDING_WORKSHOPS; i++) {
    const key = `warsztat-nowy-${pad(i, 2)}`;
    const rng = Rng.for("staff", key);
    const city = rng.pick(cities);
    buildWorkshop(
      { key, city, status: "pending", owner: { email: email(key), person: polishPerson(rng, `owner:${key}`, 0.85) } },
      slugs,
      new Set(),
      plan,
      passwordHash,
    );
  }

  const vins = new Set<string>();
  const jan = { id: deterministicUuid("user", DEMO_ACCOUNTS.customer), email: DEMO_ACCOUNTS.customer };
  plan.users.push({ ...jan, name: "Jan Kowalski", passwordHash, role: "customer", locale: "pl", phone: "+48 600 123 456" });
  plan.vehicles.push(...carsOf(jan.email, jan.id, [vinStem("2T1BURHE"), vinStem("3VW2A7AU")], "pl", vins, [null, "Auto żony"]));

  for (let i = 1; i <= CUSTOMERS; i++) {
    const address = email(`klient-${pad(i, 2)}`);
    const rng = Rng.for("customer", address);
    const language = rng.chance(0.15) ? "en" : "pl";
    const person = language === "pl" ? polishPerson(rng, address, 0.55) : englishPerson(rng);
    const id = deterministicUuid("user", address);
    plan.users.push({
      id,
      name: `${person.first} ${person.last}`,
      email: address,
      passwordHash,
      role: "customer",
      locale: language,
      phone: rng.chance(0.7) ? phoneNumber(rng) : null,
    });
    const count = rng.weighted([1, 2, 3] as const, (n) => ({ 1: 55, 2: 30, 3: 15 })[n]);
    plan.vehicles.push(...carsOf(address, id, pickStems(rng, count), language, vins));
  }
  return plan;
}
