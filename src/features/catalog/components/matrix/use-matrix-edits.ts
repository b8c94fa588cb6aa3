"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { FitmentCell } from "../../constants";
import type { MatrixConflict } from "../../types";
import {
  applyConflicts,
  applyEdit,
  discardEdits,
  emptyEditState,
  markSaved,
  redoEdit,
  undoEdit,
  type BaseCells,
  type EditState,
} from "./matrix-model";

/**
 * The editor's unsaved edits over the loaded server values (`base`), with undo/redo by batch.
 * Every operation reads the latest `base` (edits record the value the server sent when made).
 */
export function useMatrixEdits(base: BaseCells) {
  const [state, setState] = useState<EditState>(emptyEditState);
  const baseRef = useRef(base);
  useEffect(() => {
    baseRef.current = base;
  }, [base]);

  const apply = useCallback(
    (targets: readonly { partId: string; vehicleId: string; value: FitmentCell }[]) =>
      setState((s) => applyEdit(s, baseRef.current, targets)),
    [],
  );
  const undo = useCallback(() => setState((s) => undoEdit(s, baseRef.current)), []);
  const redo = useCallback(() => setState((s) => redoEdit(s, baseRef.current)), []);
  const discard = useCallback(() => setState((s) => discardEdits(s)), []);
  const saved = useCallback(
    (sent: readonly { partId: string; vehicleId: string; from: FitmentCell; to: FitmentCell }[]) => setState((s) => markSaved(s, sent)),
    [],
  );
  const conflicted = useCallback((conflicts: readonly MatrixConflict[]) => setState((s) => applyConflicts(s, conflicts)), []);
  const reset = useCallback(() => setState(emptyEditState), []);

  return useMemo(
    () => ({ state, apply, undo, redo, discard, saved, conflicted, reset }),
    [state, apply, undo, redo, discard, saved, conflicted, reset],
  );
}

export type MatrixEdits = ReturnType<typeof useMatrixEdits>;

/**
 * Asks before leaving with unsaved edits: closing or reloading the tab (the browser's own prompt)
 * and following an in-app link (a client-side navigation fires no `beforeunload`).
 */
export function useUnsavedGuard(dirty: boolean, question: string) {
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      e.returnValue = "";
    };
    const onClick = (e: MouseEvent) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const link = (e.target as Element | null)?.closest?.("a[href]");
      if (!(link instanceof HTMLAnchorElement) || link.target === "_blank" || link.hasAttribute("download")) return;
      const url = new URL(link.href, window.location.href);
      if (url.origin !== window.location.origin || url.pathname === window.location.pathname) return;
      if (!window.confirm(question)) {
        e.preventDefault();
        e.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    // Capture phase: ahead of Next's <Link> handler, which would navigate first.
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, true);
    };
  }, [dirty, question]);
}
