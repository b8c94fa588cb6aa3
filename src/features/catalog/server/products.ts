import "server-only";
import type { DbOrTx } from "@/server/db";
import type { z } from "zod";
import type { productInput, productUpdateInput } from "../schemas";
import type { ProductDetail } from "../types";

export async function createProduct(db: DbOrTx, input: z.output<typeof productInput>): Promise<ProductDetail> {
  throw new Error("todo");
}
export async function updateProduct(db: DbOrTx, input: z.output<typeof productUpdateInput>): Promise<ProductDetail> {
  throw new Error("todo");
}
export async function setCategoryWords(db: DbOrTx, words: string[]): Promise<{ words: string[]; renamed: number }> {
  throw new Error("todo");
}
