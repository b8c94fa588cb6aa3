import "server-only";
import type { DbOrTx } from "@/server/db";
import type { z } from "zod";
import type { productListInput } from "../schemas";
import type { AttributeGroupDef, BrandSummary, FeatureDef, FeatureSetDef, ProductDetail, ProductList } from "../types";

export async function listProducts(db: DbOrTx, input: z.output<typeof productListInput>): Promise<ProductList> {
  throw new Error("todo");
}
export async function productDetail(db: DbOrTx, productId: string): Promise<ProductDetail> {
  throw new Error("todo");
}
export async function productDetailBySku(db: DbOrTx, sku: string, opts: { includeInactive: boolean }): Promise<ProductDetail> {
  throw new Error("todo");
}
export async function listBrands(db: DbOrTx): Promise<BrandSummary[]> {
  throw new Error("todo");
}
export async function listCategoryWords(db: DbOrTx): Promise<string[]> {
  throw new Error("todo");
}
export async function listAttributeGroups(db: DbOrTx): Promise<AttributeGroupDef[]> {
  throw new Error("todo");
}
export async function listFeatures(db: DbOrTx): Promise<FeatureDef[]> {
  throw new Error("todo");
}
export async function listFeatureSets(db: DbOrTx): Promise<FeatureSetDef[]> {
  throw new Error("todo");
}
