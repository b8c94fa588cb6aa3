import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { createAdmin, createCustomer, createProviderUser } from "~tests/factories/accounts";
import { callerFor } from "~tests/helpers/caller";

/** VINs with correct check digits that NHTSA vPIC decodes fully. */
const HONDA_ACCORD_2003 = "1HGCM82673A123456";
const TOYOTA_COROLLA_2018 = "2T1BURHEXJC000001";
const TESLA_MODEL_3_2019 = "5YJ3E1EA2KF317000";

async function rejection(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}

async function customer() {
  const user = await createCustomer();
  return { user, api: callerFor(user) };
}

const golf = { make: "Volkswagen", model: "Golf", year: 2015, fuel: "diesel" as const, engine: "2.0 TDI 150 KM", mileageKm: 180_000 };

describe("garage.decodeVin", () => {
  it("decodes a US VIN to make, model, year, fuel and engine", async () => {
    const { api } = await customer();
    const result = await api.garage.decodeVin({ vin: HONDA_ACCORD_2003 });
    expect(result.status).toBe("decoded");
    if (result.status !== "decoded") return;
    expect(result.vehicle).toMatchObject({ make: "Honda", model: "Accord", year: 2003, fuel: "petrol" });
    expect(result.vehicle.engine).toContain("V6");
    expect(result.snapshot).toMatchObject({ source: "nhtsa-vpic", make: "Honda", model: "Accord", year: 2003 });
  });

  it("decodes Canadian-built and electric vehicles, ignoring spaces and case", async () => {
    const { api } = await customer();
    const corolla = await api.garage.decodeVin({ vin: " 2t1burhe xjc000001 " });
    expect(corolla).toMatchObject({
      status: "decoded",
      vin: TOYOTA_COROLLA_2018,
      vehicle: { make: "Toyota", model: "Corolla", year: 2018 },
    });
    const tesla = await api.garage.decodeVin({ vin: TESLA_MODEL_3_2019 });
    expect(tesla).toMatchObject({ status: "decoded", vehicle: { make: "Tesla", model: "Model 3", year: 2019, fuel: "electric" } });
  });

  it("does not throw for European VINs vPIC cannot decode, and prefills the make from the WMI", async () => {
    const { api } = await customer();
    const cases = [
      { vin: "WVWZZZ1JZXW000001", make: "Volkswagen" }, // Z in position 9: no check digit
      { vin: "TMBJJ7NE0H0000001", make: "Škoda" }, // WMI not in vPIC
      { vin: "VF1RFB00X56000001", make: "Renault" }, // WMI known, no model patterns
    ];
    for (const { vin, make } of cases) {
      const result = await api.garage.decodeVin({ vin });
      expect(result.status, vin).toBe("partial");
      if (result.status === "decoded") continue;
      expect(result.reason).toMatch(/^garage\.decode\.reasons\./);
      expect(result.prefill.make).toBe(make);
      // Position 10 of a European VIN is not reliably the model year.
      expect(result.prefill.year).toBeUndefined();
    }
  });

  it("reports a VIN nobody knows as undecodable", async () => {
    const { api } = await customer();
    const result = await api.garage.decodeVin({ vin: "0AB00000000000000" });
    expect(result).toMatchObject({ status: "undecodable", reason: "garage.decode.reasons.notInVpic", prefill: {} });
  });

  it.each([
    ["16 characters", "1HGCM82673A12345", "validation.vin.length"],
    ["18 characters", "1HGCM82673A1234567", "validation.vin.length"],
    ["the letter O", "1HGCM82673A12345O", "validation.vin.characters"],
    ["the letter I", "WVWZZZ1JZXW00000I", "validation.vin.characters"],
    ["a wrong North American check digit", "1HGCM82633A123456", "validation.vin.checkDigit"],
  ])("rejects a VIN with %s", async (_, vin, key) => {
    const { api } = await customer();
    const error = await rejection(api.garage.decodeVin({ vin }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toBe(key);
  });
});

describe("garage.makes and garage.models", () => {
  it("lists well-known makes to anyone, including European ones vPIC lacks", async () => {
    const makes = await callerFor(null).garage.makes();
    expect(makes.length).toBeGreaterThan(100);
    expect(makes.length).toBeLessThan(1000);
    expect(makes).toEqual(expect.arrayContaining(["Toyota", "Volkswagen", "BMW", "Škoda", "Dacia", "SEAT", "Ford"]));
    expect(makes.filter((m) => m.toLowerCase() === "skoda" || m === "Škoda")).toEqual(["Škoda"]);
  });

  it("lists models of a make, ignoring accents and case", async () => {
    const anon = callerFor(null);
    expect(await anon.garage.models({ make: "Honda" })).toEqual(expect.arrayContaining(["Accord", "Civic"]));
    expect(await anon.garage.models({ make: "skoda" })).toEqual(expect.arrayContaining(["Octavia", "Fabia"]));
    expect(await anon.garage.models({ make: "No Such Make" })).toEqual([]);
  });
});

describe("garage vehicles", () => {
  it("creates vehicles; the first becomes the default; the list shows the default first, then newest", async () => {
    const { api } = await customer();
    expect(await api.garage.list()).toEqual([]);

    const first = await api.garage.create({ ...golf, nickname: "  Rodzinny  " });
    expect(first).toMatchObject({ ...golf, vin: null, nickname: "Rodzinny", isDefault: true, decoded: null });

    const second = await api.garage.create({ vin: HONDA_ACCORD_2003, make: "Honda", model: "Accord", year: 2003, fuel: "petrol" });
    expect(second).toMatchObject({ isDefault: false, engine: "", mileageKm: null, nickname: null });
    expect(second.decoded).toMatchObject({ source: "nhtsa-vpic", make: "Honda", model: "Accord", year: 2003 });

    const third = await api.garage.create({ vin: "tmbjj7ne0h0000001", make: "Škoda", model: "Octavia", year: 2017, fuel: "petrol" });
    expect(third).toMatchObject({ vin: "TMBJJ7NE0H0000001", isDefault: false, decoded: null });

    const list = await api.garage.list();
    expect(list.map((v) => v.id)).toEqual([first.id, third.id, second.id]);
    expect(await api.garage.byId({ vehicleId: second.id })).toMatchObject({ id: second.id, make: "Honda" });
  });

  it("keeps what the customer typed even when vPIC says otherwise", async () => {
    const { api } = await customer();
    const vehicle = await api.garage.create({ vin: TOYOTA_COROLLA_2018, make: "Toyota", model: "Corolla XSE", year: 2018, fuel: "hybrid" });
    expect(vehicle).toMatchObject({ model: "Corolla XSE", fuel: "hybrid" });
    expect(vehicle.decoded).toMatchObject({ model: "Corolla" });
  });

  it("refuses the same VIN twice in one garage, but not in another customer's", async () => {
    const { api } = await customer();
    await api.garage.create({ vin: TESLA_MODEL_3_2019, make: "Tesla", model: "Model 3", year: 2019, fuel: "electric" });
    const error = await rejection(
      api.garage.create({ vin: ` ${TESLA_MODEL_3_2019.toLowerCase()}`, make: "Tesla", model: "Model 3", year: 2019, fuel: "electric" }),
    );
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe("errors.garage.duplicateVin");

    const other = await customer();
    await expect(
      other.api.garage.create({ vin: TESLA_MODEL_3_2019, make: "Tesla", model: "Model 3", year: 2019, fuel: "electric" }),
    ).resolves.toMatchObject({ isDefault: true });
  });

  it("validates the vehicle with translatable keys", async () => {
    const { api } = await customer();
    const error = await rejection(
      api.garage.create({
        vin: "1HGCM82633A123456",
        make: "",
        model: "x".repeat(61),
        year: new Date().getFullYear() + 2,
        fuel: "diesel",
        mileageKm: 2_000_001,
      }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toBe("errors.validation");
    const flattened = JSON.stringify(error.cause);
    for (const key of [
      "validation.vin.checkDigit",
      "validation.vehicle.make",
      "validation.vehicle.model",
      "validation.vehicle.year",
      "validation.vehicle.mileage",
    ]) {
      expect(flattened).toContain(key);
    }
    expect(await api.garage.list()).toEqual([]);
  });

  it("updates a vehicle, re-decoding a changed VIN and clearing the snapshot when the VIN is removed", async () => {
    const { api } = await customer();
    const vehicle = await api.garage.create(golf);
    const withVin = await api.garage.update({
      vehicleId: vehicle.id,
      vehicle: { ...golf, vin: HONDA_ACCORD_2003, make: "Honda", model: "Accord", year: 2003, fuel: "petrol", mileageKm: 250_000 },
    });
    expect(withVin).toMatchObject({ vin: HONDA_ACCORD_2003, make: "Honda", mileageKm: 250_000, isDefault: true });
    expect(withVin.decoded).toMatchObject({ make: "Honda" });

    const withoutVin = await api.garage.update({ vehicleId: vehicle.id, vehicle: { ...golf, vin: "" } });
    expect(withoutVin).toMatchObject({ vin: null, decoded: null, make: "Volkswagen" });
  });

  it("refuses to update a vehicle to a VIN already in the garage", async () => {
    const { api } = await customer();
    await api.garage.create({ vin: HONDA_ACCORD_2003, make: "Honda", model: "Accord", year: 2003, fuel: "petrol" });
    const other = await api.garage.create(golf);
    const error = await rejection(api.garage.update({ vehicleId: other.id, vehicle: { ...golf, vin: HONDA_ACCORD_2003 } }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe("errors.garage.duplicateVin");
  });

  it("switches the default vehicle", async () => {
    const { api } = await customer();
    const a = await api.garage.create(golf);
    const b = await api.garage.create({ ...golf, model: "Passat" });
    expect(await api.garage.setDefault({ vehicleId: b.id })).toMatchObject({ id: b.id, isDefault: true });
    const list = await api.garage.list();
    expect(list.map((v) => [v.id, v.isDefault])).toEqual([
      [b.id, true],
      [a.id, false],
    ]);
    // Setting the default again changes nothing.
    await api.garage.setDefault({ vehicleId: b.id });
    expect((await api.garage.list()).filter((v) => v.isDefault).map((v) => v.id)).toEqual([b.id]);
  });

  it("promotes the newest remaining vehicle when the default is removed", async () => {
    const { api } = await customer();
    const first = await api.garage.create(golf);
    const second = await api.garage.create({ ...golf, model: "Passat" });
    const third = await api.garage.create({ ...golf, model: "Polo" });
    expect(await api.garage.remove({ vehicleId: second.id })).toEqual({ id: second.id, newDefaultId: null });
    expect(await api.garage.remove({ vehicleId: first.id })).toEqual({ id: first.id, newDefaultId: third.id });
    expect(await api.garage.list()).toMatchObject([{ id: third.id, isDefault: true }]);
    expect(await api.garage.remove({ vehicleId: third.id })).toEqual({ id: third.id, newDefaultId: null });
    expect(await api.garage.list()).toEqual([]);
  });
});

describe("garage authorisation", () => {
  it("hides another customer's vehicles (NOT_FOUND) and leaves them untouched", async () => {
    const owner = await customer();
    const vehicle = await owner.api.garage.create(golf);
    const intruder = await customer();
    await intruder.api.garage.create({ ...golf, model: "Polo" });

    for (const attempt of [
      () => intruder.api.garage.byId({ vehicleId: vehicle.id }),
      () => intruder.api.garage.update({ vehicleId: vehicle.id, vehicle: { ...golf, model: "Stolen" } }),
      () => intruder.api.garage.remove({ vehicleId: vehicle.id }),
      () => intruder.api.garage.setDefault({ vehicleId: vehicle.id }),
    ]) {
      const error = await rejection(attempt());
      expect(error.code).toBe("NOT_FOUND");
      expect(error.message).toBe("errors.garage.notFound");
    }
    expect((await intruder.api.garage.list()).map((v) => v.model)).toEqual(["Polo"]);
    expect(await owner.api.garage.byId({ vehicleId: vehicle.id })).toMatchObject({ model: "Golf", isDefault: true });
  });

  it("lets only customers use their garage; make and model lists are public", async () => {
    const anonymous = callerFor(null);
    const provider = callerFor(await createProviderUser());
    const admin = callerFor(await createAdmin());
    const { api } = await customer();
    const vehicle = await api.garage.create(golf);
    const id = { vehicleId: vehicle.id };

    const calls = (caller: ReturnType<typeof callerFor>) => [
      () => caller.garage.decodeVin({ vin: HONDA_ACCORD_2003 }),
      () => caller.garage.list(),
      () => caller.garage.byId(id),
      () => caller.garage.create(golf),
      () => caller.garage.update({ ...id, vehicle: golf }),
      () => caller.garage.remove(id),
      () => caller.garage.setDefault(id),
    ];
    for (const [caller, code] of [
      [anonymous, "UNAUTHORIZED"],
      [provider, "FORBIDDEN"],
      [admin, "FORBIDDEN"],
    ] as const) {
      for (const call of calls(caller)) expect((await rejection(call())).code).toBe(code);
      await expect(caller.garage.makes()).resolves.toContain("Toyota");
      await expect(caller.garage.models({ make: "Toyota" })).resolves.toContain("Corolla");
    }
    expect(await api.garage.byId(id)).toMatchObject({ model: "Golf" });
  });
});
