import { TRPCError } from "@trpc/server";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "../../src/server/api/root";
import type { SessionUser } from "../../src/server/api/trpc";
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { zonedTime } from "../../src/features/bookings/slots";
import { DEFAULT_VEHICLE_CATEGORY_WORDS } from "../../src/features/catalog/constants";
import { featureInput, featureSetInput } from "../../src/features/catalog/schemas";
import { createFeature, createFeatureSet } from "../../src/features/catalog/server/features";
import { generateVariants } from "../../src/features/catalog/server/variants";

import {
  bayBlocks,
  bookings,
  diagnosisMessages,
  fitments,
  diagnosisSessions,
  messages,
  replyTemplates,
  vehicles,
  workshopBays,
  workshopServices,
} from "../../src/server/db/schema";
import { callerFor } from "../helpers/caller";
import { testDb } from "../helpers/db";
import { createAdmin, createCustomer, createProviderUser, uniqueEmail } from "../factories/accounts";
import { idempotencyKey, warsawDate } from "../factories/bookings";
import {
  createCatalogPart,
  createCatalogProduct,
  createCatalogShop,
  createCatalogVehicle,
  createColourAndSize,
  unique,
} from "../factories/catalog";
import { createWorkshop } from "../factories/workshops";

/**
 * Every procedure × every role: anonymous, a customer, a provider of the workshop in the input,
 * a provider of another workshop, and an admin. A new procedure fails the completeness check
 * until it has a row here.
 */
type Role = "anonymous" | "customer" | "ownProvider" | "otherProvider" | "admin";
type Outcome = "ok" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND";
type World = {
  users: Record<Exclude<Role, "anonymous">, SessionUser>;
  workshopId: string;
  workshopSlug: string;
  vehicleId: string;
  /** The customer's diagnosis session, with one finished answer (so it can be rated). */
  diagnosisSessionId: string;
  /** The customer's conversation with the workshop, and the customer's first message in it. */
  conversationId: string;
  customerMessageId: string;
};
type Caller = ReturnType<typeof callerFor>;
type Row = { call: (api: Caller, world: World) => Promise<unknown>; expect: Record<Role, Outcome> };

const PUBLIC: Record<Role, Outcome> = { anonymous: "ok", customer: "ok", ownProvider: "ok", otherProvider: "ok", admin: "ok" };
const SIGNED_IN: Record<Role, Outcome> = { ...PUBLIC, anonymous: "UNAUTHORIZED" };
const CUSTOMER: Record<Role, Outcome> = {
  anonymous: "UNAUTHORIZED",
  customer: "ok",
  ownProvider: "FORBIDDEN",
  otherProvider: "FORBIDDEN",
  admin: "FORBIDDEN",
};
const STAFF: Record<Role, Outcome> = {
  anonymous: "UNAUTHORIZED",
  customer: "FORBIDDEN",
  ownProvider: "ok",
  otherProvider: "FORBIDDEN",
  admin: "FORBIDDEN",
};
const ADMIN: Record<Role, Outcome> = {
  anonymous: "UNAUTHORIZED",
  customer: "FORBIDDEN",
  ownProvider: "FORBIDDEN",
  otherProvider: "FORBIDDEN",
  admin: "ok",
};

/** Only the session's own customer; everyone else is told it does not exist. */
const SESSION_OWNER: Record<Role, Outcome> = {
  anonymous: "NOT_FOUND",
  customer: "ok",
  ownProvider: "NOT_FOUND",
  otherProvider: "NOT_FOUND",
  admin: "NOT_FOUND",
};
/** The conversation's customer and its workshop's staff; to anyone else it does not exist. */
const PARTICIPANTS: Record<Role, Outcome> = {
  anonymous: "UNAUTHORIZED",
  customer: "ok",
  ownProvider: "ok",
  otherProvider: "NOT_FOUND",
  admin: "NOT_FOUND",
};
/** Participants, but only the workshop's side may do it. */
const STAFF_PARTICIPANT: Record<Role, Outcome> = { ...PARTICIPANTS, customer: "FORBIDDEN" };
/** Participants, but only the customer's side may do it. */
const CUSTOMER_PARTICIPANT: Record<Role, Outcome> = { ...PARTICIPANTS, ownProvider: "FORBIDDEN" };
/** Drivers: customers and guests, not staff or admins. */
const DRIVERS: Record<Role, Outcome> = { ...CUSTOMER, anonymous: "ok" };

