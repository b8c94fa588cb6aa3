"use client";

import { AlertTriangle } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/utils";
import type { FitmentCell } from "../../constants";
import type { MatrixRow } from "../../types";
import { CellBadge } from "./matrix-legend";

/**
 * A part's sticky header in the matrix: its SKU (a link to the product, focusable when it is the
 * active position) and name, and its fitment count in the shop including pending edits.
 */
export function MatrixRowHeader({
  row,
  index,
  count,
  width,
  inRange,
  rowSelected,
  focusable,
}: {
  row: MatrixRow;
  index: number;
  count: number;
  width: number;
  inRange: boolean;
  rowSelected: boolean;
  focusable: boolean;
}) {
  const t = useTranslations("compatibility");
  return (
    <div
      role="rowheader"
      aria-colindex={1}
      data-row={index}
      className={cn(
        "sticky left-0 z-10 flex cursor-pointer items-center gap-2 border-e border-b px-2 hover:bg-accent",
        "bg-background",
        inRange && "bg-linear-to-r from-primary/10 to-primary/10",
        rowSelected && "shadow-[inset_-3px_0_0_var(--color-primary)]",
      )}
      style={{ width, minWidth: width }}
    >
      <div className="flex min-w-0 flex-1 flex-col leading-tight">
        <Link
          href={`/admin/catalog/products/${row.id}`}
          data-pos={`${index}:-1`}
          tabIndex={focusable ? 0 : -1}
          title={t("grid.openProduct", { sku: row.sku, name: row.name })}
          className="w-fit max-w-full truncate rounded-sm font-mono text-xs font-semibold text-primary underline-offset-2 outline-none hover:underline focus-visible:ring-2 focus-visible:ring-ring"
        >
          {row.sku}
        </Link>
        <span className="truncate text-xs text-muted-foreground" title={row.name}>
          {row.name}
        </span>
      </div>
      <span
        className={cn(
          "shrink-0 rounded-full px-1.5 text-[11px] font-medium tabular-nums",
          count > 0 ? "bg-secondary text-secondary-foreground" : "text-muted-foreground",
        )}
        title={t("grid.fitmentCount", { count })}
      >
        {count}
      </span>
    </div>
  );
}

/**
 * One matrix cell: its value badge, a dashed frame while the edit is unsaved, a warning when
 * another admin changed it meanwhile. `pos` ("row:column") is how the grid's handlers find it.
 */
export function MatrixCell({
  label,
  title,
  colIndex,
  pos,
  value,
  pending,
  conflict,
  active,
  selected,
  striped,
  left,
  width,
}: {
  label: string;
  title: string | undefined;
  colIndex: number;
  pos: string;
  value: FitmentCell;
  pending: boolean;
  conflict: boolean;
  active: boolean;
  selected: boolean;
  striped: boolean;
  left: number;
  width: number;
}) {
  return (
    <div
      role="gridcell"
      aria-colindex={colIndex}
      aria-selected={selected}
      aria-label={label}
      tabIndex={active ? 0 : -1}
      data-pos={pos}
      data-state={value ?? "none"}
      data-pending={pending ? "true" : undefined}
      data-conflict={conflict ? "true" : undefined}
      title={title}
      className={cn(
        "absolute top-0 grid h-full cursor-cell place-items-center border-e border-b outline-none",
        selected ? "bg-primary/10" : conflict ? "bg-destructive/10" : striped ? "bg-muted/30" : undefined,
        active && "z-[1] ring-2 ring-primary ring-inset",
      )}
      style={{ left, width }}
    >
      {pending ? (
        <span aria-hidden className="pointer-events-none absolute inset-1 rounded-md border-2 border-dashed border-amber-500" />
      ) : null}
      {conflict ? <AlertTriangle aria-hidden className="pointer-events-none absolute end-0.5 top-0.5 size-3 text-destructive" /> : null}
      {value ? <CellBadge value={value} /> : null}
    </div>
  );
}
