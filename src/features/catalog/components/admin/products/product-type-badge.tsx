"use client";

import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/utils";
import type { ProductType } from "../../../constants";

const tone: Record<ProductType, string> = {
  vehicle: "border-sky-300 bg-sky-100 text-sky-900 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-200",
  part: "border-violet-300 bg-violet-100 text-violet-900 dark:border-violet-800 dark:bg-violet-950 dark:text-violet-200",
  other: "border-border bg-muted text-muted-foreground",
};

/** A product's type as a coloured label (the text carries the meaning, the colour only helps). */
export function ProductTypeBadge({ type, className }: { type: ProductType; className?: string }) {
  const t = useTranslations("catalog.products.types");
  return (
    <Badge variant="outline" className={cn("font-medium", tone[type], className)}>
      {t(type)}
    </Badge>
  );
}

/** Active / inactive as a small label. */
export function ActiveBadge({ active }: { active: boolean }) {
  const t = useTranslations("catalog.products");
  return (
    <Badge
      variant="outline"
      className={cn(
        "font-medium",
        active
          ? "border-emerald-300 bg-emerald-100 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-200"
          : "border-border bg-muted text-muted-foreground",
      )}
    >
      {active ? t("active") : t("inactive")}
    </Badge>
  );
}
