/**
 * Pure model of the compatibility matrix editor: cell keys, the pending edits with undo/redo by
 * batch, what a save sends and what its answer does to the pending edits, the selection (a cell
 * rectangle, whole rows or whole columns) and keyboard movement over the loaded window. No React,
 * so every rule here is unit-tested beside the file.
 */
import type { FitmentCell, FitmentType } from "../../constants";
import type { MatrixConflict, MatrixPage } from "../../types";

/** `${partId}|${vehicleId}`: one cell, stable across pages, filters and refetches (indexes are not). */
export type CellKey = string;
export const cellKey = (partId: string, vehicleId: string): CellKey => `${partId}|${vehicleId}`;

/** The server's value of every non-empty loaded cell. */
export type BaseCells = ReadonlyMap<CellKey, FitmentType>;

/** A cell the user changed and has not saved: `from` is what the server sent, `to` what the user wants. */
export type PendingEdit = { partId: string; vehicleId: string; from: FitmentCell; to: FitmentCell };

/** One cell of an edit batch: the value shown before and after it (for undo and redo). */
export type CellWrite = { partId: string; vehicleId: string; before: FitmentCell; after: FitmentCell };
export type EditBatch = readonly CellWrite[];

export type EditState = {
  pending: ReadonlyMap<CellKey, PendingEdit>;
  undo: readonly EditBatch[];
  redo: readonly EditBatch[];
  /** Cells another admin changed since this editor loaded them (from the last save's answer). */
  conflicts: ReadonlySet<CellKey>;
};

export const emptyEditState: EditState = { pending: new Map(), undo: [], redo: [], conflicts: new Set() };

/** How many batches undo remembers; older ones fall off (their edits stay pending). */
const UNDO_DEPTH = 200;

/** Space's cycle: empty → original → replacement → empty. */
export function nextCell(cell: FitmentCell): FitmentCell {
  if (cell === null) return "original";
  if (cell === "original") return "replacement";
  return null;
}

/** What the server holds for a cell as far as this editor knows: the pending edit's `from`, else the loaded value. */
export function baseOf(state: EditState, base: BaseCells, key: CellKey): FitmentCell {
  const edit = state.pending.get(key);
  return edit ? edit.from : (base.get(key) ?? null);
}

/** What the cell shows: the user's pending wish, else the server's value. */
export function shownOf(state: EditState, base: BaseCells, key: CellKey): FitmentCell {
  const edit = state.pending.get(key);
  return edit ? edit.to : (base.get(key) ?? null);
}

function writeAll(
  pending: ReadonlyMap<CellKey, PendingEdit>,
  base: BaseCells,
  writes: readonly { partId: string; vehicleId: string; value: FitmentCell }[],
): Map<CellKey, PendingEdit> {
  const next = new Map(pending);
  for (const { partId, vehicleId, value } of writes) {
    const key = cellKey(partId, vehicleId);
    const existing = next.get(key);
    // `from: null` (the server had no fitment) is a value, not "unknown": no `??` here.
    const from = existing ? existing.from : (base.get(key) ?? null);
    // Back to what the server holds: nothing left to save for this cell.
    if (value === from) next.delete(key);
    else next.set(key, { partId, vehicleId, from, to: value });
  }
  return next;
}

/**
 * Sets cells to the values given, as one undoable batch; cells already showing their value are
 * left out (an edit that changes nothing is not recorded). Clears the redo stack.
 */
export function applyEdit(
  state: EditState,
  base: BaseCells,
  targets: readonly { partId: string; vehicleId: string; value: FitmentCell }[],
): EditState {
  const batch: CellWrite[] = [];
  for (const { partId, vehicleId, value } of targets) {
    const before = shownOf(state, base, cellKey(partId, vehicleId));
    if (before !== value) batch.push({ partId, vehicleId, before, after: value });
  }
  if (batch.length === 0) return state;
  return {
    ...state,
    pending: writeAll(
      state.pending,
      base,
      batch.map((w) => ({ partId: w.partId, vehicleId: w.vehicleId, value: w.after })),
    ),
    undo: [...state.undo, batch].slice(-UNDO_DEPTH),
    redo: [],
  };
}

/** Puts the last batch's cells back to what they showed before it. */
export function undoEdit(state: EditState, base: BaseCells): EditState {
  const batch = state.undo[state.undo.length - 1];
  if (!batch) return state;
  return {
    ...state,
    pending: writeAll(
      state.pending,
      base,
      batch.map((w) => ({ partId: w.partId, vehicleId: w.vehicleId, value: w.before })),
    ),
    undo: state.undo.slice(0, -1),
    redo: [...state.redo, batch],
  };
}

/** Applies the last undone batch again. */
export function redoEdit(state: EditState, base: BaseCells): EditState {
  const batch = state.redo[state.redo.length - 1];
  if (!batch) return state;
  return {
    ...state,
    pending: writeAll(
      state.pending,
      base,
      batch.map((w) => ({ partId: w.partId, vehicleId: w.vehicleId, value: w.after })),
    ),
    undo: [...state.undo, batch],
    redo: state.redo.slice(0, -1),
  };
}

