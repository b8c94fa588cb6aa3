"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { ChevronLeft, ChevronRight, Copy, History, Loader2, MonitorSmartphone } from "lucide-react";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { toast } from "sonner";
import { ConfirmDialog } from "@/components/layout/confirm-dialog";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { useErrorMessage } from "@/hooks/use-error-message";
import { cn } from "@/lib/utils";
import { useTRPC } from "@/trpc/react";
import { FITMENT_SAVE_MAX_CELLS, type FitmentCell } from "../../constants";
import { CopyShopDialog } from "./copy-shop-dialog";
import { MatrixEditBar } from "./matrix-edit-bar";
import { MatrixFilters } from "./matrix-filters";
import { MatrixGrid, type ApplyValue } from "./matrix-grid";
import { MatrixHistorySheet } from "./matrix-history-sheet";
import { MatrixLegend } from "./matrix-legend";
import {
  cellKey,
  clampSelection,
  initialSelection,
  nextCell,
  rectSize,
  saveChanges,
  selectionRect,
  shownOf,
  type Pos,
  type Selection,
} from "./matrix-model";
import { MATRIX_COLUMN_PAGE, matrixQueryInput, matrixSearch, pickShopId, type MatrixState } from "./matrix-state";
import { useMatrixData } from "./use-matrix-data";
import { useMatrixEdits, useUnsavedGuard } from "./use-matrix-edits";

const isEditable = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

/**
 * The compatibility matrix admins edit all day (`/admin/compatibility`): parts × vehicles of the
 * shop's brands, each cell empty / O (original) / R (replacement). Edits stay pending (undoable)
 * until "Save changes" sends them in one `catalog.matrix.save` batch; a refused save (another admin
 * changed some cells) keeps the user's wishes against the new values and marks those cells.
 * Filters live in the address bar; `initial` comes from it.
 */
