import { describe, expect, it } from "vitest";
import { combinationKey, combinations } from "./combinations";

const v = (group: string, value: string, groupPosition = 0) => ({ group, value, groupPosition });

describe("combinations", () => {
  it("makes one variant per pick of one value per group: 2 colours × 3 sizes = 6", () => {
    const result = combinations(
      [v("size", "S", 2), v("colour", "red", 1), v("size", "M", 2), v("colour", "blue", 1), v("size", "L", 2)],
      (x) => x.group,
      (a, b) => a.groupPosition - b.groupPosition,
    );
    expect(result.map((c) => c.map((x) => x.value).join("/"))).toEqual(["red/S", "red/M", "red/L", "blue/S", "blue/M", "blue/L"]);
  });

  it("gives each value alone for a single group, and nothing for no values", () => {
    expect(combinations([v("size", "S"), v("size", "M")], (x) => x.group)).toHaveLength(2);
    expect(combinations([], (x: { group: string }) => x.group)).toEqual([]);
  });

  it("keys a combination by its values whatever their order", () => {
    expect(combinationKey(["b", "a", "c"])).toBe("a+b+c");
    expect(combinationKey(["c", "a", "b"])).toBe(combinationKey(["a", "b", "c"]));
  });
});
