import type { VariantRow } from "../../types";

/** One attribute group of a product's variants (Kolor, Rozmiar…) with the values its variants use. */
export type OptionGroup = {
  id: string;
  name: string;
  /** Colour groups show swatches: at least one of their values carries a hex colour. */
  swatches: boolean;
  options: { valueId: string; value: string; colorHex: string | null }[];
};

/** groupId → valueId. */
export type Selection = Record<string, string>;

const SIZE_ORDER = ["XXXS", "XXS", "XS", "S", "M", "L", "XL", "XXL", "2XL", "XXXL", "3XL", "4XL", "5XL"];

/**
 * Values in the order people expect: clothing sizes small to large, numbers ascending, anything
 * else as the server listed the variants (attribute value position).
 */
function sortValues<T extends { value: string }>(options: T[]): T[] {
  const upper = options.map((o) => o.value.trim().toUpperCase());
  if (upper.every((v) => SIZE_ORDER.includes(v))) {
    return [...options].sort((a, b) => SIZE_ORDER.indexOf(a.value.trim().toUpperCase()) - SIZE_ORDER.indexOf(b.value.trim().toUpperCase()));
  }
  const numeric = (v: string) => Number.parseFloat(v.replace(",", "."));
  if (options.every((o) => /^\d+([.,]\d+)?\b/.test(o.value.trim()))) {
    return [...options].sort((a, b) => numeric(a.value) - numeric(b.value));
  }
  return options;
}

/** The attribute groups of active variants, groups in combination order, values deduplicated. */
export function optionGroups(variants: VariantRow[]): OptionGroup[] {
  const groups = new Map<string, OptionGroup>();
  for (const variant of variants) {
    for (const part of variant.combination) {
      let group = groups.get(part.groupId);
      if (!group) {
        group = { id: part.groupId, name: part.groupName, swatches: false, options: [] };
        groups.set(part.groupId, group);
      }
      if (!group.options.some((o) => o.valueId === part.valueId)) {
        group.options.push({ valueId: part.valueId, value: part.value, colorHex: part.colorHex });
      }
      if (part.colorHex) group.swatches = true;
    }
  }
  return [...groups.values()].map((g) => ({ ...g, options: sortValues(g.options) }));
}

export function selectionOf(variant: VariantRow): Selection {
  return Object.fromEntries(variant.combination.map((p) => [p.groupId, p.valueId]));
}

function matches(variant: VariantRow, selection: Selection): number {
  return variant.combination.filter((p) => selection[p.groupId] === p.valueId).length;
}

/** The variant with exactly this combination, if there is one. */
export function findVariant(variants: VariantRow[], selection: Selection): VariantRow | undefined {
  return variants.find((v) => v.combination.length > 0 && matches(v, selection) === v.combination.length);
}

/**
 * The variant to show after picking `valueId` in `groupId`: the one keeping every other choice, or
 * else the variant with that value sharing the most of the other choices (in stock first), so a
 * pick always lands on a real combination.
 */
export function pickValue(variants: VariantRow[], current: Selection, groupId: string, valueId: string): VariantRow | undefined {
  const wanted = { ...current, [groupId]: valueId };
  const exact = findVariant(variants, wanted);
  if (exact) return exact;
  const withValue = variants.filter((v) => v.combination.some((p) => p.groupId === groupId && p.valueId === valueId));
  return withValue.reduce<VariantRow | undefined>((best, v) => {
    if (!best) return v;
    const score = (x: VariantRow) => matches(x, wanted) * 2 + (x.effective.stock > 0 ? 1 : 0);
    return score(v) > score(best) ? v : best;
  }, undefined);
}

/** Whether picking this value keeps the other current choices (otherwise the pick changes them). */
export function isCombinable(variants: VariantRow[], current: Selection, groupId: string, valueId: string): boolean {
  return findVariant(variants, { ...current, [groupId]: valueId }) !== undefined;
}

/** The variant shown first: the one named in the URL, else the first in stock, else the first. */
export function initialVariant(variants: VariantRow[], sku: string | null): VariantRow | undefined {
  const bySku = sku ? variants.find((v) => v.sku.toLowerCase() === sku.toLowerCase()) : undefined;
  return bySku ?? variants.find((v) => v.effective.stock > 0) ?? variants[0];
}