/** Every pending edit back to the server's value, as one undoable batch (so a mistaken discard can be undone). */
export function discardEdits(state: EditState): EditState {
  if (state.pending.size === 0) return { ...state, conflicts: new Set() };
  const batch: CellWrite[] = [...state.pending.values()].map((e) => ({
    partId: e.partId,
    vehicleId: e.vehicleId,
    before: e.to,
    after: e.from,
  }));
  return { pending: new Map(), undo: [...state.undo, batch].slice(-UNDO_DEPTH), redo: [], conflicts: new Set() };
}

/** What `catalog.matrix.save` gets: every pending edit with the value the server sent. */
export function saveChanges(state: EditState): { partId: string; vehicleId: string; from: FitmentCell; to: FitmentCell }[] {
  return [...state.pending.values()].map(({ partId, vehicleId, from, to }) => ({ partId, vehicleId, from, to }));
}

/**
 * After a successful save of `sent`: those cells now hold the sent values on the server. A cell
 * edited again while the save was on its way (even back to its old value) stays pending against the
 * saved value. Undo history is dropped (it described edits against the old values) and conflict
 * marks are cleared.
 */
export function markSaved(
  state: EditState,
  sent: readonly { partId: string; vehicleId: string; from: FitmentCell; to: FitmentCell }[],
): EditState {
  const pending = new Map(state.pending);
  for (const change of sent) {
    const key = cellKey(change.partId, change.vehicleId);
    // Every sent cell was pending; one that is not any more was set back to its old value meanwhile.
    const edit = pending.get(key);
    const wish = edit ? edit.to : change.from;
    if (wish === change.to) pending.delete(key);
    else pending.set(key, { partId: change.partId, vehicleId: change.vehicleId, from: change.to, to: wish });
  }
  return { pending, undo: [], redo: [], conflicts: new Set() };
}

/**
 * After a save was refused for conflicts (nothing was written): each conflict's `current` is the
 * new server value; the user's wish stays pending where it still differs from it. Conflicting cells
 * are marked until the next successful save or discard.
 */
export function applyConflicts(state: EditState, conflicts: readonly MatrixConflict[]): EditState {
  const pending = new Map(state.pending);
  const marked = new Set(state.conflicts);
  for (const { partId, vehicleId, current } of conflicts) {
    const key = cellKey(partId, vehicleId);
    marked.add(key);
    const edit = pending.get(key);
    if (!edit) continue;
    if (edit.to === current) pending.delete(key);
    else pending.set(key, { ...edit, from: current });
  }
  return { ...state, pending, conflicts: marked };
}

// ---------- Server pages ----------

/** The loaded window as one list of rows and the columns (all pages share the columns). */
export function mergePages(pages: readonly MatrixPage[]) {
  const first = pages[0];
  const columns = first?.columns ?? [];
  const rows = pages.flatMap((p) => p.rows);
  const base = new Map<CellKey, FitmentType>();
  for (const page of pages) {
    for (const [r, c, type] of page.cells) {
      const row = page.rows[r];
      const column = page.columns[c];
      if (row && column) base.set(cellKey(row.id, column.id), type);
    }
  }
  return { rows, columns, base: base as BaseCells };
}

/**
 * A loaded page with cells set to new server values (after a save or from conflicts), so the grid
 * shows the new state before the refetch arrives. Rows' fitment counts follow.
 */
export function patchPage(page: MatrixPage, changes: readonly { partId: string; vehicleId: string; value: FitmentCell }[]): MatrixPage {
  const rowIndex = new Map(page.rows.map((r, i) => [r.id, i]));
  const columnIndex = new Map(page.columns.map((c, i) => [c.id, i]));
  const cells = new Map<string, FitmentType>(page.cells.map(([r, c, type]) => [`${r}:${c}`, type]));
  const delta = new Map<number, number>();
  let touched = false;
  for (const { partId, vehicleId, value } of changes) {
    const r = rowIndex.get(partId);
    const c = columnIndex.get(vehicleId);
    if (r === undefined || c === undefined) continue;
    const key = `${r}:${c}`;
    const had = cells.has(key);
    if (value === null) cells.delete(key);
    else cells.set(key, value);
    delta.set(r, (delta.get(r) ?? 0) + (value === null ? 0 : 1) - (had ? 1 : 0));
    touched = true;
  }
  if (!touched) return page;
  return {
    ...page,
    rows: page.rows.map((row, i) => (delta.get(i) ? { ...row, fitmentCount: Math.max(0, row.fitmentCount + delta.get(i)!) } : row)),
    cells: [...cells].map(([key, type]) => {
      const [r, c] = key.split(":").map(Number) as [number, number];
      return [r, c, type];
    }),
  };
}

// ---------- Selection ----------

