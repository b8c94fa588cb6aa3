"use client";

import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/utils";
import type { WorkshopStatus } from "./admin-workshop-filters";

const tone: Record<WorkshopStatus, string> = {
  pending: "border-amber-300 bg-amber-100 text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200",
  active: "border-emerald-300 bg-emerald-100 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-200",
  suspended: "border-red-300 bg-red-100 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-200",
  rejected: "border-border bg-muted text-muted-foreground",
};

/** A workshop's status as a coloured label (the text carries the meaning, the colour only helps). */
export function WorkshopStatusBadge({ status }: { status: WorkshopStatus }) {
  const t = useTranslations("admin.workshopStatus");
  return (
    <Badge variant="outline" className={cn("font-medium", tone[status])}>
      {t(status)}
    </Badge>
  );
}
