import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { FitmentCell } from "../../src/features/catalog/constants";
import { fitments, vehicles } from "../../src/server/db/schema";
import { callerFor } from "../helpers/caller";
import { testDb } from "../helpers/db";
import { createAdmin, createCustomer } from "../factories/accounts";
import {
  createCatalogPart,
  createCatalogProduct,
  createCatalogShop,
  createCatalogVehicle,
  createColourAndSize,
  platformShop,
  unique,
} from "../factories/catalog";

async function codeOf(promise: Promise<unknown>): Promise<string | null> {
  return promise.then(
    () => null,
    (e: unknown) => (e instanceof TRPCError ? `${e.code} ${e.message}` : String(e)),
  );
}

/** The database's own refusal (constraint or trigger name), for writes that bypass the service. */
async function dbRefusal(write: Promise<unknown>): Promise<string> {
  return write.then(
    () => "accepted",
    (e: unknown) => {
      const cause = (e as { cause?: { constraint_name?: string; message?: string } }).cause;
      return cause?.constraint_name ?? cause?.message ?? String(e);
    },
  );
}

class RolledBack extends Error {}

async function adminApi() {
  const admin = await createAdmin();
  return { admin, api: callerFor(admin) };
}

type Api = ReturnType<typeof callerFor>;
const cell = (partId: string, vehicleId: string, from: FitmentCell, to: FitmentCell) => ({ partId, vehicleId, from, to });
const save = (api: Api, shopId: string, changes: ReturnType<typeof cell>[], batchId = randomUUID()) =>
  api.catalog.matrix.save({ shopId, batchId, changes });

describe("products", () => {
  it("give vehicles a fitment name without category words and re-derive it when the words change", async () => {
    const brand = `YCF${unique()}`;
    const vehicle = await createCatalogVehicle({ brand, name: `Pit Bike ${brand} Pilot 125` });
    expect(vehicle.vehicleName).toBe(`${brand} Pilot 125`);
    expect(vehicle.vehicleModel).toBe("Pilot 125");

    // The word list is shared by every test file: change it in a transaction that is rolled back.
    const admin = await createAdmin();
    await testDb
      .transaction(async (tx) => {
        const api = callerFor(admin, { db: tx });
        const words = await api.catalog.categoryWords.list();
        const changed = await api.catalog.categoryWords.set({ words: words.filter((w) => w !== "Pit Bike") });
        expect(changed.renamed).toBeGreaterThanOrEqual(1);
        expect((await api.catalog.products.byId({ productId: vehicle.id })).vehicleName).toBe(`Pit Bike ${brand} Pilot 125`);
        throw new RolledBack();
      })
      .catch((e: unknown) => {
        if (!(e instanceof RolledBack)) throw e;
      });
    expect((await callerFor(admin).catalog.products.byId({ productId: vehicle.id })).vehicleName).toBe(`${brand} Pilot 125`);
  });

  it("refuse a SKU that is taken, whatever its case", async () => {
    const sku = `SKU-${unique()}`;
    await createCatalogPart({ sku });
    const { api } = await adminApi();
    const u = unique();
    expect(
      await codeOf(api.catalog.products.create({ type: "part", sku: sku.toLowerCase(), name: "Dubel", brand: `B${u}`, priceGrosze: 100 })),
    ).toBe("CONFLICT errors.catalog.skuTaken");
  });

  it("cannot change type while they have fitment (the part must stay a part)", async () => {
    const { api } = await adminApi();
    const brand = `Brand${unique()}`;
    const [part, vehicle, shop] = await Promise.all([createCatalogPart(), createCatalogVehicle({ brand }), platformShop()]);
    await save(api, shop.id, [cell(part.id, vehicle.id, null, "original")]);
    const { id: _id, ...rest } = part;
    expect(
      await codeOf(
        api.catalog.products.update({
          productId: part.id,
          type: "other",
          sku: rest.sku,
          name: rest.name,
          brand: rest.brand,
          priceGrosze: rest.priceGrosze,
        }),
      ),
    ).toBe("CONFLICT errors.catalog.typeHasFitment");
  });
});

