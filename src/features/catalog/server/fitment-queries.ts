import "server-only";
import type { DbOrTx } from "@/server/db";
import type { z } from "zod";
import type { SessionUser } from "@/server/api/trpc";
import type { matrixHistoryInput, matrixPageInput, partsOfVehicleInput, vehiclesOfPartInput } from "../schemas";
import type { FitmentHistoryEntry, MatrixPage, PartFitment, VehicleParts } from "../types";

export async function matrixPage(db: DbOrTx, input: z.output<typeof matrixPageInput>): Promise<MatrixPage> {
  throw new Error("todo");
}
export async function fitmentHistory(db: DbOrTx, input: z.output<typeof matrixHistoryInput>): Promise<FitmentHistoryEntry[]> {
  throw new Error("todo");
}
export async function vehiclesOfPart(
  db: DbOrTx,
  user: SessionUser | null,
  input: z.output<typeof vehiclesOfPartInput>,
): Promise<PartFitment> {
  throw new Error("todo");
}
export async function partsOfVehicle(
  db: DbOrTx,
  user: SessionUser | null,
  input: z.output<typeof partsOfVehicleInput>,
): Promise<VehicleParts> {
  throw new Error("todo");
}
