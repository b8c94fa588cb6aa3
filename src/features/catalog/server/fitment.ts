import "server-only";
import type { DbOrTx } from "@/server/db";
import type { z } from "zod";
import type { copyShopInput, fitmentMetaInput, matrixSaveInput } from "../schemas";
import type { MatrixSaveResult } from "../types";

export async function saveMatrix(db: DbOrTx, actorId: string, input: z.output<typeof matrixSaveInput>): Promise<MatrixSaveResult> {
  throw new Error("todo");
}
export async function copyShopFitment(
  db: DbOrTx,
  actorId: string,
  input: z.output<typeof copyShopInput>,
): Promise<{ copied: number; skipped: number; removed: number }> {
  throw new Error("todo");
}
export async function setFitmentMeta(db: DbOrTx, actorId: string, input: z.output<typeof fitmentMetaInput>): Promise<{ ok: true }> {
  throw new Error("todo");
}
