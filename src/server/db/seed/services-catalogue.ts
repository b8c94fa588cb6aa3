import { z } from "zod";
import { SERVICE_CATEGORIES } from "@/features/workshops/constants";
import type { ServiceCategory } from "@/features/workshops/server";
import catalogue from "./data/services-catalogue.json";

/**
 * A service as Polish independent workshops list it, with a typical 2026 price range in grosze
 * and how long it takes in minutes. Prices are labour (robocizna) — parts are quoted on top —
 * unless the name says what is included (refrigerant, fluid, the statutory inspection fee).
 * Per workshop the seed moves prices ±20% and adds 10% in the five largest labour markets.
 * The list itself is data: `data/services-catalogue.json` (sources in each entry's `note`).
 */
const catalogueServiceSchema = z.object({
  key: z.string(),
  category: z.enum(SERVICE_CATEGORIES),
  name: z.string(),
  description: z.string(),
  /** Grosze. */
  priceFrom: z.number().int().min(0),
  /** Grosze; null for a fixed price. */
  priceTo: z.number().int().min(0).nullable(),
  /** Minutes. */
  durationMinutes: z.number().int().positive(),
  /** Offered by every workshop that offers the category. */
  core: z.boolean().optional(),
  /** Statutory price: never varied per workshop or city. */
  regulated: z.boolean().optional(),
  /** Where a fact comes from, when it is not common trade knowledge. */
  note: z.string().optional(),
});
export type CatalogueService = z.infer<typeof catalogueServiceSchema>;

export const SERVICE_CATALOGUE: readonly CatalogueService[] = z.array(catalogueServiceSchema).parse(catalogue);

/**
 * Share of workshops offering each category (independent garages in Poland: everyone does
 * diagnostics and oil; fewer do bodywork, and only those with an SKP do statutory inspections).
 */
export const CATEGORY_SHARE: Record<ServiceCategory, number> = {
  diagnostics: 1,
  oil_service: 1,
  brakes: 0.8,
  tyres: 0.7,
  suspension: 0.65,
  air_conditioning: 0.55,
  electrical: 0.5,
  engine: 0.45,
  clutch_gearbox: 0.35,
  exhaust: 0.35,
  bodywork: 0.2,
  inspection: 0.12,
};

/** @throws Error for an unknown key. */
export function catalogueService(key: string): CatalogueService {
  const found = SERVICE_CATALOGUE.find((s) => s.key === key);
  if (!found) throw new Error(`No catalogue service ${key}`);
  return found;
}