describe("fitment", () => {
  it("splits a part's vehicles into original and replacement and derives Model as their union", async () => {
    const { api } = await adminApi();
    const brand = `YCF${unique()}`;
    const shop = await createCatalogShop({ allowedBrands: [brand] });
    const part = await createCatalogPart();
    const [v50, v88, v150] = await Promise.all(
      ["50", "88", "150"].map((m) => createCatalogVehicle({ brand, name: `Pit Bike ${brand} ${m}` })),
    );
    const result = await save(api, shop.id, [
      cell(part.id, v50!.id, null, "original"),
      cell(part.id, v88!.id, null, "original"),
      cell(part.id, v150!.id, null, "replacement"),
    ]);
    expect(result).toMatchObject({ ok: true, applied: 3 });

    const fit = await api.catalog.fitment.vehiclesOfPart({ partId: part.id, shopId: shop.id });
    expect(fit.original.map((v) => v.vehicleName)).toEqual([`${brand} 50`, `${brand} 88`]);
    expect(fit.replacement.map((v) => v.vehicleName)).toEqual([`${brand} 150`]);
    expect(fit.model).toEqual([`${brand} 50`, `${brand} 88`, `${brand} 150`]);

    const parts = await api.catalog.fitment.partsOfVehicle({ vehicleId: v150!.id, shopId: shop.id });
    expect(parts.replacement.map((p) => p.sku)).toEqual([part.sku]);
    expect(parts.original).toEqual([]);

    // Fitment is per shop: the storefront has none of it.
    const storefront = await callerFor(null).catalog.fitment.vehiclesOfPart({ partId: part.id });
    expect(storefront.model).toEqual([]);
  });

  it("holds one type per cell: a vehicle is never both original and replacement in a shop", async () => {
    const { api } = await adminApi();
    const brand = `Brand${unique()}`;
    const [part, vehicle, shop] = await Promise.all([createCatalogPart(), createCatalogVehicle({ brand }), createCatalogShop()]);
    await save(api, shop.id, [cell(part.id, vehicle.id, null, "original")]);
    await save(api, shop.id, [cell(part.id, vehicle.id, "original", "replacement")]);
    const fit = await api.catalog.fitment.vehiclesOfPart({ partId: part.id, shopId: shop.id });
    expect(fit.original).toEqual([]);
    expect(fit.replacement.map((v) => v.id)).toEqual([vehicle.id]);
    // The database refuses a second row for the same part, vehicle and shop.
    expect(
      await dbRefusal(testDb.insert(fitments).values({ shopId: shop.id, partId: part.id, vehicleId: vehicle.id, type: "original" })),
    ).toBe("fitments_pkey");
  });

  it("only links parts to vehicles, in the service and in the database", async () => {
    const { api } = await adminApi();
    const [part, otherPart, vehicle, shop] = await Promise.all([
      createCatalogPart(),
      createCatalogPart(),
      createCatalogVehicle({ brand: `B${unique()}` }),
      createCatalogShop(),
    ]);
    expect(await codeOf(save(api, shop.id, [cell(part.id, otherPart.id, null, "original")]))).toBe(
      "BAD_REQUEST errors.catalog.notAVehicle",
    );
    expect(await codeOf(save(api, shop.id, [cell(vehicle.id, vehicle.id, null, "original")]))).toBe("BAD_REQUEST errors.catalog.notAPart");
    expect(
      await dbRefusal(testDb.insert(fitments).values({ shopId: shop.id, partId: part.id, vehicleId: otherPart.id, type: "original" })),
    ).toBe("fitments_vehicle_fk");
  });

  it("follows the shop's brand filter: columns, saves and the database trigger", async () => {
    const { api } = await adminApi();
    const allowed = `Allowed${unique()}`;
    const other = `Other${unique()}`;
    const shop = await createCatalogShop({ allowedBrands: [allowed] });
    const [part, ok, refused] = await Promise.all([
      createCatalogPart(),
      createCatalogVehicle({ brand: allowed }),
      createCatalogVehicle({ brand: other }),
    ]);
    const page = await api.catalog.matrix.page({ shopId: shop.id, rowQuery: part.sku, columnBrands: [allowed, other] });
    expect(page.columns.map((c) => c.id)).toEqual([ok.id]);
    expect(page.columnBrands).not.toContain(other);

    expect(await codeOf(save(api, shop.id, [cell(part.id, refused.id, null, "original")]))).toBe(
      "BAD_REQUEST errors.catalog.brandNotAllowed",
    );
    expect(
      await dbRefusal(testDb.insert(fitments).values({ shopId: shop.id, partId: part.id, vehicleId: refused.id, type: "original" })),
    ).toBe("fitments_brand_allowed");

    const none = await createCatalogShop({ allowedBrands: [] });
    expect((await api.catalog.matrix.page({ shopId: none.id, columnBrands: [allowed] })).totalColumns).toBe(0);
  });

  it("saves all or nothing when another admin changed a cell meanwhile, and reports their value", async () => {
    const first = await adminApi();
    const second = await adminApi();
    const brand = `B${unique()}`;
    const shop = await createCatalogShop();
    const [part, a, b] = await Promise.all([createCatalogPart(), createCatalogVehicle({ brand }), createCatalogVehicle({ brand })]);

    await save(first.api, shop.id, [cell(part.id, a.id, null, "original")]);
    // The second admin loaded the page before that save: both cells were empty for them.
    const result = await save(second.api, shop.id, [cell(part.id, a.id, null, "replacement"), cell(part.id, b.id, null, "original")]);
    expect(result).toEqual({ ok: false, conflicts: [{ partId: part.id, vehicleId: a.id, current: "original" }] });
    const fit = await first.api.catalog.fitment.vehiclesOfPart({ partId: part.id, shopId: shop.id });
    expect(fit.original.map((v) => v.id)).toEqual([a.id]);
    expect(fit.replacement).toEqual([]);
  });

  it("applies a resent batch once and keeps an audit log of who changed what", async () => {
    const { admin, api } = await adminApi();
    const shop = await createCatalogShop();
    const [part, vehicle] = await Promise.all([createCatalogPart(), createCatalogVehicle({ brand: `B${unique()}` })]);
    const batchId = randomUUID();
    const changes = [cell(part.id, vehicle.id, null, "original")];
    expect(await save(api, shop.id, changes, batchId)).toMatchObject({ ok: true, applied: 1, replayed: false });
    expect(await save(api, shop.id, changes, batchId)).toMatchObject({ ok: true, applied: 1, replayed: true });
    await save(api, shop.id, [cell(part.id, vehicle.id, "original", null)]);

    const history = await api.catalog.matrix.history({ shopId: shop.id, partId: part.id });
    expect(history.map((h) => [h.before, h.after, h.actorName])).toEqual([
      ["original", null, admin.name],
      [null, "original", admin.name],
    ]);
    expect(history[1]).toMatchObject({ batchId, partSku: part.sku, vehicleName: vehicle.vehicleName });
  });

  it("saves a 2,000-cell block in one call and shows it in the matrix window", async () => {
    const { api } = await adminApi();
    const brand = `Bulk${unique()}`;
    const shop = await createCatalogShop({ allowedBrands: [brand] });
    const prefix = `BULK-${unique()}`;
    const parts: Awaited<ReturnType<typeof createCatalogPart>>[] = [];
    for (let i = 0; i < 40; i++) parts.push(await createCatalogPart({ sku: `${prefix}-${String(i).padStart(2, "0")}` }));
    const cars: Awaited<ReturnType<typeof createCatalogVehicle>>[] = [];
    for (let i = 0; i < 50; i++) cars.push(await createCatalogVehicle({ brand }));
    const changes = parts.flatMap((p, i) => cars.map((v) => cell(p.id, v.id, null, i % 2 ? "replacement" : "original")));
    expect(await save(api, shop.id, changes)).toMatchObject({ ok: true, applied: 2_000 });

    const page = await api.catalog.matrix.page({ shopId: shop.id, rowQuery: prefix, rowLimit: 40, columnLimit: 50 });
    expect(page.totalRows).toBe(40);
    expect(page.cells).toHaveLength(2_000);
    expect(page.rows[0]!.fitmentCount).toBe(50);
    expect(page.cells.filter(([row, , type]) => row === 1 && type === "replacement")).toHaveLength(50);
  });

  it("copies one shop's fitment to another, skipping brands the target refuses", async () => {
    const { api } = await adminApi();
    const ycf = `YCF${unique()}`;
    const honda = `Honda${unique()}`;
    const from = await createCatalogShop();
    const to = await createCatalogShop({ allowedBrands: [ycf] });
    const [part, a, b, c] = await Promise.all([
      createCatalogPart(),
      createCatalogVehicle({ brand: ycf }),
      createCatalogVehicle({ brand: ycf }),
      createCatalogVehicle({ brand: honda }),
    ]);
    await save(api, from.id, [cell(part.id, a.id, null, "original"), cell(part.id, c.id, null, "replacement")]);
    await save(api, to.id, [cell(part.id, b.id, null, "replacement")]);

    expect(await api.catalog.fitment.copyShop({ fromShopId: from.id, toShopId: to.id, partIds: [part.id], mode: "merge" })).toEqual({
      copied: 1,
      skipped: 1,
      removed: 0,
    });
    let fit = await api.catalog.fitment.vehiclesOfPart({ partId: part.id, shopId: to.id });
    expect(fit.original.map((v) => v.id)).toEqual([a.id]);
    expect(fit.replacement.map((v) => v.id)).toEqual([b.id]);

    expect(await api.catalog.fitment.copyShop({ fromShopId: from.id, toShopId: to.id, partIds: [part.id], mode: "replace" })).toEqual({
      copied: 0,
      skipped: 1,
      removed: 1,
    });
    fit = await api.catalog.fitment.vehiclesOfPart({ partId: part.id, shopId: to.id });
    expect(fit.model).toEqual([a.vehicleName]);
  });
});

