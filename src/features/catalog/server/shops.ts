import "server-only";
import type { DbOrTx } from "@/server/db";
import type { z } from "zod";
import type { shopInput, shopUpdateInput } from "../schemas";
import type { ShopSummary } from "../types";

export async function listShops(db: DbOrTx): Promise<ShopSummary[]> {
  throw new Error("todo");
}
export async function createShop(db: DbOrTx, input: z.output<typeof shopInput>): Promise<ShopSummary> {
  throw new Error("todo");
}
export async function updateShop(db: DbOrTx, input: z.output<typeof shopUpdateInput>): Promise<ShopSummary> {
  throw new Error("todo");
}
