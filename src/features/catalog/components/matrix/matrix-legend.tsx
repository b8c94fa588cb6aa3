"use client";

import { AlertTriangle } from "lucide-react";
import { useTranslations } from "next-intl";
import { useCallback } from "react";
import { cn } from "@/lib/utils";
import type { FitmentCell, FitmentType } from "../../constants";

const BADGE: Record<FitmentType, string> = {
  original: "bg-emerald-100 text-emerald-900 ring-emerald-600/40 dark:bg-emerald-900/70 dark:text-emerald-50 dark:ring-emerald-400/40",
  replacement: "bg-sky-100 text-sky-900 ring-sky-600/40 dark:bg-sky-900/70 dark:text-sky-50 dark:ring-sky-400/40",
};
const LETTER: Record<FitmentType, string> = { original: "O", replacement: "R" };

/** The letter a cell shows: O (original, OEM) or R (replacement, aftermarket). */
export function CellBadge({ value, className }: { value: FitmentType; className?: string }) {
  return (
    <span
      aria-hidden
      className={cn(
        "pointer-events-none inline-grid size-6 place-items-center rounded-md text-xs font-bold ring-1",
        BADGE[value],
        className,
      )}
    >
      {LETTER[value]}
    </span>
  );
}

/** A cell's state in words ("brak" / "oryginał" / "zamiennik"), as the grid's cell labels say it. */
export function useCellStateLabel() {
  const t = useTranslations("compatibility.state");
  return useCallback((value: FitmentCell) => t(value ?? "none"), [t]);
}

/** A vehicle's model years: "2019–2023", "od 2019", "do 2020", "" when unknown. */
export function useYears() {
  const t = useTranslations("compatibility.years");
  return useCallback(
    (from: number | null, to: number | null) => {
      // Strings, not numbers: a year is not an amount ("2019", never "2,019").
      if (from && to) return from === to ? String(from) : t("range", { from: String(from), to: String(to) });
      if (from) return t("from", { from: String(from) });
      if (to) return t("to", { to: String(to) });
      return "";
    },
    [t],
  );
}

/** What O, R and Model mean, how pending and conflicting cells look, and the keyboard. */
export function MatrixLegend() {
  const t = useTranslations("compatibility.legend");
  const keys = ["move", "extend", "cycle", "set", "clear", "rowColumn", "all", "undo", "save"] as const;
  return (
    <section aria-labelledby="matrix-legend" className="grid gap-3 rounded-lg border p-4 text-sm">
      <h2 id="matrix-legend" className="font-semibold">
        {t("title")}
      </h2>
      <dl className="grid gap-2 sm:grid-cols-2">
        <div className="flex items-start gap-2">
          <dt>
            <CellBadge value="original" />
            <span className="sr-only">O</span>
          </dt>
          <dd className="text-muted-foreground">{t("original")}</dd>
        </div>
        <div className="flex items-start gap-2">
          <dt>
            <CellBadge value="replacement" />
            <span className="sr-only">R</span>
          </dt>
          <dd className="text-muted-foreground">{t("replacement")}</dd>
        </div>
        <div className="flex items-start gap-2">
          <dt className="inline-grid h-6 shrink-0 place-items-center rounded-md border px-1.5 text-xs font-semibold">{t("modelTerm")}</dt>
          <dd className="text-muted-foreground">{t("model")}</dd>
        </div>
        <div className="flex items-start gap-2">
          <dt className="flex shrink-0 gap-1">
            <span aria-hidden className="inline-block size-6 rounded-md border-2 border-dashed border-amber-500" />
            <span aria-hidden className="grid size-6 place-items-center rounded-md bg-destructive/10">
              <AlertTriangle className="size-3.5 text-destructive" />
            </span>
            <span className="sr-only">{t("markers")}</span>
          </dt>
          <dd className="text-muted-foreground">{t("pendingConflict")}</dd>
        </div>
      </dl>
      <details className="group">
        <summary className="w-fit cursor-pointer rounded-sm font-medium outline-none focus-visible:ring-2 focus-visible:ring-ring">
          {t("keyboard")}
        </summary>
        <ul className="mt-2 grid gap-1 text-muted-foreground sm:grid-cols-2">
          {keys.map((k) => (
            <li key={k}>{t(`keys.${k}`)}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}
