import { describe, expect, it } from "vitest";
import type { AttributeGroupDef, VariantRow } from "../../../types";
import { combinationKey } from "../../../combinations";
import { planCombinations } from "./combinations";

const value = (id: string, position: number) => ({ id, value: id.toUpperCase(), slug: id, colorHex: null, position, active: true });
const groups: AttributeGroupDef[] = [
  {
    id: "size",
    slug: "rozmiar",
    name: "Rozmiar",
    kind: "size",
    position: 2,
    active: true,
    values: [value("s", 0), value("m", 1), value("l", 2)],
  },
  { id: "color", slug: "kolor", name: "Kolor", kind: "color", position: 1, active: true, values: [value("red", 0), value("blue", 1)] },
];
const variant = (valueIds: string[]) =>
  ({
    combination: valueIds.map((valueId) => ({ groupId: "", groupName: "", valueId, value: "", colorHex: null })),
  }) as unknown as VariantRow;

describe("planCombinations", () => {
  it("multiplies the picked values of each group, groups in position order", () => {
    const plan = planCombinations(groups, new Set(["red", "blue", "s", "m", "l"]), [], 500);
    expect(plan.sizes).toEqual([2, 3]);
    expect(plan.total).toBe(6);
    expect(plan.fresh).toBe(6);
    expect(plan.planned[0]!.values.map((v) => v.id)).toEqual(["red", "s"]);
    expect(plan.planned[0]!.values[0]!.groupName).toBe("Kolor");
  });

  it("counts combinations the product already has, in any order", () => {
    const plan = planCombinations(groups, new Set(["red", "blue", "s"]), [variant(["s", "red"])], 500);
    expect(plan.total).toBe(2);
    expect(plan.existing).toBe(1);
    expect(plan.fresh).toBe(1);
    expect(plan.existingKeys.has(combinationKey(["red", "s"]))).toBe(true);
  });

  it("plans nothing when nothing is picked or the pick is over the limit", () => {
    expect(planCombinations(groups, new Set(), [], 500).total).toBe(0);
    const over = planCombinations(groups, new Set(["red", "blue", "s", "m", "l"]), [], 5);
    expect(over.total).toBe(6);
    expect(over.planned).toEqual([]);
  });
});
