import { describe, expect, it } from "vitest";
import { BIKE_PARTS, CAR_PARTS, buildCatalogPlan, parseGenerations } from "./catalog-plan";
import { PIT_BIKE_BRANDS } from "./data/catalog-vehicles";
import { DEMO_ACCOUNTS, buildDemoPlan, type DemoCity } from "./plan";
import { deterministicUuid } from "./uuid";
import { VIN_STEMS } from "./vin-stems";

const plan = buildCatalogPlan();
const allProducts = [...plan.vehicles, ...plan.parts, ...plan.others, ...plan.variants];
const byId = new Map(allProducts.map((p) => [p.id, p]));
const asciiKey = (value: string) => value.toLowerCase().replace(/[^a-z0-9]/g, "");

/** Catalogue vehicles a garage car matches: equal make and model keys, year within the vehicle's years. */
const matches = (car: { make: string; model: string; year: number }) =>
  plan.vehicles.filter(
    (v) =>
      v.vehicleMakeKey === asciiKey(car.make) &&
      v.vehicleModelKey === asciiKey(car.model) &&
      v.yearFrom! <= car.year &&
      car.year <= v.yearTo!,
  );

describe("buildCatalogPlan", () => {
  it("is deterministic: the same rows on every call", () => {
    expect(buildCatalogPlan()).toEqual(plan);
  });

  it("has hundreds of vehicles, 10,000 parts, ~60 products with variants and ~100,000 fitments in two shops", () => {
    expect(plan.vehicles.length).toBeGreaterThanOrEqual(500);
    expect(plan.parts).toHaveLength(CAR_PARTS + BIKE_PARTS);
    expect(plan.parts).toHaveLength(10_000);
    expect(plan.others.length).toBeGreaterThanOrEqual(55);
    expect(plan.variants.length).toBeGreaterThanOrEqual(plan.others.length * 3);
    const platform = plan.fitments.filter((f) => f.shop === "platform").length;
    const demo = plan.fitments.filter((f) => f.shop === "demo").length;
    expect(platform + demo).toBeGreaterThanOrEqual(90_000);
    expect(platform + demo).toBeLessThanOrEqual(115_000);
    expect(platform).toBeGreaterThan(60_000);
    expect(demo).toBeGreaterThan(25_000);
    // Pit-bike makers and quads alongside cars.
    for (const brand of ["YCF", "Kayo", "Pitster Pro", "MRF", "Stomp", "Thumpstar", "Apollo", "Toyota", "Skoda", "Dacia"]) {
      expect(plan.vehicles.some((v) => v.brand === brand)).toBe(true);
    }
    expect(plan.vehicles.some((v) => v.name.startsWith("Quad "))).toBe(true);
  });

  it("gives every product a unique id and a unique, valid SKU (case-insensitive, as the database compares them)", () => {
    expect(new Set(allProducts.map((p) => p.id)).size).toBe(allProducts.length);
    expect(new Set(allProducts.map((p) => p.sku.toLowerCase())).size).toBe(allProducts.length);
    for (const p of allProducts) expect(p.sku).toMatch(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/);
    for (const p of plan.parts) expect(p.sku).toMatch(/^[A-Z]{3}-M?\d{6}$/);
  });

  it("names vehicles by category word + fitment name, with vPIC's model and the garage keys", () => {
    for (const v of plan.vehicles) {
      expect(v.name.endsWith(v.vehicleName!)).toBe(true);
      expect(v.name).not.toBe(v.vehicleName);
      expect(v.vehicleName!.startsWith(`${v.brand} `)).toBe(true);
      expect(v.vehicleName).toContain(v.vehicleModel!);
      expect(v.vehicleMakeKey).toBe(asciiKey(v.brand));
      expect(v.vehicleModelKey).toBe(asciiKey(v.vehicleModel!));
      expect(v.yearFrom).toBeLessThanOrEqual(v.yearTo!);
    }
    const corolla = plan.vehicles.find((v) => v.vehicleName === "Toyota Corolla E21 2019–2026")!;
    expect(corolla).toMatchObject({ name: "Samochód osobowy Toyota Corolla E21 2019–2026", vehicleModel: "Corolla", brand: "Toyota" });
    expect(plan.vehicles.find((v) => v.name === "Pit Bike YCF Pilot 125")).toMatchObject({
      vehicleName: "YCF Pilot 125",
      vehicleModel: "Pilot 125",
      vehicleModelKey: "pilot125",
    });
  });

  it("covers every demo customer's car (make + model + year) with a catalogue vehicle", () => {
    const cities: DemoCity[] = [{ name: "Kraków", lat: 50.06143, lng: 19.93658, population: 755_050 }];
    const cars = buildDemoPlan(cities, "unused").vehicles;
    expect(cars.length).toBeGreaterThan(50);
    for (const car of [...cars, ...VIN_STEMS]) expect(matches(car), `${car.make} ${car.model} ${car.year}`).not.toHaveLength(0);
  });

  it("fits at least 30 parts in the storefront to the demo customer's default car", () => {
    const jan = deterministicUuid("user", DEMO_ACCOUNTS.customer);
    const car = buildDemoPlan([{ name: "Kraków", lat: 50.06, lng: 19.94, population: 1 }], "unused").vehicles.find(
      (v) => v.ownerId === jan && v.isDefault,
    )!;
    const vehicles = new Set(matches(car).map((v) => v.id));
    const parts = new Set(plan.fitments.filter((f) => f.shop === "platform" && vehicles.has(f.vehicleId)).map((f) => f.partId));
    expect(parts.size).toBeGreaterThanOrEqual(30);
  });

  it("keeps fitment sane: parts × vehicles of the right kind, OEM as original, the demo shop within its brands", () => {
    const bikeIds = new Set(plan.vehicles.filter((v) => v.sku.startsWith("MOTO-")).map((v) => v.id));
    const allowed = new Set<string>(PIT_BIKE_BRANDS);
    const perPartShop = new Map<string, number>();
    const keys = new Set<string>();
    for (const f of plan.fitments) {
      const part = byId.get(f.partId)!;
      const vehicle = byId.get(f.vehicleId)!;
      expect(part.type).toBe("part");
      expect(vehicle.type).toBe("vehicle");
      // Bike parts (SKU …-M000123) fit bikes, car parts fit cars.
      expect(bikeIds.has(vehicle.id)).toBe(/-M\d{6}$/.test(part.sku));
      expect(f.type).toBe(part.brand === vehicle.brand ? "original" : "replacement");
      if (f.shop === "demo") expect(allowed.has(vehicle.brand)).toBe(true);
      const key = `${f.shop}:${f.partId}`;
      perPartShop.set(key, (perPartShop.get(key) ?? 0) + 1);
      keys.add(`${key}:${f.vehicleId}`);
    }
    expect(keys.size).toBe(plan.fitments.length);
    for (const [key, count] of perPartShop) {
      expect(count, key).toBeLessThanOrEqual(25);
      if (key.startsWith("platform:")) expect(count, key).toBeGreaterThanOrEqual(1);
    }
    const fitted = new Set(plan.fitments.map((f) => f.partId));
    expect(fitted.size).toBe(plan.parts.length);
    expect(plan.fitments.some((f) => f.type === "original")).toBe(true);
  });

  it("prices parts in grosze like a Polish shop, with stock and a few inactive", () => {
    for (const p of plan.parts) {
      expect(p.priceGrosze! % 100).toBe(99);
      expect(p.priceGrosze).toBeGreaterThan(1_000);
      expect(p.priceGrosze).toBeLessThan(400_000);
      expect(p.stock).toBeGreaterThanOrEqual(0);
      expect(p.categories).toHaveLength(2);
    }
    const inactive = plan.parts.filter((p) => p.active === false).length;
    expect(inactive).toBeGreaterThan(0);
    expect(inactive).toBeLessThan(plan.parts.length * 0.05);
    expect(plan.parts.find((p) => p.sku === "BRK-000001")!.name).toMatch(/^Klocki hamulcowe (przód|tył) \S/);
  });

  it("builds variants from one value per attribute group, with combination keys and SKUs from the values", () => {
    const values = new Map(plan.attributeValues.map((v) => [v.id, v]));
    const parents = new Map(plan.others.map((p) => [p.id, p]));
    for (const variant of plan.variants) {
      const parent = parents.get(variant.parentId!)!;
      const rows = plan.variantAttributes.filter((a) => a.variantId === variant.id);
      expect(new Set(rows.map((r) => r.groupId)).size).toBe(rows.length);
      for (const r of rows) expect(values.get(r.valueId)!.groupId).toBe(r.groupId);
      expect(variant.combinationKey).toBe(
        rows
          .map((r) => r.valueId)
          .sort()
          .join("+"),
      );
      expect(variant.sku.startsWith(`${parent.sku}-`)).toBe(true);
      expect(variant.sku.slice(parent.sku.length + 1).split("-").length).toBeGreaterThanOrEqual(rows.length);
      expect(variant.type).toBe("other");
      if (variant.inheritPrices) expect(variant.priceGrosze).toBeNull();
      else expect(variant.priceGrosze).toBeGreaterThan(0);
    }
    const combos = plan.variants.map((v) => `${v.parentId}:${v.combinationKey}`);
    expect(new Set(combos).size).toBe(combos.length);
    expect(plan.variants.some((v) => !v.inheritPrices)).toBe(true);
    for (const v of plan.attributeValues.filter((v) => v.colorHex !== null)) expect(v.colorHex).toMatch(/^#[0-9A-F]{6}$/);
  });

  it("fills feature values of known features, defaults for vehicles and a few overrides for the demo shop", () => {
    const features = new Set(plan.features.map((f) => f.id));
    const sets = new Set(plan.featureSets.map((s) => s.id));
    for (const item of plan.featureSetItems) {
      expect(sets.has(item.setId)).toBe(true);
      expect(features.has(item.featureId)).toBe(true);
    }
    const seen = new Set<string>();
    for (const v of plan.featureValues) {
      expect(features.has(v.featureId)).toBe(true);
      expect(byId.has(v.productId)).toBe(true);
      expect(v.values.length).toBeGreaterThan(0);
      expect([null, plan.shop.id]).toContain(v.shopId);
      const key = `${v.productId}:${v.featureId}:${v.shopId}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
    }
    const vehiclesWithValues = new Set(plan.featureValues.filter((v) => v.shopId === null).map((v) => v.productId));
    for (const v of plan.vehicles) expect(vehiclesWithValues.has(v.id)).toBe(true);
    const overrides = plan.featureValues.filter((v) => v.shopId !== null).length;
    expect(overrides).toBeGreaterThanOrEqual(5);
    expect(overrides).toBeLessThanOrEqual(20);
    expect(plan.featureSets.filter((s) => s.isDefault).map((s) => s.productType)).toEqual(["vehicle", "part", "other"]);
  });
});

describe("parseGenerations", () => {
  it("reads codes and years, the code optional", () => {
    expect(parseGenerations("E12 2001-2007, 2019-2026")).toEqual([
      { code: "E12", yearFrom: 2001, yearTo: 2007 },
      { code: "", yearFrom: 2019, yearTo: 2026 },
    ]);
    expect(() => parseGenerations("E12 2001")).toThrow();
  });
});
