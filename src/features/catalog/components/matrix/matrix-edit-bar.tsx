"use client";

import { AlertTriangle, Eraser, Loader2, Redo2, Save, Undo2, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";
import type { FitmentCell } from "../../constants";
import { CellBadge } from "./matrix-legend";

/**
 * The editing toolbar: set O / R / clear over the selection, undo and redo, the count of unsaved
 * edits and conflicts, discard and save. The shortcuts work from the grid too (see the legend).
 */
export function MatrixEditBar({
  selectionCount,
  canEdit,
  pendingCount,
  conflictCount,
  canUndo,
  canRedo,
  saving,
  onSet,
  onUndo,
  onRedo,
  onSave,
  onDiscard,
  onNextConflict,
}: {
  selectionCount: number;
  canEdit: boolean;
  pendingCount: number;
  conflictCount: number;
  canUndo: boolean;
  canRedo: boolean;
  saving: boolean;
  onSet: (value: FitmentCell) => void;
  onUndo: () => void;
  onRedo: () => void;
  onSave: () => void;
  onDiscard: () => void;
  onNextConflict: () => void;
}) {
  const t = useTranslations("compatibility.edit");
  const editable = canEdit && selectionCount > 0 && !saving;
  return (
    <div role="toolbar" aria-label={t("label")} className="flex flex-wrap items-center gap-x-2 gap-y-1.5 rounded-lg border bg-muted/40 p-2">
      <div className="flex items-center gap-1">
        <Button
          variant="outline"
          size="sm"
          disabled={!editable}
          onClick={() => onSet("original")}
          aria-keyshortcuts="O"
          title={t("setOriginalHint")}
        >
          <CellBadge value="original" className="size-5" />
          <span className="sr-only sm:not-sr-only">{t("setOriginal")}</span>
        </Button>
        <Button
          variant="outline"
          size="sm"
          disabled={!editable}
          onClick={() => onSet("replacement")}
          aria-keyshortcuts="R"
          title={t("setReplacementHint")}
        >
          <CellBadge value="replacement" className="size-5" />
          <span className="sr-only sm:not-sr-only">{t("setReplacement")}</span>
        </Button>
        <Button
          variant="outline"
          size="sm"
          disabled={!editable}
          onClick={() => onSet(null)}
          aria-keyshortcuts="Delete Backspace"
          title={t("clearHint")}
        >
          <Eraser aria-hidden />
          <span className="sr-only sm:not-sr-only">{t("clear")}</span>
        </Button>
      </div>
      <div className="flex items-center gap-1">
        <Button
          variant="ghost"
          size="icon-sm"
          disabled={!canUndo || saving}
          onClick={onUndo}
          aria-label={t("undo")}
          title={t("undoHint")}
          aria-keyshortcuts="Control+Z Meta+Z"
        >
          <Undo2 aria-hidden />
        </Button>
        <Button
          variant="ghost"
          size="icon-sm"
          disabled={!canRedo || saving}
          onClick={onRedo}
          aria-label={t("redo")}
          title={t("redoHint")}
          aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z"
        >
          <Redo2 aria-hidden />
        </Button>
      </div>
      <span className="text-xs text-muted-foreground tabular-nums" aria-live="polite">
        {t("selection", { count: selectionCount })}
      </span>
      <div className="ms-auto flex flex-wrap items-center justify-end gap-2">
        {conflictCount > 0 ? (
          <Button
            variant="ghost"
            size="sm"
            className="text-destructive hover:text-destructive"
            onClick={onNextConflict}
            title={t("nextConflict")}
          >
            <AlertTriangle aria-hidden />
            {t("conflicts", { count: conflictCount })}
          </Button>
        ) : null}
        <span
          className={cn(
            "text-sm tabular-nums",
            pendingCount > 0 ? "font-medium text-amber-700 dark:text-amber-400" : "text-muted-foreground",
          )}
          aria-live="polite"
          data-testid="pending-count"
        >
          {pendingCount > 0 ? t("pending", { count: pendingCount }) : t("noPending")}
        </span>
        <Button variant="outline" size="sm" disabled={pendingCount === 0 || saving} onClick={onDiscard} title={t("discard")}>
          <X aria-hidden />
          <span className="sr-only sm:not-sr-only">{t("discard")}</span>
        </Button>
        <Button
          size="sm"
          disabled={pendingCount === 0 || saving}
          onClick={onSave}
          aria-keyshortcuts="Control+S Meta+S"
          title={t("saveHint")}
        >
          {saving ? <Loader2 aria-hidden className="animate-spin" /> : <Save aria-hidden />}
          {t("save")}
        </Button>
      </div>
    </div>
  );
}