describe("variants", () => {
  it("generates 2 colours × 3 sizes = 6 variants with their own SKUs, and a second run only adds what is new", async () => {
    const { api } = await adminApi();
    const { colourValues, sizeValues } = await createColourAndSize(["Czerwony", "Niebieski"], ["S", "M", "L", "XL"]);
    const sku = `KURTKA-${unique()}`;
    const jacket = await createCatalogProduct({ type: "other", sku, name: "Kurtka motocyklowa", priceGrosze: 49_900 });
    const first = await api.catalog.variants.generate({
      productId: jacket.id,
      valueIds: [...colourValues.map((v) => v.id), ...sizeValues.slice(0, 3).map((v) => v.id)],
    });
    expect(first.skipped).toBe(0);
    expect(first.created.map((v) => v.sku).sort()).toEqual(
      ["czerwony-l", "czerwony-m", "czerwony-s", "niebieski-l", "niebieski-m", "niebieski-s"].map((s) => `${sku}-${s}`),
    );
    expect(first.created[0]!.combination.map((c) => c.groupName.split(" ")[0])).toEqual(["Kolor", "Rozmiar"]);

    const second = await api.catalog.variants.generate({
      productId: jacket.id,
      valueIds: [...colourValues.map((v) => v.id), ...sizeValues.map((v) => v.id)],
    });
    expect(second.skipped).toBe(6);
    expect(second.created.map((v) => v.sku).sort()).toEqual([`${sku}-czerwony-xl`, `${sku}-niebieski-xl`]);
    expect((await api.catalog.products.byId({ productId: jacket.id })).variants).toHaveLength(8);
  });

  it("inherit the parent's price, stock and images until told otherwise", async () => {
    const { api } = await adminApi();
    const { colourValues } = await createColourAndSize(["Czarny"], []);
    const parent = await createCatalogProduct({ type: "other", priceGrosze: 19_900, stock: 7, images: ["/parent.jpg"] });
    const [variant] = (await api.catalog.variants.generate({ productId: parent.id, valueIds: [colourValues[0]!.id] })).created;
    expect(variant!.effective).toMatchObject({ priceGrosze: 19_900, stock: 7, images: ["/parent.jpg"] });

    const own = await api.catalog.variants.update({
      variantId: variant!.id,
      inherit: { images: true, prices: false, stock: false, categories: true, features: true },
      priceGrosze: 21_900,
      stock: 2,
      images: [],
      active: true,
    });
    expect(own.effective).toMatchObject({ priceGrosze: 21_900, stock: 2, images: ["/parent.jpg"] });
    const page = await callerFor(null).catalog.products.bySku({ sku: variant!.sku });
    expect(page).toMatchObject({ priceGrosze: 21_900, stock: 2, parent: { id: parent.id } });
  });

  it("refuse variants of variants and unknown values", async () => {
    const { api } = await adminApi();
    const { colourValues } = await createColourAndSize(["Biały"], []);
    const parent = await createCatalogProduct({ type: "other" });
    const [variant] = (await api.catalog.variants.generate({ productId: parent.id, valueIds: [colourValues[0]!.id] })).created;
    expect(await codeOf(api.catalog.variants.generate({ productId: variant!.id, valueIds: [colourValues[0]!.id] }))).toBe(
      "BAD_REQUEST errors.catalog.variantOfVariant",
    );
    expect(await codeOf(api.catalog.variants.generate({ productId: parent.id, valueIds: [randomUUID()] }))).toBe(
      "NOT_FOUND errors.catalog.valueNotFound",
    );
    expect(await codeOf(api.catalog.attributes.removeValue({ valueId: colourValues[0]!.id }))).toBe(
      "BAD_REQUEST errors.catalog.valueInUse",
    );
  });
});

