import { useTranslations } from "next-intl";
import { cn } from "@/lib/utils";

/** "Dostępny" (green dot) or "Brak" (grey); `showCount` adds how many units are in stock. */
export function StockLabel({ stock, showCount = false, className }: { stock: number; showCount?: boolean; className?: string }) {
  const t = useTranslations("parts.stock");
  const available = stock > 0;
  return (
    <span
      className={cn(
        "inline-flex items-center gap-1.5 text-sm font-medium",
        available ? "text-emerald-700 dark:text-emerald-400" : "text-muted-foreground",
        className,
      )}
    >
      <span
        aria-hidden
        className={cn("size-2 shrink-0 rounded-full", available ? "bg-emerald-600 dark:bg-emerald-400" : "bg-muted-foreground/50")}
      />
      {available ? t("inStock") : t("outOfStock")}
      {available && showCount && <span className="font-normal text-muted-foreground">({t("count", { count: stock })})</span>}
    </span>
  );
}