const vehicleInput = { make: "Toyota", model: "Corolla", year: 2018, fuel: "petrol" as const, engine: "1.8" };
const profile = {
  name: "Warsztat Macierzy",
  description: "",
  address: "ul. Prosta 1",
  postalCode: "00-950",
  city: "Warszawa",
  lat: 52.23,
  lng: 21.01,
  phone: "+48 600 000 000",
  email: "matrix@test.pitstop",
  website: "",
};
const service = { category: "brakes" as const, name: "Klocki (oś)", priceFrom: 20_000, priceTo: 30_000, durationMinutes: 60 };

async function freshService(workshopId: string) {
  const [row] = await testDb
    .insert(workshopServices)
    .values({ workshopId, ...service })
    .returning({ id: workshopServices.id });
  return row!.id;
}
async function diagnosisSession(customerId: string) {
  const [session] = await testDb
    .insert(diagnosisSessions)
    .values({ customerId, locale: "pl", title: "Macierz" })
    .returning({ id: diagnosisSessions.id });
  await testDb.insert(diagnosisMessages).values([
    { sessionId: session!.id, uiId: "u1", role: "user", parts: [{ type: "text", text: "stuka" }], text: "stuka" },
    { sessionId: session!.id, uiId: "a1", role: "assistant", parts: [{ type: "text", text: "Od kiedy?" }], text: "Od kiedy?" },
  ]);
  return session!.id;
}
/** A pending quote from the workshop in the world's conversation (each answer needs its own). */
async function freshQuote(w: World) {
  const [row] = await testDb.execute<{ seq: number }>(
    sql`update conversations set last_seq = last_seq + 1 where id = ${w.conversationId} returning last_seq as seq`,
  );
  const [quote] = await testDb
    .insert(messages)
    .values({
      conversationId: w.conversationId,
      seq: row!.seq,
      senderId: w.users.ownProvider.id,
      senderSide: "workshop",
      type: "quote",
      quote: {
        items: [{ description: "Klocki", quantity: 1, unitPriceGrosze: 30_000 }],
        totalGrosze: 30_000,
        currency: "PLN",
        validUntil: new Date(Date.now() + 86_400_000).toISOString(),
      },
      quoteStatus: "pending",
    })
    .returning({ id: messages.id });
  return quote!.id;
}
async function freshTemplate(workshopId: string) {
  const [row] = await testDb
    .insert(replyTemplates)
    .values({ workshopId, title: "Macierz", body: "Dzień dobry" })
    .returning({ id: replyTemplates.id });
  return row!.id;
}
async function freshFlagged(w: World) {
  const [row] = await testDb.execute<{ seq: number }>(
    sql`update conversations set last_seq = last_seq + 1 where id = ${w.conversationId} returning last_seq as seq`,
  );
  const [message] = await testDb
    .insert(messages)
    .values({
      conversationId: w.conversationId,
      seq: row!.seq,
      senderId: w.users.customer.id,
      senderSide: "customer",
      type: "text",
      body: "flagged",
      flagged: true,
      flagReason: "test",
      flaggedAt: new Date(),
    })
    .returning({ id: messages.id });
  return message!.id;
}
async function freshVehicle(ownerId: string) {
  const [row] = await testDb
    .insert(vehicles)
    .values({ ownerId, ...vehicleInput })
    .returning({ id: vehicles.id });
  return row!.id;
}

/** Catalogue objects the catalogue rows act on (made once; mutations make their own fresh rows). */
type CatalogWorld = {
  partId: string;
  partSku: string;
  vehicleId: string;
  shopId: string;
  otherId: string;
  valueId: string;
  groupId: string;
  featureId: string;
  setId: string;
};
let catalogWorld: Promise<CatalogWorld> | undefined;
function catalog(): Promise<CatalogWorld> {
  catalogWorld ??= (async () => {
    const [part, vehicle, other, shop, attributes, feature] = await Promise.all([
      createCatalogPart(),
      createCatalogVehicle({ brand: `Macierz${unique()}` }),
      createCatalogProduct({ type: "other" }),
      createCatalogShop(),
      createColourAndSize(["Czerwony"], []),
      createFeature(testDb, featureInput.parse({ name: `Cecha ${unique()}`, slug: `cecha-${unique()}`, type: "text" })),
    ]);
    const set = await createFeatureSet(
      testDb,
      featureSetInput.parse({
        name: `Zestaw ${unique()}`,
        slug: `zestaw-${unique()}`,
        productType: "part",
        items: [{ featureId: feature.id }],
      }),
    );
    return {
      partId: part.id,
      partSku: part.sku,
      vehicleId: vehicle.id,
      shopId: shop.id,
      otherId: other.id,
      valueId: attributes.colourValues[0]!.id,
      groupId: attributes.colour.id,
      featureId: feature.id,
      setId: set.id,
    };
  })();
  return catalogWorld;
}
const ALL_INHERITED = { images: true, prices: true, stock: true, categories: true, features: true };
const freshSlug = (prefix: string) => `${prefix}-${unique()}`;