describe("features", () => {
  it("validate by type, keep per-shop overrides over the defaults, and derive Model for parts", async () => {
    const { api } = await adminApi();
    const u = unique();
    const cc = await api.catalog.features.create({
      name: `Pojemność ${u}`,
      slug: `pojemnosc-${u}`,
      type: "number",
      unit: "cc",
      validation: { min: 49, max: 1000 },
    });
    const fuel = await api.catalog.features.create({
      name: `Paliwo ${u}`,
      slug: `paliwo-${u}`,
      type: "select",
      predefinedValues: ["Benzyna", "Elektryczny"],
    });
    const set = await api.catalog.featureSets.create({
      name: `Spalinowe ${u}`,
      slug: `spalinowe-${u}`,
      productType: "vehicle",
      items: [{ featureId: cc.id, required: true, helpText: "Z dowodu rejestracyjnego" }, { featureId: fuel.id }],
    });
    const brand = `YCF${unique()}`;
    const vehicle = await createCatalogVehicle({ brand, featureSetId: set.id });
    const shop = await createCatalogShop();

    expect(
      await codeOf(
        api.catalog.featureValues.set({ productId: vehicle.id, shopId: null, values: [{ featureId: cc.id, values: ["2000"] }] }),
      ),
    ).toBe("BAD_REQUEST errors.catalog.featureOutOfRange");
    expect(
      await codeOf(
        api.catalog.featureValues.set({ productId: vehicle.id, shopId: null, values: [{ featureId: fuel.id, values: ["Diesel"] }] }),
      ),
    ).toBe("BAD_REQUEST errors.catalog.featureOption");

    await api.catalog.featureValues.set({
      productId: vehicle.id,
      shopId: null,
      values: [
        { featureId: cc.id, values: ["125"] },
        { featureId: fuel.id, values: ["Benzyna"] },
      ],
    });
    const inShop = await api.catalog.featureValues.set({
      productId: vehicle.id,
      shopId: shop.id,
      values: [{ featureId: cc.id, values: ["124,5"] }],
    });
    const field = (form: typeof inShop, id: string) => form.fields.find((f) => f.feature.id === id)!;
    expect(field(inShop, cc.id)).toMatchObject({ own: ["124.5"], inherited: ["125"], effective: ["124.5"], required: true });
    expect(field(inShop, fuel.id)).toMatchObject({ own: null, effective: ["Benzyna"] });
    expect(
      await codeOf(api.catalog.featureValues.set({ productId: vehicle.id, shopId: null, values: [{ featureId: cc.id, values: null }] })),
    ).toBe("BAD_REQUEST errors.catalog.featureRequired");

    const part = await createCatalogPart();
    const storefront = await platformShop();
    await save(api, storefront.id, [cell(part.id, vehicle.id, null, "original")]);
    const page = await callerFor(null).catalog.products.bySku({ sku: part.sku });
    expect(page.features.find((f) => f.name === "Model")?.values).toEqual([vehicle.vehicleName]);
  });
});