export function CompatibilityMatrix({ initial }: { initial: MatrixState }) {
  const t = useTranslations("compatibility");
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const [state, setState] = useState(initial);
  useEffect(() => {
    const search = matrixSearch(state);
    if (window.location.search !== search) window.history.replaceState(window.history.state, "", `${window.location.pathname}${search}`);
  }, [state]);

  const shops = useQuery(trpc.catalog.shops.list.queryOptions());
  const shopId = pickShopId(shops.data, state.shop);
  const input = useMemo(() => (shopId ? matrixQueryInput(state, shopId) : null), [state, shopId]);
  const data = useMatrixData(input);
  const { rows, columns, base } = data;
  const edits = useMatrixEdits(base);
  const pending = edits.state.pending;

  // A new filter shows other rows and columns: start the selection afresh (indexes would point elsewhere).
  const inputKey = JSON.stringify(input);
  const [selectionFor, setSelectionFor] = useState(inputKey);
  const [rawSelection, setSelection] = useState<Selection>(initialSelection);
  if (selectionFor !== inputKey) {
    setSelectionFor(inputKey);
    setSelection(initialSelection);
  }
  const selection = clampSelection(rawSelection, rows.length, columns.length);
  const rect = selectionRect(selection, rows.length, columns.length);
  const selectionCount = rows.length && columns.length ? rectSize(rect) : 0;
  const [focusRequest, setFocusRequest] = useState(0);

  const [copyOpen, setCopyOpen] = useState(false);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [switchTo, setSwitchTo] = useState<string | null>(null);

  useUnsavedGuard(pending.size > 0, t("leave", { count: pending.size }));

  const save = useMutation(trpc.catalog.matrix.save.mutationOptions());
  const readOnly = save.isPending || data.query.isPlaceholderData || !input;

  const applyToSelection = useCallback(
    (value: ApplyValue) => {
      if (readOnly || rows.length === 0 || columns.length === 0) return;
      const size = rectSize(rect);
      if (size > FITMENT_SAVE_MAX_CELLS) {
        toast.error(t("edit.tooLarge", { count: size, max: FITMENT_SAVE_MAX_CELLS }));
        return;
      }
      let target: FitmentCell;
      if (value === "cycle") {
        const { r, c } = selection.active;
        const row = rows[r];
        const col = columns[c];
        if (!row || !col) return;
        target = nextCell(shownOf(edits.state, base, cellKey(row.id, col.id)));
      } else target = value;
      const targets: { partId: string; vehicleId: string; value: FitmentCell }[] = [];
      for (let r = rect.r0; r <= rect.r1; r++) {
        for (let c = rect.c0; c <= rect.c1; c++) targets.push({ partId: rows[r]!.id, vehicleId: columns[c]!.id, value: target });
      }
      edits.apply(targets);
    },
    [readOnly, rows, columns, rect, selection.active, edits, base, t],
  );

  const goToConflict = useCallback(
    (keys: Iterable<string>) => {
      const rowIndex = new Map(rows.map((r, i) => [r.id, i]));
      const columnIndex = new Map(columns.map((c, i) => [c.id, i]));
      const positions: Pos[] = [];
      for (const key of keys) {
        const [partId, vehicleId] = key.split("|");
        const r = rowIndex.get(partId!);
        const c = columnIndex.get(vehicleId!);
        if (r !== undefined && c !== undefined) positions.push({ r, c });
      }
      if (positions.length === 0) {
        toast.info(t("edit.conflictsElsewhere"));
        return;
      }
      positions.sort((a, b) => a.r - b.r || a.c - b.c);
      const { r, c } = selection.active;
      const next = positions.find((p) => p.r > r || (p.r === r && p.c > c)) ?? positions[0]!;
      setSelection({ anchor: next, active: next, kind: "cells" });
      setFocusRequest((n) => n + 1);
    },
    [rows, columns, selection.active, t],
  );

  // A retried save of the very same edits (e.g. after a network error) reuses its batch id, so the server applies it once.
  const batch = useRef<{ pending: typeof pending; id: string } | null>(null);
  const doSave = useCallback(() => {
    if (!shopId || pending.size === 0 || save.isPending) return;
    const changes = saveChanges(edits.state);
    if (changes.length > FITMENT_SAVE_MAX_CELLS) {
      toast.error(t("save.tooMany", { count: changes.length, max: FITMENT_SAVE_MAX_CELLS }));
      return;
    }
    const batchId = batch.current?.pending === pending ? batch.current.id : crypto.randomUUID();
    batch.current = { pending, id: batchId };
    save.mutate(
      { shopId, batchId, changes },
      {
        onSuccess: (result) => {
          batch.current = null;
          if (result.ok) {
            data.patch(changes.map((c) => ({ partId: c.partId, vehicleId: c.vehicleId, value: c.to })));
            edits.saved(changes);
            toast.success(t("save.saved", { count: result.applied }));
            void data.refetch();
          } else {
            data.patch(result.conflicts.map((c) => ({ partId: c.partId, vehicleId: c.vehicleId, value: c.current })));
            edits.conflicted(result.conflicts);
            toast.warning(t("save.conflicts", { count: result.conflicts.length }), { duration: 10_000 });
            goToConflict(result.conflicts.map((c) => cellKey(c.partId, c.vehicleId)));
          }
        },
        onError: (error) => toast.error(errorMessage(error)),
      },
    );
  }, [shopId, pending, save, edits, data, t, errorMessage, goToConflict]);

  const undo = useCallback(() => (save.isPending ? undefined : edits.undo()), [save.isPending, edits]);
  const redo = useCallback(() => (save.isPending ? undefined : edits.redo()), [save.isPending, edits]);

  // Ctrl/Cmd+S saves from anywhere on the page; undo/redo leave text fields their own undo.
  const shortcuts = useRef({ doSave, undo, redo });
  useEffect(() => {
    shortcuts.current = { doSave, undo, redo };
  }, [doSave, undo, redo]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const key = e.key.toLowerCase();
      if (key === "s") {
        e.preventDefault();
        shortcuts.current.doSave();
      } else if (!isEditable(e.target) && (key === "z" || key === "y")) {
        e.preventDefault();
        if (key === "z" && !e.shiftKey) shortcuts.current.undo();
        else shortcuts.current.redo();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const update = (patch: Partial<MatrixState>) => setState((s) => ({ ...s, ...patch }));
  const changeShop = (id: string) => {
    if (id === shopId) return;
    if (pending.size > 0) setSwitchTo(id);
    else update({ shop: id, cp: 1, vb: [] });
  };

  const partBrands = useMemo(() => [...new Set(rows.map((r) => r.brand))].sort((a, b) => a.localeCompare(b)).slice(0, 200), [rows]);
  const selectedPartIds = useMemo(
    () => (selectionCount > 0 ? rows.slice(rect.r0, rect.r1 + 1).map((r) => r.id) : []),
    [rows, rect.r0, rect.r1, selectionCount],
  );
  const shop = shops.data?.find((s) => s.id === shopId) ?? null;
  const activeRow = rows[selection.active.r] ?? null;
  const error = shops.error ?? data.query.error;
  const columnFrom = data.totalColumns > 0 ? (state.cp - 1) * MATRIX_COLUMN_PAGE + 1 : 0;
  const columnTo = (state.cp - 1) * MATRIX_COLUMN_PAGE + columns.length;

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <p className="hidden max-w-2xl text-sm text-muted-foreground sm:block">{t("intro")}</p>
        <div className="flex flex-wrap gap-2">
          <Button variant="outline" size="sm" onClick={() => setHistoryOpen(true)} disabled={!shop}>
            <History aria-hidden />
            {t("history.open")}
          </Button>
          <Button variant="outline" size="sm" onClick={() => setCopyOpen(true)} disabled={!shop}>
            <Copy aria-hidden />
            {t("copy.open")}
          </Button>
        </div>
      </div>
      <p className="flex items-start gap-2 rounded-md border border-dashed p-2 text-xs text-muted-foreground md:hidden">
        <MonitorSmartphone aria-hidden className="size-4 shrink-0" />
        {t("smallScreen")}
      </p>

      <MatrixFilters
        shops={shops.data ?? []}
        shopId={shopId}
        state={state}
        columnBrands={data.columnBrands}
        partBrands={partBrands}
        onChange={update}
        onShopChange={changeShop}
      />
      <MatrixEditBar
        selectionCount={selectionCount}
        canEdit={!readOnly}
        pendingCount={pending.size}
        conflictCount={edits.state.conflicts.size}
        canUndo={edits.state.undo.length > 0}
        canRedo={edits.state.redo.length > 0}
        saving={save.isPending}
        onSet={applyToSelection}
        onUndo={undo}
        onRedo={redo}
        onSave={doSave}
        onDiscard={edits.discard}
        onNextConflict={() => goToConflict(edits.state.conflicts)}
      />

      {error ? (
        <p role="alert" className="rounded-lg border border-destructive/50 p-4 text-destructive">
          {errorMessage(error)}
        </p>
      ) : shops.isPending || (input && data.query.isPending) ? (
        <Skeleton className="h-[calc(100dvh-22rem)] min-h-[22rem] rounded-lg md:h-[calc(100dvh-19rem)]" />
      ) : !shopId ? (
        <p className="rounded-lg border border-dashed p-6 text-muted-foreground">{t("noShops")}</p>
      ) : columns.length === 0 || rows.length === 0 ? (
        <div className="grid gap-1 rounded-lg border border-dashed p-6">
          <p className="font-medium">{columns.length === 0 ? t("empty.noVehicles") : t("empty.noParts")}</p>
          <p className="text-sm text-muted-foreground">
            {columns.length === 0
              ? shop?.allowedBrands?.length === 0
                ? t("empty.noBrandsHint")
                : state.vq || state.vb.length > 0
                  ? t("empty.filtersHint")
                  : t("empty.noVehiclesHint")
              : state.q || state.brand || state.fitted !== "all"
                ? t("empty.filtersHint")
                : t("empty.noPartsHint")}
          </p>
        </div>
      ) : (
        <div className={cn("transition-opacity", data.query.isPlaceholderData && "opacity-60")} aria-busy={data.query.isFetching}>
          <MatrixGrid
            label={t("grid.label", { shop: data.shop?.name ?? shop?.name ?? "" })}
            rows={rows}
            columns={columns}
            base={base}
            edits={edits.state}
            selection={selection}
            setSelection={setSelection}
            onApply={applyToSelection}
            totalRows={data.totalRows}
            totalColumns={data.totalColumns}
            columnOffset={(state.cp - 1) * MATRIX_COLUMN_PAGE}
            hasNextPage={data.query.hasNextPage}
            isFetchingNextPage={data.query.isFetchingNextPage}
            fetchNextPage={() => void data.query.fetchNextPage()}
            focusRequest={focusRequest}
            readOnly={readOnly}
          />
        </div>
      )}

      {rows.length > 0 || columns.length > 0 ? (
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm text-muted-foreground" aria-live="polite">
          <span className="tabular-nums">{t("totals.rows", { from: rows.length ? 1 : 0, to: rows.length, total: data.totalRows })}</span>
          <span className="flex items-center gap-1 tabular-nums">
            {data.totalColumns > columns.length ? (
              <>
                <Button
                  variant="ghost"
                  size="icon-sm"
                  aria-label={t("totals.previousColumns")}
                  disabled={state.cp <= 1}
                  onClick={() => update({ cp: state.cp - 1 })}
                >
                  <ChevronLeft aria-hidden />
                </Button>
                {t("totals.columnsWindow", { from: columnFrom, to: columnTo, total: data.totalColumns })}
                <Button
                  variant="ghost"
                  size="icon-sm"
                  aria-label={t("totals.nextColumns")}
                  disabled={columnTo >= data.totalColumns}
                  onClick={() => update({ cp: state.cp + 1 })}
                >
                  <ChevronRight aria-hidden />
                </Button>
              </>
            ) : (
              t("totals.columns", { count: data.totalColumns })
            )}
          </span>
          {data.query.isFetchingNextPage ? (
            <span className="flex items-center gap-1">
              <Loader2 aria-hidden className="size-4 animate-spin" />
              {t("totals.loadingMore")}
            </span>
          ) : null}
        </div>
      ) : null}

      <MatrixLegend />

      {shop ? (
        <>
          <CopyShopDialog
            open={copyOpen}
            onOpenChange={setCopyOpen}
            from={shop}
            shops={shops.data ?? []}
            selectedPartIds={selectedPartIds}
            pendingCount={pending.size}
          />
          <MatrixHistorySheet
            open={historyOpen}
            onOpenChange={setHistoryOpen}
            shop={shop}
            part={activeRow ? { id: activeRow.id, sku: activeRow.sku } : null}
          />
        </>
      ) : null}
      <ConfirmDialog
        open={switchTo !== null}
        onOpenChange={(open) => (open ? undefined : setSwitchTo(null))}
        title={t("switchShop.title")}
        description={t("switchShop.description", { count: pending.size })}
        confirmLabel={t("switchShop.confirm")}
        onConfirm={() => {
          if (switchTo) {
            edits.reset();
            update({ shop: switchTo, cp: 1, vb: [] });
          }
          setSwitchTo(null);
        }}
      />
    </div>
  );
}