/** Each call gets its own free hour (the matrix's workshop is open all day with one bay). */
let hourCounter = 0;
function freshTime() {
  const n = hourCounter++;
  return zonedTime(warsawDate(2 + Math.floor(n / 20)), 120 + (n % 20) * 60, "Europe/Warsaw").toISOString();
}
let bookableServiceId: Promise<string> | undefined;
/** A requested booking of the world's customer at the world's workshop. */
async function freshBooking(w: World, status: "requested" | "confirmed" = "requested") {
  const serviceId = await (bookableServiceId ??= freshService(w.workshopId));
  const made = await callerFor(w.users.customer).bookings.create({
    workshopId: w.workshopId,
    serviceId,
    vehicleId: w.vehicleId,
    startsAt: freshTime(),
    idempotencyKey: idempotencyKey(),
  });
  if (!made.ok) throw new Error("matrix: no free time");
  if (status === "confirmed") await testDb.update(bookings).set({ status }).where(eq(bookings.id, made.booking.id));
  return made.booking.id;
}
async function freshProposal(w: World) {
  const serviceId = await (bookableServiceId ??= freshService(w.workshopId));
  const sent = await callerFor(w.users.ownProvider).bookings.propose({
    conversationId: w.conversationId,
    serviceId,
    startsAt: freshTime(),
    clientId: randomUUID(),
  });
  if (!sent.ok) throw new Error("matrix: no free time to propose");
  return sent.message.id;
}
async function freshBay(workshopId: string) {
  const [row] = await testDb
    .insert(workshopBays)
    .values({ workshopId, name: `Macierz ${randomUUID().slice(0, 8)}`, position: 9 })
    .returning({ id: workshopBays.id });
  return row!.id;
}
async function freshBlock(workshopId: string) {
  const startsAt = new Date(freshTime());
  const [row] = await testDb
    .insert(bayBlocks)
    .values({ workshopId, startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000), reason: "macierz" })
    .returning({ id: bayBlocks.id });
  return row!.id;
}

