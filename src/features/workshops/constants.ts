/**
 * The workshops domain's fixed lists, without imports so that the database schema
 * (`src/server/db/schema/workshops.ts`, the `service_category` enum) and the zod schemas share them.
 */

/** Service categories, in the order the filters show them (labels: workshops.categories.<key>). */
export const SERVICE_CATEGORIES = [
  "diagnostics",
  "brakes",
  "oil_service",
  "tyres",
  "suspension",
  "air_conditioning",
  "electrical",
  "engine",
  "clutch_gearbox",
  "exhaust",
  "bodywork",
  "inspection",
] as const;
