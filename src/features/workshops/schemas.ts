import { z } from "zod";
import { SERVICE_CATEGORIES } from "./constants";

export { SERVICE_CATEGORIES };
export const serviceCategorySchema = z.enum(SERVICE_CATEGORIES, { error: "validation.category" });
export type ServiceCategory = z.infer<typeof serviceCategorySchema>;

/** Radius choices offered in the UI, in metres. */
export const RADIUS_OPTIONS_M = [5_000, 10_000, 25_000, 50_000, 100_000] as const;
export const SEARCH_PAGE_SIZE = 20;
/** How many map pins a search returns at most. */
export const MAX_PINS = 2_000;

export const latLngSchema = z.object({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
});

export const searchWorkshopsSchema = z.object({
  /** Origin: coordinates (browser geolocation or a map click)… */
  near: latLngSchema.optional(),
  /** …or a city name resolved against GeoNames (ignored when `near` is given). */
  city: z.string().trim().min(1).max(80).optional(),
  /** Metres; only applies when there is an origin. */
  radiusM: z.number().int().min(1_000).max(500_000).default(25_000),
  category: serviceCategorySchema.optional(),
  openNow: z.boolean().default(false),
  minRating: z.number().min(0).max(5).optional(),
  /** Part of the workshop's name. */
  q: z.string().trim().max(80).optional(),
  /** Default: distance when there is an origin, rating otherwise. */
  sort: z.enum(["distance", "rating", "price"]).optional(),
  page: z.number().int().min(1).max(500).default(1),
  pageSize: z.number().int().min(1).max(50).default(SEARCH_PAGE_SIZE),
});
export type SearchWorkshopsInput = z.input<typeof searchWorkshopsSchema>;

/** Minutes from local midnight, 0–1440. */
const minuteOfDay = z.number().int().min(0).max(1440);
export const openingIntervalSchema = z
  .object({ weekday: z.number().int().min(1).max(7), opensAt: minuteOfDay, closesAt: minuteOfDay })
  .refine((v) => v.opensAt < v.closesAt, { error: "validation.hours.order", path: ["closesAt"] });

/** A whole week of opening hours; intervals of one day must not overlap. */
export const openingHoursSchema = z
  .array(openingIntervalSchema)
  .max(7 * 4)
  .superRefine((intervals, ctx) => {
    for (let day = 1; day <= 7; day++) {
      const sorted = intervals.filter((i) => i.weekday === day).sort((a, b) => a.opensAt - b.opensAt);
      for (let i = 1; i < sorted.length; i++) {
        if (sorted[i]!.opensAt < sorted[i - 1]!.closesAt) {
          ctx.addIssue({ code: "custom", message: "validation.hours.overlap", path: [intervals.indexOf(sorted[i]!)] });
        }
      }
    }
  });
export type OpeningInterval = z.infer<typeof openingIntervalSchema>;

/*
 * A workshop's contact fields, shared by the owner's profile editor and the provider's sign-up
 * (accounts' `workshopSignUpSchema`): trimmed, messages are i18n keys.
 */
/** The workshop's name, 3–120 characters. */
export const workshopNameSchema = z
  .string()
  .trim()
  .min(3, { error: "validation.workshopName" })
  .max(120, { error: "validation.workshopName" });
/** Street and number, 3–200 characters. */
export const addressSchema = z.string().trim().min(3, { error: "validation.address" }).max(200, { error: "validation.address" });
/** A Polish postal code, "00-000". */
export const postalCodeSchema = z
  .string()
  .trim()
  .regex(/^\d{2}-\d{3}$/, { error: "validation.postalCode" });
/** The town's name, 2–80 characters. */
export const citySchema = z.string().trim().min(2, { error: "validation.city" }).max(80, { error: "validation.city" });
/** 9–20 digits, spaces, brackets or dashes, optionally after a "+". */
export const phoneSchema = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ()-]{9,20}$/, { error: "validation.phone" });

export const workshopProfileSchema = z.object({
  name: workshopNameSchema,
  description: z.string().trim().max(2_000, { error: "validation.tooLong" }),
  address: addressSchema,
  postalCode: postalCodeSchema,
  city: citySchema,
  lat: z.number().min(49, { error: "validation.location" }).max(55, { error: "validation.location" }),
  lng: z.number().min(14, { error: "validation.location" }).max(24.2, { error: "validation.location" }),
  phone: phoneSchema,
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "validation.email" })),
  website: z
    .union([z.literal(""), z.url({ protocol: /^https?$/, error: "validation.url" })])
    .nullish()
    .transform((v) => v || null),
});
export type WorkshopProfileInput = z.input<typeof workshopProfileSchema>;

/** Prices in grosze, duration in minutes. */
export const workshopServiceSchema = z
  .object({
    category: serviceCategorySchema,
    name: z.string().trim().min(3, { error: "validation.serviceName" }).max(120, { error: "validation.serviceName" }),
    description: z.string().trim().max(1_000, { error: "validation.tooLong" }).default(""),
    priceFrom: z
      .number()
      .int({ error: "validation.price" })
      .min(0, { error: "validation.price" })
      .max(100_000_000, { error: "validation.price" }),
    priceTo: z
      .number()
      .int({ error: "validation.price" })
      .min(0, { error: "validation.price" })
      .max(100_000_000, { error: "validation.price" })
      .nullable()
      .default(null),
    durationMinutes: z
      .number()
      .int({ error: "validation.duration" })
      .min(5, { error: "validation.duration" })
      .max(1_440, { error: "validation.duration" }),
    /** Minutes the bay is also held before/after the service (preparation, cleaning); 0–240. */
    bufferBeforeMinutes: z
      .number()
      .int({ error: "validation.buffer" })
      .min(0, { error: "validation.buffer" })
      .max(240, { error: "validation.buffer" })
      .default(0),
    bufferAfterMinutes: z
      .number()
      .int({ error: "validation.buffer" })
      .min(0, { error: "validation.buffer" })
      .max(240, { error: "validation.buffer" })
      .default(0),
    active: z.boolean().default(true),
  })
  .refine((v) => v.priceTo === null || v.priceTo >= v.priceFrom, { error: "validation.priceRange", path: ["priceTo"] });
export type WorkshopServiceInput = z.input<typeof workshopServiceSchema>;
