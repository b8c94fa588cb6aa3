import { describe, expect, it } from "vitest";
import { serviceFormDefaults, serviceFormSchema } from "./service-form-schema";

const valid = {
  category: "brakes",
  name: "Wymiana klocków hamulcowych",
  description: "",
  priceFrom: "250",
  priceTo: "399,99",
  durationMinutes: "90",
  bufferBeforeMinutes: "10",
  bufferAfterMinutes: "",
  active: true,
};

const messages = (input: unknown) => {
  const result = serviceFormSchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("serviceFormSchema", () => {
  it("turns złoty and minutes text into the router's input", () => {
    expect(serviceFormSchema.parse(valid)).toEqual({
      category: "brakes",
      name: "Wymiana klocków hamulcowych",
      description: "",
      priceFrom: 25_000,
      priceTo: 39_999,
      durationMinutes: 90,
      bufferBeforeMinutes: 10,
      bufferAfterMinutes: 0,
      active: true,
    });
  });

  it("treats an empty upper price as a fixed price", () => {
    expect(serviceFormSchema.parse({ ...valid, priceTo: " " }).priceTo).toBeNull();
  });

  it("reports each bad field with its i18n key", () => {
    expect(messages({ ...valid, category: "", name: "ab", priceFrom: "abc", durationMinutes: "2" })).toEqual({
      category: "validation.category",
      name: "validation.serviceName",
      priceFrom: "validation.price",
      durationMinutes: "validation.duration",
    });
    expect(messages({ ...valid, durationMinutes: "1,5" })).toEqual({ durationMinutes: "validation.duration" });
  });

  it("keeps buffers within 0–240 whole minutes", () => {
    expect(messages({ ...valid, bufferBeforeMinutes: "241", bufferAfterMinutes: "-5" })).toEqual({
      bufferBeforeMinutes: "validation.buffer",
      bufferAfterMinutes: "validation.buffer",
    });
    expect(messages({ ...valid, bufferAfterMinutes: "7,5" })).toEqual({ bufferAfterMinutes: "validation.buffer" });
    expect(serviceFormSchema.parse({ ...valid, bufferBeforeMinutes: " 240 ", bufferAfterMinutes: "0" })).toMatchObject({
      bufferBeforeMinutes: 240,
      bufferAfterMinutes: 0,
    });
  });

  it("rejects an upper price below the lower one", () => {
    expect(messages({ ...valid, priceFrom: "500", priceTo: "100" })).toEqual({ priceTo: "validation.priceRange" });
  });
});

describe("serviceFormDefaults", () => {
  it("shows stored grosze as złoty and reads back the same values", () => {
    const service = {
      category: "tyres" as const,
      name: "Wymiana opon",
      description: "Cztery koła",
      priceFrom: 12_050,
      priceTo: null,
      durationMinutes: 45,
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 15,
      active: false,
    };
    const values = serviceFormDefaults(service, "pl");
    expect(values).toMatchObject({ priceFrom: "120,50", priceTo: "", durationMinutes: "45", bufferAfterMinutes: "15", active: false });
    expect(serviceFormSchema.parse(values)).toEqual(service);
  });

  it("starts a new service blank, active, one hour long", () => {
    expect(serviceFormDefaults(null, "en")).toMatchObject({
      category: "",
      priceFrom: "",
      durationMinutes: "60",
      bufferBeforeMinutes: "0",
      bufferAfterMinutes: "0",
      active: true,
    });
  });
});
