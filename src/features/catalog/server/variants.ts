import "server-only";
import type { DbOrTx } from "@/server/db";
import type { z } from "zod";
import type { generateVariantsInput, variantUpdateInput } from "../schemas";
import type { VariantRow } from "../types";

export async function generateVariants(
  db: DbOrTx,
  input: z.output<typeof generateVariantsInput>,
): Promise<{ created: VariantRow[]; skipped: number }> {
  throw new Error("todo");
}
export async function updateVariant(db: DbOrTx, input: z.output<typeof variantUpdateInput>): Promise<VariantRow> {
  throw new Error("todo");
}
