import { sql } from "drizzle-orm";
import { boolean, check, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { FUEL_TYPES } from "@/features/garage/constants";
import { users } from "./accounts";

/** Values and order: `FUEL_TYPES` (the database enum and the forms share the list). */
export const fuelType = pgEnum("fuel_type", FUEL_TYPES);

/** What NHTSA vPIC told us about a VIN when it was added (kept for display and later catalogue matching). */
export type VinDecodeSnapshot = {
  source: "nhtsa-vpic";
  make?: string;
  model?: string;
  year?: number;
  trim?: string;
  series?: string;
  bodyStyle?: string;
  fuel?: string;
  engine?: string;
  manufacturer?: string;
  plantCountry?: string;
};

/** Customers' own vehicles (the garage). */
export const vehicles = pgTable(
  "vehicles",
  {
    id: uuid().primaryKey().defaultRandom(),
    ownerId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** Upper-cased, 17 characters; optional for vehicles added by hand. */
    vin: text(),
    make: text().notNull(),
    model: text().notNull(),
    year: integer().notNull(),
    fuel: fuelType().notNull(),
    /** Free text such as "2.0 TDI 150 KM" or "3.5 L V6". */
    engine: text().notNull().default(""),
    /** Kilometres. */
    mileageKm: integer(),
    nickname: text(),
    isDefault: boolean().notNull().default(false),
    decoded: jsonb().$type<VinDecodeSnapshot>(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    index("vehicles_owner_idx").on(t.ownerId, t.createdAt),
    uniqueIndex("vehicles_owner_vin_key")
      .on(t.ownerId, t.vin)
      .where(sql`${t.vin} is not null`),
    uniqueIndex("vehicles_one_default_key")
      .on(t.ownerId)
      .where(sql`${t.isDefault}`),
    check("vehicles_year_range", sql`${t.year} between 1886 and 2100`),
    check("vehicles_mileage", sql`${t.mileageKm} is null or ${t.mileageKm} between 0 and 5000000`),
    check("vehicles_vin_format", sql`${t.vin} is null or ${t.vin} ~ '^[A-HJ-NPR-Z0-9]{17}$'`),
  ],
);
