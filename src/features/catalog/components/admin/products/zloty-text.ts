import { z } from "zod";
import { parseZloty } from "@/lib/format";

/**
 * Złoty as typed ("120", "120,50") → grosze, for a form schema's `transform`; text that is no
 * amount adds the issue `validation.catalog.price` and returns `z.NEVER`.
 */
export function zlotyToGrosze(value: string, ctx: z.RefinementCtx): number {
  const grosze = parseZloty(value);
  if (grosze === null) {
    ctx.addIssue({ code: "custom", message: "validation.catalog.price" });
    return z.NEVER;
  }
  return grosze;
}
