/**
 * The garage domain's fixed lists, without imports so that the database schema
 * (`src/server/db/schema/garage.ts`, the `fuel_type` enum) and the zod schemas share them.
 */

/** Fuel types, in the order the form lists them (labels: garage.fuel.<value>). */
export const FUEL_TYPES = ["petrol", "diesel", "hybrid", "plugin_hybrid", "electric", "lpg", "cng", "hydrogen", "other"] as const;
