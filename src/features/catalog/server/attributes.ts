import "server-only";
import type { DbOrTx } from "@/server/db";
import type { z } from "zod";
import type { attributeGroupInput, attributeGroupUpdateInput, attributeValueInput, attributeValueUpdateInput } from "../schemas";
import type { AttributeGroupDef, AttributeValueDef } from "../types";

export async function createAttributeGroup(db: DbOrTx, input: z.output<typeof attributeGroupInput>): Promise<AttributeGroupDef> {
  throw new Error("todo");
}
export async function updateAttributeGroup(db: DbOrTx, input: z.output<typeof attributeGroupUpdateInput>): Promise<AttributeGroupDef> {
  throw new Error("todo");
}
export async function createAttributeValue(db: DbOrTx, input: z.output<typeof attributeValueInput>): Promise<AttributeValueDef> {
  throw new Error("todo");
}
export async function updateAttributeValue(db: DbOrTx, input: z.output<typeof attributeValueUpdateInput>): Promise<AttributeValueDef> {
  throw new Error("todo");
}
export async function removeAttributeValue(db: DbOrTx, valueId: string): Promise<{ removed: boolean }> {
  throw new Error("todo");
}
