"use client";

import { flexRender, getCoreRowModel, useReactTable, type ColumnDef } from "@tanstack/react-table";
import { defaultRangeExtractor, useVirtualizer, type Range } from "@tanstack/react-virtual";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from "react";
import { useMediaQuery } from "@/hooks/use-media-query";
import { cn } from "@/lib/utils";
import type { FitmentCell } from "../../constants";
import type { MatrixColumn, MatrixRow } from "../../types";
import {
  cellKey,
  inRect,
  moveSelection,
  NAV_KEYS,
  navigate,
  selectionRect,
  type BaseCells,
  type EditState,
  type NavKey,
  type Pos,
  type Selection,
} from "./matrix-model";
import { MatrixCell, MatrixRowHeader } from "./matrix-cells";
import { useCellStateLabel, useYears } from "./matrix-legend";

/** Sizes in px. Phones get narrower columns so more than two vehicles fit. */
const SIZES = {
  wide: { rowHeader: 264, column: 92, row: 40, header: 76 },
  compact: { rowHeader: 124, column: 64, row: 40, header: 76 },
};

export type ApplyValue = FitmentCell | "cycle";

type MatrixGridProps = {
  label: string;
  rows: MatrixRow[];
  columns: MatrixColumn[];
  base: BaseCells;
  edits: EditState;
  selection: Selection;
  setSelection: React.Dispatch<React.SetStateAction<Selection>>;
  /** Sets every cell of the selection (or cycles the active cell's value over it). */
  onApply: (value: ApplyValue) => void;
  totalRows: number;
  totalColumns: number;
  /** Index of the first loaded column among all the shop's columns (for aria-colindex). */
  columnOffset: number;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => void;
  /** Bumped by the parent to scroll to the active cell and focus it (e.g. "next conflict"). */
  focusRequest: number;
  readOnly: boolean;
};

/** Which element of the grid a pointer event hit: a cell, a row header or a column header. */
function hitOf(target: EventTarget | null): { kind: "cell"; pos: Pos } | { kind: "row"; r: number } | { kind: "column"; c: number } | null {
  const el = (target as Element | null)?.closest?.("[data-pos],[data-row],[data-col]");
  if (!(el instanceof HTMLElement)) return null;
  if (el.dataset.pos) {
    const [r, c] = el.dataset.pos.split(":").map(Number) as [number, number];
    return c < 0 ? { kind: "row", r } : { kind: "cell", pos: { r, c } };
  }
  if (el.dataset.row) return { kind: "row", r: Number(el.dataset.row) };
  if (el.dataset.col) return { kind: "column", c: Number(el.dataset.col) };
  return null;
}

/**
 * The fitment matrix as an ARIA grid: parts down, vehicles across, both virtualised (only the cells
 * in view are in the DOM), with a sticky header row and a sticky part column. One cell is in the tab
 * order (roving tabindex); arrows, Home/End, PageUp/PageDown move it, Shift extends the range, and the
 * mouse selects by click, Shift+click, drag and the headers. Edits go up through `onApply`.
 */