const matrix: Record<string, Row> = {
  "catalog.parts.list": { call: (api) => api.catalog.parts.list({ q: "klocki" }), expect: PUBLIC },
  "catalog.products.bySku": { call: async (api) => api.catalog.products.bySku({ sku: (await catalog()).partSku }), expect: PUBLIC },
  "catalog.products.adminList": { call: (api) => api.catalog.products.adminList({ q: "klocki" }), expect: ADMIN },
  "catalog.products.byId": { call: async (api) => api.catalog.products.byId({ productId: (await catalog()).partId }), expect: ADMIN },
  "catalog.products.create": {
    call: (api) =>
      api.catalog.products.create({
        type: "part",
        sku: freshSlug("MX").toUpperCase(),
        name: "Macierz",
        brand: "Macierz",
        priceGrosze: 100,
      }),
    expect: ADMIN,
  },
  "catalog.products.update": {
    call: async (api) => {
      const part = await createCatalogPart();
      return api.catalog.products.update({
        productId: part.id,
        type: "part",
        sku: part.sku,
        name: "Nowa nazwa",
        brand: part.brand,
        priceGrosze: 200,
      });
    },
    expect: ADMIN,
  },
  "catalog.brands": { call: (api) => api.catalog.brands(), expect: ADMIN },
  "catalog.categoryWords.list": { call: (api) => api.catalog.categoryWords.list(), expect: ADMIN },
  // The migration's list: setting it again changes nothing other test files rely on.
  "catalog.categoryWords.set": {
    call: (api) => api.catalog.categoryWords.set({ words: [...DEFAULT_VEHICLE_CATEGORY_WORDS] }),
    expect: ADMIN,
  },
  "catalog.shops.list": { call: (api) => api.catalog.shops.list(), expect: ADMIN },
  "catalog.shops.create": {
    call: (api) => api.catalog.shops.create({ name: "Macierz", slug: freshSlug("sklep"), allowedBrands: null }),
    expect: ADMIN,
  },
  "catalog.shops.update": {
    call: async (api) => {
      const shop = await createCatalogShop();
      return api.catalog.shops.update({ shopId: shop.id, name: "Zmieniony", slug: shop.slug, allowedBrands: [] });
    },
    expect: ADMIN,
  },
  "catalog.attributes.list": { call: (api) => api.catalog.attributes.list(), expect: ADMIN },
  "catalog.attributes.createGroup": {
    call: (api) => api.catalog.attributes.createGroup({ name: "Materiał", slug: freshSlug("material") }),
    expect: ADMIN,
  },
  "catalog.attributes.updateGroup": {
    call: async (api) =>
      api.catalog.attributes.updateGroup({ groupId: (await catalog()).groupId, name: "Kolor", slug: freshSlug("kolor"), kind: "color" }),
    expect: ADMIN,
  },
  "catalog.attributes.createValue": {
    call: async (api) =>
      api.catalog.attributes.createValue({ groupId: (await catalog()).groupId, value: `Zielony ${unique()}`, colorHex: "#00AA00" }),
    expect: ADMIN,
  },
  "catalog.attributes.updateValue": {
    call: async (api) => api.catalog.attributes.updateValue({ valueId: (await catalog()).valueId, value: "Czerwony", colorHex: "#CC0000" }),
    expect: ADMIN,
  },
  "catalog.attributes.removeValue": {
    call: async (api) => {
      const { colourValues } = await createColourAndSize([`Szary ${unique()}`], []);
      return api.catalog.attributes.removeValue({ valueId: colourValues[0]!.id });
    },
    expect: ADMIN,
  },
  "catalog.variants.generate": {
    call: async (api) => {
      const product = await createCatalogProduct({ type: "other" });
      return api.catalog.variants.generate({ productId: product.id, valueIds: [(await catalog()).valueId] });
    },
    expect: ADMIN,
  },
  "catalog.variants.generateMany": {
    call: async (api) => {
      const products = await Promise.all([createCatalogProduct({ type: "other" }), createCatalogProduct({ type: "other" })]);
      return api.catalog.variants.generateMany({ productIds: products.map((p) => p.id), valueIds: [(await catalog()).valueId] });
    },
    expect: ADMIN,
  },
  "catalog.variants.update": {
    call: async (api) => {
      const product = await createCatalogProduct({ type: "other" });
      const [variant] = (
        await generateVariants(testDb, { productId: product.id, valueIds: [(await catalog()).valueId], inherit: ALL_INHERITED })
      ).created;
      return api.catalog.variants.update({
        variantId: variant!.id,
        inherit: ALL_INHERITED,
        priceGrosze: null,
        stock: null,
        images: [],
        active: true,
      });
    },
    expect: ADMIN,
  },
  "catalog.features.list": { call: (api) => api.catalog.features.list(), expect: ADMIN },
  "catalog.features.create": {
    call: (api) => api.catalog.features.create({ name: "Waga", slug: freshSlug("waga"), type: "number", unit: "kg" }),
    expect: ADMIN,
  },
  "catalog.features.update": {
    call: async (api) =>
      api.catalog.features.update({ featureId: (await catalog()).featureId, name: "Cecha", slug: freshSlug("cecha"), type: "text" }),
    expect: ADMIN,
  },
  "catalog.featureSets.list": { call: (api) => api.catalog.featureSets.list(), expect: ADMIN },
  "catalog.featureSets.create": {
    call: (api) => api.catalog.featureSets.create({ name: "Zestaw", slug: freshSlug("zestaw"), productType: "other", items: [] }),
    expect: ADMIN,
  },
  "catalog.featureSets.update": {
    call: async (api) =>
      api.catalog.featureSets.update({
        setId: (await catalog()).setId,
        name: "Zestaw",
        slug: freshSlug("zestaw"),
        productType: "part",
        items: [],
      }),
    expect: ADMIN,
  },
  "catalog.featureValues.forProduct": {
    call: async (api) => api.catalog.featureValues.forProduct({ productId: (await catalog()).partId, shopId: null }),
    expect: ADMIN,
  },
  "catalog.featureValues.set": {
    call: async (api) => {
      const c = await catalog();
      return api.catalog.featureValues.set({ productId: c.otherId, shopId: c.shopId, values: [{ featureId: c.featureId, values: ["x"] }] });
    },
    expect: ADMIN,
  },
  "catalog.fitment.vehiclesOfPart": {
    call: async (api) => api.catalog.fitment.vehiclesOfPart({ partId: (await catalog()).partId }),
    expect: PUBLIC,
  },
  "catalog.fitment.partsOfVehicle": {
    call: async (api) => api.catalog.fitment.partsOfVehicle({ vehicleId: (await catalog()).vehicleId }),
    expect: PUBLIC,
  },
  "catalog.fitment.setMeta": {
    call: async (api) => {
      const c = await catalog();
      const part = await createCatalogPart();
      await testDb.insert(fitments).values({ shopId: c.shopId, partId: part.id, vehicleId: c.vehicleId, type: "original" });
      return api.catalog.fitment.setMeta({
        shopId: c.shopId,
        partId: part.id,
        vehicleId: c.vehicleId,
        notes: "sprawdzone",
        verified: true,
      });
    },
    expect: ADMIN,
  },
  "catalog.fitment.copyShop": {
    call: async (api) => {
      const c = await catalog();
      const target = await createCatalogShop();
      return api.catalog.fitment.copyShop({ fromShopId: c.shopId, toShopId: target.id, partIds: [c.partId] });
    },
    expect: ADMIN,
  },
  "catalog.matrix.page": {
    call: async (api) => api.catalog.matrix.page({ shopId: (await catalog()).shopId, rowLimit: 10, columnLimit: 10 }),
    expect: ADMIN,
  },
  "catalog.matrix.save": {
    call: async (api) => {
      const c = await catalog();
      const part = await createCatalogPart();
      return api.catalog.matrix.save({
        shopId: c.shopId,
        batchId: randomUUID(),
        changes: [{ partId: part.id, vehicleId: c.vehicleId, from: null, to: "original" }],
      });
    },
    expect: ADMIN,
  },
  "catalog.matrix.history": { call: async (api) => api.catalog.matrix.history({ shopId: (await catalog()).shopId }), expect: ADMIN },
  "bookings.page": { call: (api, w) => api.bookings.page({ slug: w.workshopSlug }), expect: PUBLIC },
  "bookings.slots": {
    call: async (api, w) =>
      api.bookings.slots({
        workshopId: w.workshopId,
        serviceId: await (bookableServiceId ??= freshService(w.workshopId)),
        from: warsawDate(3),
        to: warsawDate(4),
      }),
    expect: PUBLIC,
  },
  "bookings.create": {
    call: async (api, w) =>
      api.bookings.create({
        workshopId: w.workshopId,
        serviceId: await (bookableServiceId ??= freshService(w.workshopId)),
        vehicleId: w.vehicleId,
        startsAt: freshTime(),
        idempotencyKey: idempotencyKey(),
      }),
    expect: CUSTOMER,
  },
  "bookings.mine": { call: (api) => api.bookings.mine({ when: "upcoming" }), expect: CUSTOMER },
  "bookings.byId": { call: async (api, w) => api.bookings.byId({ bookingId: await freshBooking(w) }), expect: CUSTOMER },
  "bookings.reschedule": {
    call: async (api, w) => api.bookings.reschedule({ bookingId: await freshBooking(w), startsAt: freshTime() }),
    expect: CUSTOMER,
  },
  "bookings.cancel": { call: async (api, w) => api.bookings.cancel({ bookingId: await freshBooking(w), reason: "" }), expect: CUSTOMER },
  "bookings.propose": {
    call: async (api, w) =>
      api.bookings.propose({
        conversationId: w.conversationId,
        serviceId: await (bookableServiceId ??= freshService(w.workshopId)),
        startsAt: freshTime(),
        clientId: randomUUID(),
      }),
    expect: STAFF_PARTICIPANT,
  },
  "bookings.respondToProposal": {
    call: async (api, w) => api.bookings.respondToProposal({ messageId: await freshProposal(w), accept: false }),
    expect: CUSTOMER_PARTICIPANT,
  },
  "bookings.staff.calendar": {
    call: (api, w) => api.bookings.staff.calendar({ workshopId: w.workshopId, from: warsawDate(0), to: warsawDate(6) }),
    expect: STAFF,
  },
  "bookings.staff.requests": { call: (api, w) => api.bookings.staff.requests({ workshopId: w.workshopId }), expect: STAFF },
  "bookings.staff.pendingCount": { call: (api, w) => api.bookings.staff.pendingCount({ workshopId: w.workshopId }), expect: STAFF },
  "bookings.staff.byId": {
    call: async (api, w) => api.bookings.staff.byId({ workshopId: w.workshopId, bookingId: await freshBooking(w) }),
    expect: STAFF,
  },
  "bookings.staff.confirm": {
    call: async (api, w) => api.bookings.staff.confirm({ workshopId: w.workshopId, bookingId: await freshBooking(w) }),
    expect: STAFF,
  },
  "bookings.staff.cancel": {
    call: async (api, w) => api.bookings.staff.cancel({ workshopId: w.workshopId, bookingId: await freshBooking(w), reason: "Macierz" }),
    expect: STAFF,
  },
  "bookings.staff.move": {
    call: async (api, w) => api.bookings.staff.move({ workshopId: w.workshopId, bookingId: await freshBooking(w), startsAt: freshTime() }),
    expect: STAFF,
  },
  "bookings.staff.setStatus": {
    call: async (api, w) =>
      api.bookings.staff.setStatus({ workshopId: w.workshopId, bookingId: await freshBooking(w, "confirmed"), status: "no_show" }),
    expect: STAFF,
  },
  "bookings.staff.moveSlots": {
    call: async (api, w) =>
      api.bookings.staff.moveSlots({ workshopId: w.workshopId, bookingId: await freshBooking(w), date: warsawDate(5) }),
    expect: STAFF,
  },
  "bookings.staff.block": {
    call: (api, w) => {
      const startsAt = freshTime();
      return api.bookings.staff.block({
        workshopId: w.workshopId,
        bayId: null,
        startsAt,
        endsAt: new Date(Date.parse(startsAt) + 3_600_000).toISOString(),
        reason: "",
      });
    },
    expect: STAFF,
  },
  "bookings.staff.unblock": {
    call: async (api, w) => api.bookings.staff.unblock({ workshopId: w.workshopId, blockId: await freshBlock(w.workshopId) }),
    expect: STAFF,
  },
  "bookings.staff.settings": { call: (api, w) => api.bookings.staff.settings({ workshopId: w.workshopId }), expect: STAFF },
  "bookings.staff.updateSettings": {
    call: (api, w) =>
      api.bookings.staff.updateSettings({
        workshopId: w.workshopId,
        settings: { slotIntervalMinutes: 30, minNoticeMinutes: 120, horizonDays: 60, cancellationNoticeMinutes: 1440, autoConfirm: false },
      }),
    expect: STAFF,
  },
  "bookings.staff.createBay": {
    call: (api, w) => api.bookings.staff.createBay({ workshopId: w.workshopId, name: `Nowe ${randomUUID().slice(0, 8)}` }),
    expect: STAFF,
  },
  "bookings.staff.updateBay": {
    call: async (api, w) =>
      api.bookings.staff.updateBay({
        workshopId: w.workshopId,
        bayId: await freshBay(w.workshopId),
        name: `Zmienione ${randomUUID().slice(0, 8)}`,
        active: true,
      }),
    expect: STAFF,
  },
  "bookings.staff.setOverride": {
    call: (api, w) => api.bookings.staff.setOverride({ workshopId: w.workshopId, date: warsawDate(300), intervals: [], note: "" }),
    expect: STAFF,
  },
  "bookings.staff.removeOverride": {
    call: (api, w) => api.bookings.staff.removeOverride({ workshopId: w.workshopId, date: warsawDate(301) }),
    expect: STAFF,
  },

  "accounts.register": {
    call: (api) => api.accounts.register({ name: "Nowy Klient", email: uniqueEmail("matrix"), password: "haslo12345" }),
    expect: PUBLIC,
  },
  "accounts.registerWorkshop": {
    call: (api) =>
      api.accounts.registerWorkshop({
        name: "Nowy Mechanik",
        email: uniqueEmail("matrix-ws"),
        password: "haslo12345",
        workshop: { name: "Nowy Warsztat", address: "ul. Nowa 1", postalCode: "30-001", city: "Kraków", phone: "600100200" },
      }),
    expect: PUBLIC,
  },
  "accounts.me": { call: (api) => api.accounts.me(), expect: SIGNED_IN },
  "accounts.updateProfile": { call: (api) => api.accounts.updateProfile({ name: "Ta Sama Osoba", locale: "pl" }), expect: SIGNED_IN },
  "accounts.listUsers": { call: (api) => api.accounts.listUsers({ pageSize: 1 }), expect: ADMIN },

  "diagnosis.start": { call: (api) => api.diagnosis.start({ locale: "pl" }), expect: DRIVERS },
  "diagnosis.byId": { call: (api, w) => api.diagnosis.byId({ sessionId: w.diagnosisSessionId }), expect: SESSION_OWNER },
  "diagnosis.history": { call: (api) => api.diagnosis.history({ limit: 5 }), expect: CUSTOMER },
  "diagnosis.rate": {
    call: (api, w) => api.diagnosis.rate({ sessionId: w.diagnosisSessionId, rating: 4, helpful: true, wouldUseAgain: true }),
    expect: SESSION_OWNER,
  },

  "garage.decodeVin": { call: (api) => api.garage.decodeVin({ vin: "1HGCM82673A123456" }), expect: CUSTOMER },
  "garage.makes": { call: (api) => api.garage.makes(), expect: PUBLIC },
  "garage.models": { call: (api) => api.garage.models({ make: "Toyota" }), expect: PUBLIC },
  "garage.list": { call: (api) => api.garage.list(), expect: CUSTOMER },
  "garage.byId": { call: (api, w) => api.garage.byId({ vehicleId: w.vehicleId }), expect: CUSTOMER },
  "garage.create": { call: (api) => api.garage.create(vehicleInput), expect: CUSTOMER },
  "garage.update": {
    call: (api, w) => api.garage.update({ vehicleId: w.vehicleId, vehicle: { ...vehicleInput, nickname: "Macierz" } }),
    expect: CUSTOMER,
  },
  "garage.remove": {
    call: async (api, w) => api.garage.remove({ vehicleId: await freshVehicle(w.users.customer.id) }),
    expect: CUSTOMER,
  },
  "garage.setDefault": { call: (api, w) => api.garage.setDefault({ vehicleId: w.vehicleId }), expect: CUSTOMER },

  "workshops.search": { call: (api) => api.workshops.search({ city: "Kraków", pageSize: 1 }), expect: PUBLIC },
  "workshops.cities": { call: (api) => api.workshops.cities({ q: "Gda" }), expect: PUBLIC },
  "workshops.bySlug": { call: (api, w) => api.workshops.bySlug({ slug: w.workshopSlug }), expect: PUBLIC },
  "workshops.mine": { call: (api) => api.workshops.mine(), expect: SIGNED_IN },
  "workshops.manage": { call: (api, w) => api.workshops.manage({ workshopId: w.workshopId }), expect: STAFF },
  "workshops.updateProfile": { call: (api, w) => api.workshops.updateProfile({ workshopId: w.workshopId, profile }), expect: STAFF },
  "workshops.saveHours": {
    call: (api, w) => api.workshops.saveHours({ workshopId: w.workshopId, hours: [{ weekday: 1, opensAt: 480, closesAt: 1_020 }] }),
    expect: STAFF,
  },
  "workshops.createService": { call: (api, w) => api.workshops.createService({ workshopId: w.workshopId, service }), expect: STAFF },
  "workshops.updateService": {
    call: async (api, w) => api.workshops.updateService({ workshopId: w.workshopId, serviceId: await freshService(w.workshopId), service }),
    expect: STAFF,
  },
  "workshops.removeService": {
    call: async (api, w) => api.workshops.removeService({ workshopId: w.workshopId, serviceId: await freshService(w.workshopId) }),
    expect: STAFF,
  },
  "workshops.adminList": { call: (api) => api.workshops.adminList({ status: "pending", pageSize: 1 }), expect: ADMIN },
  "workshops.setStatus": { call: (api, w) => api.workshops.setStatus({ workshopId: w.workshopId, status: "active" }), expect: ADMIN },

  "messaging.start": {
    call: (api, w) => api.messaging.start({ workshopId: w.workshopId, body: "Dzień dobry", clientId: randomUUID() }),
    expect: CUSTOMER,
  },
  "messaging.mine": { call: (api) => api.messaging.mine({}), expect: CUSTOMER },
  "messaging.inbox": { call: (api, w) => api.messaging.inbox({ workshopId: w.workshopId }), expect: STAFF },
  "messaging.colleagues": { call: (api, w) => api.messaging.colleagues({ workshopId: w.workshopId }), expect: STAFF },
  "messaging.byId": { call: (api, w) => api.messaging.byId({ conversationId: w.conversationId }), expect: PARTICIPANTS },
  "messaging.messages": { call: (api, w) => api.messaging.messages({ conversationId: w.conversationId }), expect: PARTICIPANTS },
  "messaging.send": {
    call: (api, w) => api.messaging.send({ type: "text", conversationId: w.conversationId, clientId: randomUUID(), body: "Macierz" }),
    expect: PARTICIPANTS,
  },
  "messaging.sendQuote": {
    call: (api, w) =>
      api.messaging.sendQuote({
        conversationId: w.conversationId,
        clientId: randomUUID(),
        validUntil: new Date(Date.now() + 86_400_000),
        items: [{ description: "Klocki", quantity: 1, unitPriceGrosze: 30_000 }],
      }),
    expect: STAFF_PARTICIPANT,
  },
  "messaging.respondToQuote": {
    call: async (api, w) => api.messaging.respondToQuote({ messageId: await freshQuote(w), accept: true }),
    expect: CUSTOMER_PARTICIPANT,
  },
  "messaging.markRead": { call: (api, w) => api.messaging.markRead({ conversationId: w.conversationId, seq: 1 }), expect: PARTICIPANTS },
  "messaging.markDelivered": {
    call: (api, w) => api.messaging.markDelivered({ conversationId: w.conversationId, seq: 1 }),
    expect: PARTICIPANTS,
  },
  "messaging.markAllDelivered": { call: (api) => api.messaging.markAllDelivered(), expect: SIGNED_IN },
  "messaging.unread": { call: (api) => api.messaging.unread(), expect: SIGNED_IN },
  "messaging.edit": {
    call: (api, w) => api.messaging.edit({ messageId: w.customerMessageId, body: "Poprawione" }),
    expect: { ...PARTICIPANTS, ownProvider: "FORBIDDEN" },
  },
  "messaging.deleteForMe": { call: (api, w) => api.messaging.deleteForMe({ messageId: w.customerMessageId }), expect: PARTICIPANTS },
  "messaging.update": {
    call: (api, w) => api.messaging.update({ conversationId: w.conversationId, priority: "high" }),
    expect: STAFF_PARTICIPANT,
  },
  "messaging.archive": {
    call: (api, w) => api.messaging.archive({ conversationId: w.conversationId, archived: false }),
    expect: PARTICIPANTS,
  },
  "messaging.templates.list": { call: (api, w) => api.messaging.templates.list({ workshopId: w.workshopId }), expect: STAFF },
  "messaging.templates.create": {
    call: (api, w) => api.messaging.templates.create({ workshopId: w.workshopId, template: { title: "Macierz", body: "Treść" } }),
    expect: STAFF,
  },
  "messaging.templates.update": {
    call: async (api, w) =>
      api.messaging.templates.update({
        workshopId: w.workshopId,
        templateId: await freshTemplate(w.workshopId),
        template: { title: "Macierz", body: "Nowa treść" },
      }),
    expect: STAFF,
  },
  "messaging.templates.remove": {
    call: async (api, w) => api.messaging.templates.remove({ workshopId: w.workshopId, templateId: await freshTemplate(w.workshopId) }),
    expect: STAFF,
  },
  "messaging.exportMine": { call: (api) => api.messaging.exportMine(), expect: CUSTOMER },
  "messaging.flagged": { call: (api) => api.messaging.flagged({}), expect: ADMIN },
  "messaging.flaggedCount": { call: (api) => api.messaging.flaggedCount(), expect: ADMIN },
  "messaging.review": {
    call: async (api, w) => api.messaging.review({ messageId: await freshFlagged(w), action: "clear" }),
    expect: ADMIN,
  },
  // Last: it erases the customer's messages and closes their conversations.
  "messaging.eraseMine": { call: (api) => api.messaging.eraseMine({ confirm: true }), expect: CUSTOMER },
};

