import { z } from "zod";
import { workshopServiceSchema, type ServiceCategory, type WorkshopServiceInput } from "@/features/workshops/schemas";
import { groszeToZlotyInput, parseZloty } from "@/lib/format";

const fields = workshopServiceSchema.shape;

/** Złoty as typed ("120", "120,50") → grosze, then the service schema's own price rule. */
const zloty = z
  .string()
  .transform((value, ctx) => {
    const grosze = parseZloty(value);
    if (grosze === null) {
      ctx.addIssue({ code: "custom", message: "validation.price" });
      return z.NEVER;
    }
    return grosze;
  })
  .pipe(fields.priceFrom);

/** Whole minutes as typed; empty counts as 0 (no buffer). */
const minutes = (error: string) =>
  z
    .string()
    .trim()
    .transform((value) => value || "0")
    .pipe(z.string().regex(/^\d+$/, { error }))
    .transform(Number);

/**
 * What the service dialog edits: prices as złoty text, duration and buffers as minutes text. Parses into the
 * router's input (`WorkshopServiceInput`: grosze, minutes; buffers 0–240 minutes the bay is also held
 * before/after the service) with the same i18n-key messages.
 */
export const serviceFormSchema = z
  .object({
    category: z.union([fields.category, z.literal("")]).pipe(fields.category),
    name: fields.name,
    description: fields.description,
    priceFrom: zloty,
    priceTo: z.union([
      z
        .string()
        .trim()
        .length(0)
        .transform(() => null),
      zloty,
    ]),
    durationMinutes: z.string().trim().regex(/^\d+$/, { error: "validation.duration" }).transform(Number).pipe(fields.durationMinutes),
    bufferBeforeMinutes: minutes("validation.buffer").pipe(fields.bufferBeforeMinutes.unwrap()),
    bufferAfterMinutes: minutes("validation.buffer").pipe(fields.bufferAfterMinutes.unwrap()),
    active: z.boolean(),
  })
  .refine((v) => v.priceTo === null || v.priceTo >= v.priceFrom, { error: "validation.priceRange", path: ["priceTo"] });

export type ServiceFormValues = z.input<typeof serviceFormSchema>;
export type ServiceFormOutput = z.output<typeof serviceFormSchema>;

/** Starting values of the dialog: an existing service (grosze shown as złoty) or a blank one. */
export function serviceFormDefaults(
  service: (Omit<WorkshopServiceInput, "category"> & { category: ServiceCategory }) | null,
  locale: string,
): ServiceFormValues {
  if (!service) {
    return {
      category: "",
      name: "",
      description: "",
      priceFrom: "",
      priceTo: "",
      durationMinutes: "60",
      bufferBeforeMinutes: "0",
      bufferAfterMinutes: "0",
      active: true,
    };
  }
  return {
    category: service.category,
    name: service.name,
    description: service.description ?? "",
    priceFrom: groszeToZlotyInput(service.priceFrom, locale),
    priceTo: service.priceTo == null ? "" : groszeToZlotyInput(service.priceTo, locale),
    durationMinutes: String(service.durationMinutes),
    bufferBeforeMinutes: String(service.bufferBeforeMinutes ?? 0),
    bufferAfterMinutes: String(service.bufferAfterMinutes ?? 0),
    active: service.active ?? true,
  };
}
