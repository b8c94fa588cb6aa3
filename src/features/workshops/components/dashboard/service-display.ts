import type { WorkshopServiceInput } from "@/features/workshops/schemas";
import { formatMoney } from "@/lib/format";
import type { ManagedService } from "./use-managed-workshop";

/** "250 zł" for a fixed price, "250 zł – 400 zł" for a range (grosze in, localised text out). */
export function servicePrice(service: Pick<ManagedService, "priceFrom" | "priceTo" | "currency">, locale: string): string {
  const from = formatMoney(service.priceFrom, locale, service.currency);
  if (service.priceTo === null || service.priceTo === service.priceFrom) return from;
  return `${from} – ${formatMoney(service.priceTo, locale, service.currency)}`;
}

/** The router's input for a stored service, e.g. to resend it with one field changed. */
export function serviceInput(service: ManagedService): WorkshopServiceInput {
  return {
    category: service.category,
    name: service.name,
    description: service.description,
    priceFrom: service.priceFrom,
    priceTo: service.priceTo,
    durationMinutes: service.durationMinutes,
    active: service.active,
  };
}
