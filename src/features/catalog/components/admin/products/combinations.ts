import { combinationKey, combinations } from "../../../combinations";
import type { AttributeGroupDef, AttributeValueDef, VariantRow } from "../../../types";

/** One combination the generator would make: a value of each group that has picked values, in group order. */
export type PlannedCombination = { key: string; values: (AttributeValueDef & { groupId: string; groupName: string })[] };

/**
 * What `catalog.variants.generate` would do with `picked` value ids: the size of each group used
 * (groups in position order), their product, every combination (none when over `limit`, so a huge
 * pick costs nothing), how many the product already has and how many would be new.
 */
export function planCombinations(groups: AttributeGroupDef[], picked: ReadonlySet<string>, variants: VariantRow[], limit: number) {
  const used = [...groups]
    .sort((a, b) => a.position - b.position)
    .map((g) => ({
      group: g,
      values: [...g.values]
        .sort((a, b) => a.position - b.position)
        .filter((v) => picked.has(v.id))
        .map((v) => ({ ...v, groupId: g.id, groupName: g.name })),
    }))
    .filter((g) => g.values.length > 0);
  const sizes = used.map((g) => g.values.length);
  const total = used.length === 0 ? 0 : sizes.reduce((a, b) => a * b, 1);
  const existingKeys = new Set(variants.map((v) => combinationKey(v.combination.map((c) => c.valueId))));
  if (total === 0 || total > limit) return { sizes, total, existing: 0, fresh: 0, planned: [] as PlannedCombination[], existingKeys };

  const planned: PlannedCombination[] = combinations(
    used.flatMap((g) => g.values),
    (v) => v.groupId,
  ).map((values) => ({ key: combinationKey(values.map((v) => v.id)), values }));
  const existing = planned.filter((c) => existingKeys.has(c.key)).length;
  return { sizes, total, existing, fresh: total - existing, planned, existingKeys };
}
