import { z } from "zod";

/**
 * Pieces of the settings forms' zod schemas for what is typed as text but sent as numbers. Their
 * messages are i18n keys of the catalogue's own namespace (the shared validation keys have no
 * "whole number 0–10 000" or "a number" message).
 */
export const FORM_MESSAGES = {
  position: "catalog.section.validation.position",
  number: "catalog.section.validation.number",
} as const;

/** Order among siblings as typed ("3") → 0–10 000, the limit of every catalogue `position`. */
export const positionField = z
  .string()
  .trim()
  .regex(/^\d{1,5}$/, { error: FORM_MESSAGES.position })
  .transform(Number)
  .pipe(z.number().int().max(10_000, { error: FORM_MESSAGES.position }));

/** An optional number as typed ("", "12", "-0,5") → undefined or the number; a comma counts as the decimal point. */
export const optionalNumberField = z
  .string()
  .trim()
  .transform((value, ctx) => {
    if (!value) return undefined;
    const n = Number(value.replace(",", "."));
    if (!/^-?\d+([.,]\d+)?$/.test(value) || !Number.isFinite(n)) {
      ctx.addIssue({ code: "custom", message: FORM_MESSAGES.number });
      return z.NEVER;
    }
    return n;
  });

/** The position after the highest of `positions` (0 for the first), capped at the 10 000 limit. */
export function nextPosition(positions: number[]): number {
  return positions.length ? Math.min(10_000, Math.max(...positions) + 1) : 0;
}
