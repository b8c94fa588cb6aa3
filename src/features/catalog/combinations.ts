/**
 * The cartesian product behind the variant generator: one value per group, groups in the given
 * order, values in the order given within each group. 2 colours × 3 sizes → 6 combinations.
 * @param groupOf the group a value belongs to.
 * @param groupOrder sorts groups (e.g. by position); values keep their input order.
 */
export function combinations<T>(values: readonly T[], groupOf: (value: T) => string, groupOrder?: (a: T, b: T) => number): T[][] {
  const groups = new Map<string, T[]>();
  for (const value of values) {
    const key = groupOf(value);
    groups.set(key, [...(groups.get(key) ?? []), value]);
  }
  const ordered = [...groups.values()].sort((a, b) => (groupOrder ? groupOrder(a[0]!, b[0]!) : 0));
  if (!ordered.length) return [];
  return ordered.reduce<T[][]>((acc, group) => acc.flatMap((combo) => group.map((value) => [...combo, value])), [[]]);
}

/** The identity of a combination regardless of order: value ids sorted and joined with "+". */
export function combinationKey(valueIds: readonly string[]): string {
  return [...valueIds].sort().join("+");
}
