"use client";

import { ChevronLeft, ChevronRight } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/**
 * Previous/next paging under a list, with a summary ("Strona 2 z 7") announced politely when it
 * changes. Pages are 1-based; hidden when everything fits on one page.
 */
export function ListPager({
  page,
  pageSize,
  total,
  onPageChange,
  label,
  summary,
}: {
  page: number;
  pageSize: number;
  total: number;
  onPageChange: (page: number) => void;
  /** Accessible name of the pager's navigation landmark. */
  label: string;
  /** e.g. "Strona 2 z 7 · 164 warsztaty", already translated. */
  summary: string;
}) {
  const t = useTranslations("common");
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) {
    return (
      <p aria-live="polite" className="text-sm text-muted-foreground">
        {summary}
      </p>
    );
  }
  return (
    <nav aria-label={label} className="flex flex-wrap items-center justify-between gap-3">
      <p aria-live="polite" className="text-sm text-muted-foreground">
        {summary}
      </p>
      <div className="flex gap-2">
        <Button variant="outline" size="sm" disabled={page <= 1} onClick={() => onPageChange(page - 1)}>
          <ChevronLeft aria-hidden className="rtl:rotate-180" />
          {t("previous")}
        </Button>
        <Button variant="outline" size="sm" disabled={page >= pages} onClick={() => onPageChange(page + 1)}>
          {t("nextPage")}
          <ChevronRight aria-hidden className="rtl:rotate-180" />
        </Button>
      </div>
    </nav>
  );
}