/** A cell by its index in the loaded rows and columns; `c = -1` is the row header (the part). */
export type Pos = { r: number; c: number };
export type SelectionKind = "cells" | "rows" | "columns" | "all";
/** `active` has the focus and moves; the range spans from `anchor` to `active` (whole rows or columns by `kind`). */
export type Selection = { anchor: Pos; active: Pos; kind: SelectionKind };
/** Inclusive index ranges; empty when `r1 < r0` or `c1 < c0`. */
export type Rect = { r0: number; r1: number; c0: number; c1: number };

export const initialSelection: Selection = { anchor: { r: 0, c: 0 }, active: { r: 0, c: 0 }, kind: "cells" };

export function selectionRect(sel: Selection, rowCount: number, columnCount: number): Rect {
  if (sel.kind === "all") return { r0: 0, r1: rowCount - 1, c0: 0, c1: columnCount - 1 };
  const rows = sel.kind === "columns" ? [0, rowCount - 1] : [Math.min(sel.anchor.r, sel.active.r), Math.max(sel.anchor.r, sel.active.r)];
  const cols =
    sel.kind === "rows" ? [0, columnCount - 1] : [Math.max(0, Math.min(sel.anchor.c, sel.active.c)), Math.max(sel.anchor.c, sel.active.c)];
  return {
    r0: Math.max(0, rows[0]!),
    r1: Math.min(rowCount - 1, rows[1]!),
    c0: Math.max(0, cols[0]!),
    c1: Math.min(columnCount - 1, cols[1]!),
  };
}

export const rectSize = (rect: Rect) => Math.max(0, rect.r1 - rect.r0 + 1) * Math.max(0, rect.c1 - rect.c0 + 1);
export const inRect = (rect: Rect, r: number, c: number) => r >= rect.r0 && r <= rect.r1 && c >= rect.c0 && c <= rect.c1;

/** The selection kept inside the loaded window (after a filter change or a shorter refetch). */
export function clampSelection(sel: Selection, rowCount: number, columnCount: number): Selection {
  const clamp = (p: Pos): Pos => ({
    r: Math.max(0, Math.min(rowCount - 1, p.r)),
    c: Math.max(-1, Math.min(columnCount - 1, p.c)),
  });
  const anchor = clamp(sel.anchor);
  const active = clamp(sel.active);
  if (anchor.r === sel.anchor.r && anchor.c === sel.anchor.c && active.r === sel.active.r && active.c === sel.active.c) return sel;
  return { ...sel, anchor, active };
}

export type NavKey = "ArrowUp" | "ArrowDown" | "ArrowLeft" | "ArrowRight" | "Home" | "End" | "PageUp" | "PageDown";
export const NAV_KEYS: readonly string[] = ["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "Home", "End", "PageUp", "PageDown"];

/**
 * Where a navigation key takes the active cell. Ctrl/Cmd with an arrow jumps to the edge, with
 * Home/End to the first/last loaded cell; PageUp/PageDown move by `pageRows`. Left of the first
 * column is the row header (`c = -1`, the part's link).
 */
export function navigate(pos: Pos, key: NavKey, mod: boolean, size: { rows: number; columns: number; pageRows: number }): Pos {
  const lastR = Math.max(0, size.rows - 1);
  const lastC = Math.max(0, size.columns - 1);
  const clampR = (r: number) => Math.max(0, Math.min(lastR, r));
  switch (key) {
    case "ArrowUp":
      return { ...pos, r: mod ? 0 : clampR(pos.r - 1) };
    case "ArrowDown":
      return { ...pos, r: mod ? lastR : clampR(pos.r + 1) };
    case "ArrowLeft":
      return { ...pos, c: mod ? 0 : Math.max(-1, pos.c - 1) };
    case "ArrowRight":
      return { ...pos, c: mod ? lastC : Math.min(lastC, pos.c + 1) };
    case "Home":
      return mod ? { r: 0, c: 0 } : { ...pos, c: 0 };
    case "End":
      return mod ? { r: lastR, c: lastC } : { ...pos, c: lastC };
    case "PageUp":
      return { ...pos, r: clampR(pos.r - Math.max(1, size.pageRows)) };
    case "PageDown":
      return { ...pos, r: clampR(pos.r + Math.max(1, size.pageRows)) };
  }
}

/**
 * The selection after a navigation key: Shift extends the range (keeping whole rows or columns
 * when those are selected), otherwise the range collapses to the new active cell. On the row header
 * the selection is that row.
 */
export function moveSelection(sel: Selection, to: Pos, extend: boolean): Selection {
  if (extend) {
    if (sel.kind === "all") return { ...sel, active: to, kind: "cells" };
    return { ...sel, active: to, kind: to.c < 0 && sel.kind === "cells" ? "rows" : sel.kind };
  }
  if (to.c < 0) return { anchor: to, active: to, kind: "rows" };
  return { anchor: to, active: to, kind: "cells" };
}
