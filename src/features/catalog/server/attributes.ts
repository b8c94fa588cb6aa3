import "server-only";
import { eq, sql } from "drizzle-orm";
import type { z } from "zod";
import { slugify } from "@/features/workshops/server";
import { AppError } from "@/lib/errors";
import type { DbOrTx } from "@/server/db";
import { isUniqueViolation } from "@/server/db/errors";
import { attributeGroups, attributeValues, productVariantAttributes } from "@/server/db/schema";
import type { attributeGroupInput, attributeGroupUpdateInput, attributeValueInput, attributeValueUpdateInput } from "../schemas";
import type { AttributeGroupDef, AttributeValueDef } from "../types";
import { listAttributeGroups } from "./queries";

/** Attribute groups and values for variants (PrestaShop `ps_attribute_group` / `ps_attribute`). */

function conflict(error: unknown): never {
  if (isUniqueViolation(error)) throw new AppError("CONFLICT", "errors.catalog.slugTaken");
  throw error;
}

async function groupById(db: DbOrTx, groupId: string): Promise<AttributeGroupDef> {
  const group = (await listAttributeGroups(db)).find((g) => g.id === groupId);
  if (!group) throw new AppError("NOT_FOUND", "errors.catalog.groupNotFound");
  return group;
}

/** Adds a group (colour groups show swatches, size groups sort by value position). CONFLICT `errors.catalog.slugTaken`. */
export async function createAttributeGroup(db: DbOrTx, input: z.output<typeof attributeGroupInput>): Promise<AttributeGroupDef> {
  try {
    const [row] = await db.insert(attributeGroups).values(input).returning({ id: attributeGroups.id });
    return groupById(db, row!.id);
  } catch (error) {
    return conflict(error);
  }
}

/** Edits a group. NOT_FOUND `errors.catalog.groupNotFound`, CONFLICT `errors.catalog.slugTaken`. */
export async function updateAttributeGroup(db: DbOrTx, input: z.output<typeof attributeGroupUpdateInput>): Promise<AttributeGroupDef> {
  const { groupId, ...fields } = input;
  try {
    const [row] = await db.update(attributeGroups).set(fields).where(eq(attributeGroups.id, groupId)).returning({ id: attributeGroups.id });
    if (!row) throw new AppError("NOT_FOUND", "errors.catalog.groupNotFound");
  } catch (error) {
    return conflict(error);
  }
  return groupById(db, groupId);
}

const valueColumns = {
  id: attributeValues.id,
  value: attributeValues.value,
  slug: attributeValues.slug,
  colorHex: attributeValues.colorHex,
  position: attributeValues.position,
  active: attributeValues.active,
};

/**
 * Adds a value to a group; its slug (used in variant SKUs) comes from the value ("Czerwony" → "czerwony").
 * NOT_FOUND `errors.catalog.groupNotFound`, CONFLICT `errors.catalog.slugTaken` (same slug in the group).
 */
export async function createAttributeValue(db: DbOrTx, input: z.output<typeof attributeValueInput>): Promise<AttributeValueDef> {
  await groupById(db, input.groupId);
  try {
    const [row] = await db
      .insert(attributeValues)
      .values({ ...input, slug: slugify(input.value) || "v" })
      .returning(valueColumns);
    return row!;
  } catch (error) {
    return conflict(error);
  }
}

/** Edits a value; the slug follows the value. NOT_FOUND `errors.catalog.valueNotFound`, CONFLICT `errors.catalog.slugTaken`. */
export async function updateAttributeValue(db: DbOrTx, input: z.output<typeof attributeValueUpdateInput>): Promise<AttributeValueDef> {
  const { valueId, ...fields } = input;
  try {
    const [row] = await db
      .update(attributeValues)
      .set({ ...fields, slug: slugify(fields.value) || "v" })
      .where(eq(attributeValues.id, valueId))
      .returning(valueColumns);
    if (!row) throw new AppError("NOT_FOUND", "errors.catalog.valueNotFound");
    return row;
  } catch (error) {
    return conflict(error);
  }
}

/**
 * Removes a value no variant uses. BAD_REQUEST `errors.catalog.valueInUse` {count} otherwise
 * (deleting it would leave variants with half a combination).
 */
export async function removeAttributeValue(db: DbOrTx, valueId: string): Promise<{ removed: boolean }> {
  return db.transaction(async (tx) => {
    const [used] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(productVariantAttributes)
      .where(eq(productVariantAttributes.valueId, valueId));
    if (used && used.n > 0) throw new AppError("BAD_REQUEST", "errors.catalog.valueInUse", { count: used.n });
    const gone = await tx.delete(attributeValues).where(eq(attributeValues.id, valueId)).returning({ id: attributeValues.id });
    if (!gone.length) throw new AppError("NOT_FOUND", "errors.catalog.valueNotFound");
    return { removed: true };
  });
}
