import { z } from "zod";
import { ATTRIBUTE_GROUP_KINDS } from "../../../constants";
import { attributeGroupInput, attributeValueInput } from "../../../schemas";
import type { AttributeGroupDef, AttributeValueDef } from "../../../types";
import { positionField } from "./form-fields";

/** What the attribute group editor edits; parses into `catalog.attributes.createGroup`'s input. */
export const groupFormSchema = z.object({
  name: attributeGroupInput.shape.name,
  slug: attributeGroupInput.shape.slug,
  kind: z.enum(ATTRIBUTE_GROUP_KINDS),
  position: positionField,
});
export type GroupFormValues = z.input<typeof groupFormSchema>;
export type GroupFormOutput = z.output<typeof groupFormSchema>;

export function groupFormDefaults(group: AttributeGroupDef | null, position: number): GroupFormValues {
  if (!group) return { name: "", slug: "", kind: "other", position: String(position) };
  return { name: group.name, slug: group.slug, kind: group.kind, position: String(group.position) };
}

/** What a value row edits: the value, a "#RRGGBB" colour (empty = none) and its position. */
export const valueFormSchema = z.object({
  value: attributeValueInput.shape.value,
  colorHex: z
    .string()
    .trim()
    .transform((v) => v || null)
    .pipe(attributeValueInput.shape.colorHex.unwrap()),
  position: positionField,
});
export type ValueFormValues = z.input<typeof valueFormSchema>;
export type ValueFormOutput = z.output<typeof valueFormSchema>;

export function valueFormDefaults(value: AttributeValueDef | null, position: number): ValueFormValues {
  if (!value) return { value: "", colorHex: "", position: String(position) };
  return { value: value.value, colorHex: value.colorHex ?? "", position: String(value.position) };
}

/** A group's values in the order shops show them: by position, then alphabetically. */
export function orderedValues(values: AttributeValueDef[], locale: string): AttributeValueDef[] {
  return [...values].sort((a, b) => a.position - b.position || a.value.localeCompare(b.value, locale, { numeric: true }));
}

/** Whether `hex` is a full "#RRGGBB" colour (what the native colour input accepts). */
export const isHexColour = (hex: string | null | undefined): hex is string => !!hex && /^#[0-9A-Fa-f]{6}$/.test(hex);
