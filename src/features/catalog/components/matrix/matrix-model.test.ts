import { describe, expect, it } from "vitest";
import type { FitmentType } from "../../constants";
import type { MatrixPage } from "../../types";
import {
  applyConflicts,
  applyEdit,
  cellKey,
  clampSelection,
  discardEdits,
  emptyEditState,
  markSaved,
  mergePages,
  moveSelection,
  navigate,
  nextCell,
  patchPage,
  redoEdit,
  saveChanges,
  selectionRect,
  shownOf,
  undoEdit,
  type BaseCells,
} from "./matrix-model";

const base: BaseCells = new Map<string, FitmentType>([
  [cellKey("p1", "v1"), "original"],
  [cellKey("p2", "v2"), "replacement"],
]);
const set = (partId: string, vehicleId: string, value: FitmentType | null) => ({ partId, vehicleId, value });

describe("nextCell", () => {
  it("cycles empty → original → replacement → empty", () => {
    expect(nextCell(null)).toBe("original");
    expect(nextCell("original")).toBe("replacement");
    expect(nextCell("replacement")).toBeNull();
  });
});

describe("edits", () => {
  it("records only cells that change, with the server's value as `from`", () => {
    const s = applyEdit(emptyEditState, base, [set("p1", "v1", "original"), set("p1", "v2", "replacement"), set("p2", "v2", null)]);
    expect(saveChanges(s)).toEqual([
      { partId: "p1", vehicleId: "v2", from: null, to: "replacement" },
      { partId: "p2", vehicleId: "v2", from: "replacement", to: null },
    ]);
    expect(s.undo).toHaveLength(1);
    expect(s.undo[0]).toHaveLength(2);
  });

  it("ignores an edit that changes nothing (no empty undo step)", () => {
    expect(applyEdit(emptyEditState, base, [set("p1", "v1", "original")])).toBe(emptyEditState);
  });

  it("drops the pending edit when a cell goes back to the server's value", () => {
    let s = applyEdit(emptyEditState, base, [set("p1", "v1", "replacement")]);
    s = applyEdit(s, base, [set("p1", "v1", null)]);
    expect(s.pending.get(cellKey("p1", "v1"))).toEqual({ partId: "p1", vehicleId: "v1", from: "original", to: null });
    s = applyEdit(s, base, [set("p1", "v1", "original")]);
    expect(s.pending.size).toBe(0);
    expect(s.undo).toHaveLength(3);
  });

  it("keeps `from: null` when the loaded base changes under a pending edit", () => {
    let s = applyEdit(emptyEditState, base, [set("p5", "v5", "original")]);
    const refetched: BaseCells = new Map([[cellKey("p5", "v5"), "replacement"]]);
    s = applyEdit(s, refetched, [set("p5", "v5", "replacement")]);
    expect(saveChanges(s)).toEqual([{ partId: "p5", vehicleId: "v5", from: null, to: "replacement" }]);
  });

  it("undoes and redoes whole batches", () => {
    let s = applyEdit(emptyEditState, base, [set("p1", "v2", "original"), set("p3", "v1", "original")]);
    s = applyEdit(s, base, [set("p1", "v2", "replacement")]);
    s = undoEdit(s, base);
    expect(shownOf(s, base, cellKey("p1", "v2"))).toBe("original");
    s = undoEdit(s, base);
    expect(s.pending.size).toBe(0);
    expect(undoEdit(s, base)).toBe(s);
    s = redoEdit(s, base);
    expect(s.pending.size).toBe(2);
    s = redoEdit(s, base);
    expect(shownOf(s, base, cellKey("p1", "v2"))).toBe("replacement");
    expect(s.redo).toHaveLength(0);
  });

  it("clears redo after a new edit", () => {
    let s = applyEdit(emptyEditState, base, [set("p1", "v2", "original")]);
    s = undoEdit(s, base);
    s = applyEdit(s, base, [set("p3", "v3", "replacement")]);
    expect(s.redo).toHaveLength(0);
  });

  it("discards everything as one undoable step", () => {
    let s = applyEdit(emptyEditState, base, [set("p1", "v2", "original"), set("p1", "v1", null)]);
    s = discardEdits(s);
    expect(s.pending.size).toBe(0);
    s = undoEdit(s, base);
    expect(saveChanges(s)).toHaveLength(2);
  });
});

describe("save answers", () => {
  it("clears every saved cell, removals included", () => {
    const s = applyEdit(emptyEditState, base, [set("p1", "v1", null), set("p2", "v2", "original"), set("p3", "v3", "original")]);
    expect(markSaved(s, saveChanges(s)).pending.size).toBe(0);
  });

  it("clears saved cells but keeps cells edited again while saving", () => {
    let s = applyEdit(emptyEditState, base, [set("p1", "v2", "original"), set("p3", "v3", "replacement")]);
    const sent = saveChanges(s);
    s = applyEdit(s, base, [set("p3", "v3", null)]);
    s = markSaved(s, sent);
    expect(saveChanges(s)).toEqual([{ partId: "p3", vehicleId: "v3", from: "replacement", to: null }]);
    expect(s.undo).toHaveLength(0);
    s = applyEdit(s, base, [set("p4", "v4", "original")]);
    const second = saveChanges(s);
    s = applyEdit(s, base, [set("p4", "v4", "replacement")]);
    expect(saveChanges(markSaved(s, second))).toContainEqual({ partId: "p4", vehicleId: "v4", from: "original", to: "replacement" });
  });

  it("takes a conflict's current value as the new base and keeps wishes that still differ", () => {
    let s = applyEdit(emptyEditState, base, [set("p1", "v2", "original"), set("p3", "v3", "replacement")]);
    s = applyConflicts(s, [
      { partId: "p1", vehicleId: "v2", current: "replacement" },
      { partId: "p3", vehicleId: "v3", current: "replacement" },
    ]);
    expect(saveChanges(s)).toEqual([{ partId: "p1", vehicleId: "v2", from: "replacement", to: "original" }]);
    expect([...s.conflicts].sort()).toEqual([cellKey("p1", "v2"), cellKey("p3", "v3")]);
    expect(discardEdits(s).conflicts.size).toBe(0);
  });
});

