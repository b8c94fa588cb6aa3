import "server-only";
import type { DbOrTx } from "@/server/db";
import type { z } from "zod";
import type {
  featureInput,
  featureSetInput,
  featureSetUpdateInput,
  featureUpdateInput,
  productFeaturesInput,
  setFeatureValuesInput,
} from "../schemas";
import type { FeatureDef, FeatureSetDef, ProductFeatureForm } from "../types";

export async function createFeature(db: DbOrTx, input: z.output<typeof featureInput>): Promise<FeatureDef> {
  throw new Error("todo");
}
export async function updateFeature(db: DbOrTx, input: z.output<typeof featureUpdateInput>): Promise<FeatureDef> {
  throw new Error("todo");
}
export async function createFeatureSet(db: DbOrTx, input: z.output<typeof featureSetInput>): Promise<FeatureSetDef> {
  throw new Error("todo");
}
export async function updateFeatureSet(db: DbOrTx, input: z.output<typeof featureSetUpdateInput>): Promise<FeatureSetDef> {
  throw new Error("todo");
}
export async function featureForm(db: DbOrTx, input: z.output<typeof productFeaturesInput>): Promise<ProductFeatureForm> {
  throw new Error("todo");
}
export async function setFeatureValues(db: DbOrTx, input: z.output<typeof setFeatureValuesInput>): Promise<ProductFeatureForm> {
  throw new Error("todo");
}