const ROLES: Role[] = ["anonymous", "customer", "ownProvider", "otherProvider", "admin"];
let world: World;

beforeAll(async () => {
  const [customer, ownProvider, otherProvider, admin] = await Promise.all([
    createCustomer(),
    createProviderUser(),
    createProviderUser(),
    createAdmin(),
  ]);
  const { workshop } = await createWorkshop({ owner: ownProvider });
  await createWorkshop({ owner: otherProvider });
  world = {
    users: { customer, ownProvider, otherProvider, admin },
    workshopId: workshop.id,
    workshopSlug: workshop.slug,
    vehicleId: await freshVehicle(customer.id),
    diagnosisSessionId: await diagnosisSession(customer.id),
    conversationId: "",
    customerMessageId: "",
  };
  const started = await callerFor(customer).messaging.start({
    workshopId: workshop.id,
    body: "Dzień dobry, macierz",
    clientId: randomUUID(),
  });
  world.conversationId = started.conversationId;
  world.customerMessageId = started.message.id;
});

describe("authorisation matrix", () => {
  it("covers every procedure of the API", () => {
    expect(Object.keys(appRouter._def.procedures).sort()).toEqual(Object.keys(matrix).sort());
  });

  for (const [path, row] of Object.entries(matrix)) {
    for (const role of ROLES) {
      it(`${path} as ${role} → ${row.expect[role]}`, async () => {
        const api = callerFor(role === "anonymous" ? null : world.users[role]);
        const outcome = await row.call(api, world).then(
          () => "ok" as const,
          (error: unknown) => (error instanceof TRPCError ? error.code : `unexpected: ${String(error)}`),
        );
        expect(outcome).toBe(row.expect[role]);
      });
    }
  }
});