const page = (rows: string[], cells: [number, number, FitmentType][]): MatrixPage => ({
  shop: { id: "s", name: "S", allowedBrands: null },
  rows: rows.map((id) => ({ id, sku: id.toUpperCase(), name: id, brand: "B", fitmentCount: cells.filter(([r]) => rows[r] === id).length })),
  columns: [
    { id: "v1", vehicleName: "V1", brand: "YCF", yearFrom: null, yearTo: null },
    { id: "v2", vehicleName: "V2", brand: "YCF", yearFrom: 2019, yearTo: 2023 },
  ],
  cells,
  totalRows: 3,
  totalColumns: 2,
  columnBrands: ["YCF"],
});

describe("pages", () => {
  it("merges pages into rows and a base keyed by ids", () => {
    const merged = mergePages([page(["p1", "p2"], [[0, 0, "original"]]), page(["p3"], [[0, 1, "replacement"]])]);
    expect(merged.rows.map((r) => r.id)).toEqual(["p1", "p2", "p3"]);
    expect(merged.base.get(cellKey("p1", "v1"))).toBe("original");
    expect(merged.base.get(cellKey("p3", "v2"))).toBe("replacement");
    expect(merged.base.size).toBe(2);
  });

  it("patches cells and fitment counts, leaving untouched pages as they are", () => {
    const p = page(["p1", "p2"], [[0, 0, "original"]]);
    const patched = patchPage(p, [set("p1", "v1", null), set("p2", "v2", "replacement"), set("p1", "v2", "original")]);
    expect(patched.cells.sort()).toEqual([
      [0, 1, "original"],
      [1, 1, "replacement"],
    ]);
    expect(patched.rows.map((r) => r.fitmentCount)).toEqual([1, 1]);
    expect(patchPage(p, [set("p9", "v1", "original")])).toBe(p);
  });
});

describe("selection", () => {
  const size = { rows: 10, columns: 5, pageRows: 4 };

  it("spans a rectangle, whole rows, whole columns or everything", () => {
    expect(selectionRect({ anchor: { r: 4, c: 3 }, active: { r: 2, c: 1 }, kind: "cells" }, 10, 5)).toEqual({ r0: 2, r1: 4, c0: 1, c1: 3 });
    expect(selectionRect({ anchor: { r: 4, c: 3 }, active: { r: 2, c: 1 }, kind: "rows" }, 10, 5)).toEqual({ r0: 2, r1: 4, c0: 0, c1: 4 });
    expect(selectionRect({ anchor: { r: 4, c: 3 }, active: { r: 2, c: 1 }, kind: "columns" }, 10, 5)).toEqual({
      r0: 0,
      r1: 9,
      c0: 1,
      c1: 3,
    });
    expect(selectionRect({ anchor: { r: 0, c: 0 }, active: { r: 2, c: 1 }, kind: "all" }, 10, 5)).toEqual({ r0: 0, r1: 9, c0: 0, c1: 4 });
  });

  it("moves with arrows, Home/End, PageUp/PageDown and stops at the edges", () => {
    expect(navigate({ r: 0, c: 0 }, "ArrowUp", false, size)).toEqual({ r: 0, c: 0 });
    expect(navigate({ r: 0, c: 0 }, "ArrowLeft", false, size)).toEqual({ r: 0, c: -1 });
    expect(navigate({ r: 0, c: -1 }, "ArrowLeft", false, size)).toEqual({ r: 0, c: -1 });
    expect(navigate({ r: 0, c: 4 }, "ArrowRight", false, size)).toEqual({ r: 0, c: 4 });
    expect(navigate({ r: 3, c: 2 }, "Home", false, size)).toEqual({ r: 3, c: 0 });
    expect(navigate({ r: 3, c: 2 }, "End", true, size)).toEqual({ r: 9, c: 4 });
    expect(navigate({ r: 3, c: 2 }, "PageDown", false, size)).toEqual({ r: 7, c: 2 });
    expect(navigate({ r: 8, c: 2 }, "PageDown", false, size)).toEqual({ r: 9, c: 2 });
    expect(navigate({ r: 3, c: 2 }, "ArrowDown", true, size)).toEqual({ r: 9, c: 2 });
  });

  it("extends with Shift and collapses without it", () => {
    const start = { anchor: { r: 1, c: 1 }, active: { r: 1, c: 1 }, kind: "cells" as const };
    const extended = moveSelection(start, { r: 3, c: 2 }, true);
    expect(selectionRect(extended, 10, 5)).toEqual({ r0: 1, r1: 3, c0: 1, c1: 2 });
    expect(moveSelection(extended, { r: 4, c: 2 }, false)).toEqual({ anchor: { r: 4, c: 2 }, active: { r: 4, c: 2 }, kind: "cells" });
    expect(moveSelection(start, { r: 1, c: -1 }, false).kind).toBe("rows");
  });

  it("stays inside a window that got smaller", () => {
    const sel = { anchor: { r: 8, c: 4 }, active: { r: 9, c: 4 }, kind: "cells" as const };
    expect(clampSelection(sel, 3, 2)).toEqual({ anchor: { r: 2, c: 1 }, active: { r: 2, c: 1 }, kind: "cells" });
    expect(clampSelection(sel, 10, 5)).toBe(sel);
  });
});
