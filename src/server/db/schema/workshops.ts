import { sql } from "drizzle-orm";
import {
  check,
  doublePrecision,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  real,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  boolean,
} from "drizzle-orm/pg-core";
import { SERVICE_CATEGORIES } from "@/features/workshops/constants";
import { users } from "./accounts";

export const workshopStatus = pgEnum("workshop_status", ["pending", "active", "suspended", "rejected"]);
export const membershipRole = pgEnum("membership_role", ["owner", "mechanic"]);
/** Service categories a workshop offers; the same list drives search filters and, later, diagnosis mapping. */
export const serviceCategory = pgEnum("service_category", SERVICE_CATEGORIES);

/** A workshop is a tenant: everything it owns carries `workshop_id`. */
export const workshops = pgTable(
  "workshops",
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: text().notNull(),
    name: text().notNull(),
    description: text().notNull().default(""),
    address: text().notNull(),
    postalCode: text().notNull().default(""),
    city: text().notNull(),
    /** WGS84 degrees. */
    lat: doublePrecision().notNull(),
    lng: doublePrecision().notNull(),
    phone: text().notNull().default(""),
    email: text().notNull().default(""),
    website: text(),
    /** IANA zone the opening hours are written in. */
    timeZone: text().notNull().default("Europe/Warsaw"),
    status: workshopStatus().notNull().default("pending"),
    /** Average rating 1–5 (0 when unrated) and how many ratings it averages. */
    rating: real().notNull().default(0),
    ratingCount: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
    reviewedAt: timestamp({ withTimezone: true }),
    reviewedBy: uuid().references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    uniqueIndex("workshops_slug_key").on(t.slug),
    // Nearest-first search: earth_box prefilter and KNN ordering both use this index (earthdistance over cube).
    index("workshops_earth_idx").using("gist", sql`ll_to_earth(${t.lat}, ${t.lng})`),
    index("workshops_status_idx").on(t.status, t.createdAt),
    index("workshops_name_trgm_idx").using("gin", sql`${t.name} gin_trgm_ops`),
    check("workshops_lat_range", sql`${t.lat} between -90 and 90`),
    check("workshops_lng_range", sql`${t.lng} between -180 and 180`),
    check("workshops_rating_range", sql`${t.rating} between 0 and 5`),
  ],
);

/** Services a workshop offers, with prices in grosze and durations in minutes. */
export const workshopServices = pgTable(
  "workshop_services",
  {
    id: uuid().primaryKey().defaultRandom(),
    workshopId: uuid()
      .notNull()
      .references(() => workshops.id, { onDelete: "cascade" }),
    category: serviceCategory().notNull(),
    name: text().notNull(),
    description: text().notNull().default(""),
    /** Grosze (1 PLN = 100). */
    priceFrom: integer().notNull(),
    /** Grosze; null when the price is fixed (= priceFrom). */
    priceTo: integer(),
    currency: text().notNull().default("PLN"),
    /** Minutes. */
    durationMinutes: integer().notNull(),
    /** Minutes the bay is also held before and after the service (preparation, cleaning). */
    bufferBeforeMinutes: smallint().notNull().default(0),
    bufferAfterMinutes: smallint().notNull().default(0),
    active: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    index("workshop_services_workshop_idx").on(t.workshopId),
    index("workshop_services_category_idx")
      .on(t.category, t.workshopId)
      .where(sql`${t.active}`),
    check("workshop_services_price", sql`${t.priceFrom} >= 0 and (${t.priceTo} is null or ${t.priceTo} >= ${t.priceFrom})`),
    check("workshop_services_duration", sql`${t.durationMinutes} between 5 and 1440`),
    check("workshop_services_buffers", sql`${t.bufferBeforeMinutes} between 0 and 240 and ${t.bufferAfterMinutes} between 0 and 240`),
  ],
);

/**
 * Weekly opening hours in the workshop's time zone: any number of intervals per ISO weekday
 * (1 = Monday … 7 = Sunday), minutes from local midnight. A day without rows is closed.
 */
export const workshopOpeningHours = pgTable(
  "workshop_opening_hours",
  {
    workshopId: uuid()
      .notNull()
      .references(() => workshops.id, { onDelete: "cascade" }),
    weekday: smallint().notNull(),
    opensAt: smallint().notNull(),
    closesAt: smallint().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workshopId, t.weekday, t.opensAt] }),
    check("opening_hours_weekday", sql`${t.weekday} between 1 and 7`),
    check("opening_hours_range", sql`${t.opensAt} >= 0 and ${t.closesAt} <= 1440 and ${t.opensAt} < ${t.closesAt}`),
  ],
);

/** Workshop staff: who may act for which workshop, as owner or mechanic. */
export const workshopMembers = pgTable(
  "workshop_members",
  {
    workshopId: uuid()
      .notNull()
      .references(() => workshops.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: membershipRole().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.workshopId, t.userId] }), index("workshop_members_user_idx").on(t.userId)],
);