export function MatrixGrid(props: MatrixGridProps) {
  const { rows, columns, base, edits, selection, setSelection, onApply, readOnly } = props;
  const t = useTranslations("compatibility");
  const stateLabel = useCellStateLabel();
  const years = useYears();
  const compact = useMediaQuery("(max-width: 767px)");
  const size = compact ? SIZES.compact : SIZES.wide;
  const scrollRef = useRef<HTMLDivElement>(null);
  const focusPending = useRef(false);
  const dragging = useRef<"cells" | "rows" | "columns" | null>(null);
  const lastPointer = useRef<string>("mouse");

  // TanStack Table holds the column model: the pinned part column and one column per vehicle.
  const tableColumns = useMemo<ColumnDef<MatrixRow>[]>(
    () => [
      { id: "part", size: size.rowHeader, header: () => t("grid.part") },
      ...columns.map((col): ColumnDef<MatrixRow> => ({
        id: col.id,
        size: size.column,
        header: () => (
          <>
            <span className="block truncate text-[10px] font-medium tracking-wide text-muted-foreground uppercase">{col.brand}</span>
            <span className="line-clamp-2 text-xs leading-tight font-semibold break-words">{col.vehicleName}</span>
            <span className="block truncate text-[10px] text-muted-foreground tabular-nums">{years(col.yearFrom, col.yearTo)}</span>
          </>
        ),
      })),
    ],
    [columns, size.rowHeader, size.column, t, years],
  );
  // eslint-disable-next-line react-hooks/incompatible-library -- the table is read during render only; nothing memoises its functions
  const table = useReactTable({
    data: rows,
    columns: tableColumns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => row.id,
    state: { columnPinning: { left: ["part"] } },
  });
  const vehicleHeaders = table.getCenterHeaderGroups()[0]?.headers ?? [];
  const partHeader = table.getLeftHeaderGroups()[0]?.headers[0];
  const tableRows = table.getRowModel().rows;

  const active = selection.active;
  // The active row and column always stay rendered, so the focused cell never leaves the DOM.
  const rowRange = useCallback(
    (range: Range) => {
      const list = defaultRangeExtractor(range);
      return active.r >= 0 && active.r < range.count && !list.includes(active.r) ? [...list, active.r].sort((a, b) => a - b) : list;
    },
    [active.r],
  );
  const columnRange = useCallback(
    (range: Range) => {
      const list = defaultRangeExtractor(range);
      return active.c >= 0 && active.c < range.count && !list.includes(active.c) ? [...list, active.c].sort((a, b) => a - b) : list;
    },
    [active.c],
  );
  const rowVirtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => size.row,
    overscan: 8,
    paddingStart: size.header,
    scrollPaddingStart: size.header,
    rangeExtractor: rowRange,
  });
  const columnVirtualizer = useVirtualizer({
    horizontal: true,
    count: columns.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => size.column,
    overscan: 3,
    paddingStart: size.rowHeader,
    scrollPaddingStart: size.rowHeader,
    rangeExtractor: columnRange,
  });
  useEffect(() => {
    rowVirtualizer.measure();
    columnVirtualizer.measure();
  }, [size, rowVirtualizer, columnVirtualizer]);

  const virtualRows = rowVirtualizer.getVirtualItems();
  const virtualColumns = columnVirtualizer.getVirtualItems();
  const totalWidth = columnVirtualizer.getTotalSize();
  const totalHeight = rowVirtualizer.getTotalSize();

  // Load the next page of parts before the user reaches the end of what is loaded.
  const lastVisible = rowVirtualizer.range?.endIndex ?? 0;
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = props;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && rows.length > 0 && lastVisible >= rows.length - 40) fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage, lastVisible, rows.length]);

  // Move the DOM focus to the active cell once it is rendered (after keyboard moves and header clicks).
  useLayoutEffect(() => {
    if (!focusPending.current) return;
    const el = scrollRef.current?.querySelector<HTMLElement>(`[data-pos="${active.r}:${active.c}"]`);
    if (el) {
      el.focus({ preventScroll: true });
      focusPending.current = false;
    }
  });

  const reveal = useCallback(
    (pos: Pos) => {
      rowVirtualizer.scrollToIndex(pos.r, { align: "auto" });
      if (pos.c >= 0) columnVirtualizer.scrollToIndex(pos.c, { align: "auto" });
      focusPending.current = true;
    },
    [rowVirtualizer, columnVirtualizer],
  );

  const { focusRequest } = props;
  useEffect(() => {
    if (focusRequest > 0) reveal(active);
    // Only a new request reveals; the active cell changing alone is handled where it changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusRequest]);

  const rect = selectionRect(selection, rows.length, columns.length);
  const rowDelta = useMemo(() => {
    const delta = new Map<string, number>();
    for (const e of edits.pending.values()) delta.set(e.partId, (delta.get(e.partId) ?? 0) + (e.to ? 1 : 0) - (e.from ? 1 : 0));
    return delta;
  }, [edits.pending]);

  const onKeyDown = (e: React.KeyboardEvent<HTMLDivElement>) => {
    if (rows.length === 0 || columns.length === 0) return;
    const mod = e.ctrlKey || e.metaKey;
    if (NAV_KEYS.includes(e.key)) {
      const el = scrollRef.current;
      const pageRows = el ? Math.max(1, Math.floor((el.clientHeight - size.header) / size.row) - 1) : 10;
      const to = navigate(active, e.key as NavKey, mod, { rows: rows.length, columns: columns.length, pageRows });
      e.preventDefault();
      setSelection((s) => moveSelection(s, to, e.shiftKey));
      reveal(to);
      return;
    }
    if (e.key === "Escape") {
      if (selection.kind !== "cells" || selection.anchor.r !== active.r || selection.anchor.c !== active.c) {
        e.preventDefault();
        setSelection(moveSelection(selection, active, false));
      }
      return;
    }
    if (mod && !e.altKey && e.key.toLowerCase() === "a") {
      e.preventDefault();
      setSelection({ anchor: { r: 0, c: 0 }, active, kind: "all" });
      return;
    }
    if (e.key === " " || e.code === "Space") {
      e.preventDefault();
      if (e.shiftKey) setSelection({ anchor: active, active, kind: "rows" });
      else if (mod) setSelection({ anchor: active, active, kind: "columns" });
      else if (!readOnly && active.c >= 0) onApply("cycle");
      return;
    }
    if (mod || e.altKey || readOnly) return;
    const key = e.key.toLowerCase();
    if (key === "o" || key === "r" || e.key === "Delete" || e.key === "Backspace") {
      e.preventDefault();
      onApply(key === "o" ? "original" : key === "r" ? "replacement" : null);
    }
  };

  const onPointerDown = (e: React.PointerEvent<HTMLDivElement>) => {
    lastPointer.current = e.pointerType;
    // Touch and pen scroll the grid; they select on click instead (below).
    if (e.pointerType !== "mouse" || e.button !== 0) return;
    const hit = hitOf(e.target);
    if (!hit) return;
    // The part's SKU is a link: let it be followed.
    if ((e.target as Element).closest("a")) return;
    e.preventDefault();
    focusPending.current = true;
    if (hit.kind === "cell") {
      dragging.current = "cells";
      setSelection((s) => moveSelection(s, hit.pos, e.shiftKey));
    } else if (hit.kind === "row") {
      dragging.current = "rows";
      setSelection((s) => {
        const at = { r: hit.r, c: Math.max(0, s.active.c) };
        return e.shiftKey && s.kind === "rows" ? { ...s, active: at } : { anchor: at, active: at, kind: "rows" };
      });
    } else {
      dragging.current = "columns";
      setSelection((s) => {
        const at = { r: s.active.r, c: hit.c };
        return e.shiftKey && s.kind === "columns" ? { ...s, active: at } : { anchor: at, active: at, kind: "columns" };
      });
    }
  };

  const onPointerOver = (e: React.PointerEvent<HTMLDivElement>) => {
    const mode = dragging.current;
    if (!mode) return;
    const hit = hitOf(e.target);
    if (!hit) return;
    setSelection((s) => {
      const next =
        mode === "cells" && hit.kind === "cell"
          ? hit.pos
          : mode === "rows" && (hit.kind === "row" || hit.kind === "cell")
            ? { r: hit.kind === "row" ? hit.r : hit.pos.r, c: s.active.c }
            : mode === "columns" && (hit.kind === "column" || hit.kind === "cell")
              ? { r: s.active.r, c: hit.kind === "column" ? hit.c : hit.pos.c }
              : null;
      return next && (next.r !== s.active.r || next.c !== s.active.c) ? { ...s, active: next } : s;
    });
    // The focus follows the moving corner, so the keyboard carries on from where the drag ended.
    focusPending.current = true;
  };

  useEffect(() => {
    const stop = () => {
      dragging.current = null;
    };
    window.addEventListener("pointerup", stop);
    window.addEventListener("pointercancel", stop);
    return () => {
      window.removeEventListener("pointerup", stop);
      window.removeEventListener("pointercancel", stop);
    };
  }, []);

  // Touch: a tap selects a cell; a tap on the already active cell cycles its value.
  const onClick = (e: React.MouseEvent<HTMLDivElement>) => {
    if (lastPointer.current === "mouse") return;
    const hit = hitOf(e.target);
    if (!hit || (e.target as Element).closest("a")) return;
    if (hit.kind === "cell") {
      const single = selection.kind === "cells" && selection.anchor.r === active.r && selection.anchor.c === active.c;
      if (single && active.r === hit.pos.r && active.c === hit.pos.c && !readOnly) onApply("cycle");
      else setSelection({ anchor: hit.pos, active: hit.pos, kind: "cells" });
    } else if (hit.kind === "row") {
      const at = { r: hit.r, c: Math.max(0, active.c) };
      setSelection({ anchor: at, active: at, kind: "rows" });
    } else {
      const at = { r: active.r, c: hit.c };
      setSelection({ anchor: at, active: at, kind: "columns" });
    }
    focusPending.current = true;
  };

  return (
    <div
      ref={scrollRef}
      role="grid"
      aria-label={props.label}
      aria-rowcount={props.totalRows + 1}
      aria-colcount={props.totalColumns + 1}
      aria-multiselectable="true"
      aria-readonly={readOnly || undefined}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerOver={onPointerOver}
      onClick={onClick}
      className="relative h-[calc(100dvh-22rem)] min-h-[22rem] overflow-auto overscroll-contain rounded-lg border bg-background select-none md:h-[calc(100dvh-19rem)]"
    >
      <div role="presentation" className="relative" style={{ width: totalWidth, height: totalHeight }}>
        <div role="row" aria-rowindex={1} className="sticky top-0 z-20 flex bg-muted" style={{ width: totalWidth, height: size.header }}>
          <div
            role="columnheader"
            aria-colindex={1}
            className="sticky left-0 z-10 flex items-end border-e border-b bg-muted px-3 pb-2 text-xs font-semibold text-muted-foreground"
            style={{ width: size.rowHeader, minWidth: size.rowHeader }}
          >
            {partHeader ? flexRender(partHeader.column.columnDef.header, partHeader.getContext()) : null}
          </div>
          {virtualColumns.map((vc) => {
            const header = vehicleHeaders[vc.index];
            const col = columns[vc.index];
            if (!header || !col) return null;
            const selected = rect.c0 <= vc.index && vc.index <= rect.c1 && (selection.kind === "columns" || selection.kind === "all");
            return (
              <div
                key={header.id}
                role="columnheader"
                aria-colindex={props.columnOffset + vc.index + 2}
                data-col={vc.index}
                title={`${col.vehicleName} · ${col.brand}${col.yearFrom || col.yearTo ? ` · ${years(col.yearFrom, col.yearTo)}` : ""}`}
                className={cn(
                  "absolute top-0 flex h-full cursor-pointer flex-col justify-end gap-0.5 overflow-hidden border-e border-b px-1.5 pb-1.5 hover:bg-accent",
                  // Opaque under the tint: cells scroll beneath the sticky header.
                  "bg-muted",
                  rect.c0 <= vc.index && vc.index <= rect.c1 && "bg-linear-to-r from-primary/15 to-primary/15",
                  selected && "shadow-[inset_0_-3px_0_var(--color-primary)]",
                )}
                style={{ left: vc.start, width: header.getSize() }}
              >
                {flexRender(header.column.columnDef.header, header.getContext())}
              </div>
            );
          })}
        </div>
        {virtualRows.map((vr) => {
          const row = tableRows[vr.index]?.original;
          if (!row) return null;
          const rowInRange = rect.r0 <= vr.index && vr.index <= rect.r1;
          const count = row.fitmentCount + (rowDelta.get(row.id) ?? 0);
          const headerActive = active.r === vr.index && active.c === -1;
          return (
            <div
              key={row.id}
              role="row"
              aria-rowindex={vr.index + 2}
              className="absolute top-0 left-0 flex"
              style={{ transform: `translateY(${vr.start}px)`, width: totalWidth, height: size.row }}
            >
              <MatrixRowHeader
                row={row}
                index={vr.index}
                count={count}
                width={size.rowHeader}
                inRange={rowInRange}
                rowSelected={rowInRange && (selection.kind === "rows" || selection.kind === "all")}
                focusable={headerActive}
              />
              {virtualColumns.map((vc) => {
                const col = columns[vc.index];
                if (!col) return null;
                const key = cellKey(row.id, col.id);
                const edit = edits.pending.get(key);
                const value = edit ? edit.to : (base.get(key) ?? null);
                const isActive = active.r === vr.index && active.c === vc.index;
                const selected = inRect(rect, vr.index, vc.index);
                const conflict = edits.conflicts.has(key);
                return (
                  <MatrixCell
                    key={col.id}
                    label={t("grid.cell", { sku: row.sku, vehicle: col.vehicleName, state: stateLabel(value) })}
                    title={
                      conflict
                        ? t("grid.conflictTitle")
                        : edit
                          ? t("grid.pendingTitle", { from: stateLabel(edit.from), to: stateLabel(edit.to) })
                          : undefined
                    }
                    colIndex={props.columnOffset + vc.index + 2}
                    pos={`${vr.index}:${vc.index}`}
                    value={value}
                    pending={!!edit}
                    conflict={conflict}
                    active={isActive}
                    selected={selected}
                    striped={vr.index % 2 === 1}
                    left={vc.start}
                    width={size.column}
                  />
                );
              })}
            </div>
          );
        })}
      </div>
    </div>
  );
}