describe("storefront", () => {
  it("shows a customer which parts fit their car (make, model and year), and filters to them", async () => {
    const { api } = await adminApi();
    const make = `Toyota${unique()}`;
    const shop = await platformShop();
    const corolla = await createCatalogVehicle({
      brand: make,
      name: `Samochód osobowy ${make} Corolla`,
      vehicleModel: "Corolla",
      yearFrom: 2019,
      yearTo: 2024,
    });
    const older = await createCatalogVehicle({
      brand: make,
      name: `Samochód osobowy ${make} Corolla E150`,
      vehicleModel: "Corolla",
      yearFrom: 2007,
      yearTo: 2013,
    });
    const tag = unique();
    const [pads, filter, belt] = await Promise.all([
      createCatalogPart({ name: `Klocki ${tag}` }),
      createCatalogPart({ name: `Filtr ${tag}` }),
      createCatalogPart({ name: `Pasek ${tag}` }),
    ]);
    await save(api, shop.id, [
      cell(pads.id, corolla.id, null, "original"),
      cell(filter.id, corolla.id, null, "replacement"),
      cell(belt.id, older.id, null, "original"),
    ]);

    const customer = await createCustomer();
    await testDb
      .insert(vehicles)
      .values({ ownerId: customer.id, make: make.toUpperCase(), model: "corolla", year: 2021, fuel: "petrol", isDefault: true });
    const list = await callerFor(customer).catalog.parts.list({ q: tag });
    expect(list.car?.catalogueVehicles.map((v) => v.id)).toEqual([corolla.id]);
    expect(Object.fromEntries(list.items.map((p) => [p.id, p.fits]))).toEqual({
      [pads.id]: "original",
      [filter.id]: "replacement",
      [belt.id]: null,
    });

    const only = await callerFor(customer).catalog.parts.list({ q: tag, fitsMyCar: true });
    expect(only.items.map((p) => p.id).sort()).toEqual([pads.id, filter.id].sort());

    const guest = await callerFor(null).catalog.parts.list({ q: tag });
    expect(guest.car).toBeNull();
    expect(guest.items.every((p) => p.fits === null)).toBe(true);
  });

  it("hides inactive products from everyone but admins", async () => {
    const part = await createCatalogPart({ active: false });
    expect(await codeOf(callerFor(null).catalog.products.bySku({ sku: part.sku }))).toBe("NOT_FOUND errors.catalog.productNotFound");
    const { api } = await adminApi();
    expect((await api.catalog.products.bySku({ sku: part.sku })).id).toBe(part.id);
    const rows = await testDb.execute<{ n: number }>(sql`select count(*)::int as n from products where id = ${part.id}`);
    expect(rows[0]!.n).toBe(1);
  });

  it("keeps other shops' fitment for admins", async () => {
    const shop = await createCatalogShop();
    const part = await createCatalogPart();
    expect(await codeOf(callerFor(null).catalog.fitment.vehiclesOfPart({ partId: part.id, shopId: shop.id }))).toBe(
      "FORBIDDEN errors.forbidden",
    );
  });
});

describe("bulk variants", () => {
  it("generate the same combinations for many products in one call", async () => {
    const { api } = await adminApi();
    const { colourValues, sizeValues } = await createColourAndSize(["Czerwony", "Czarny"], ["M", "L"]);
    const products = await Promise.all([1, 2, 3].map(() => createCatalogProduct({ type: "other" })));
    const valueIds = [...colourValues, ...sizeValues].map((v) => v.id);
    const first = await api.catalog.variants.generateMany({ productIds: products.map((p) => p.id), valueIds });
    expect(first).toMatchObject({ skipped: 0 });
    expect(first.createdIds).toHaveLength(12);
    const again = await api.catalog.variants.generateMany({ productIds: products.map((p) => p.id), valueIds });
    expect(again).toEqual({ createdIds: [], skipped: 12 });
  });
});
