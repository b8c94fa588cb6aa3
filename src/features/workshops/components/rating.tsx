import { Star } from "lucide-react";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/utils";

/** "★ 4.7 (123)" with a full sentence for screen readers. */
export function Rating({ rating, count, className }: { rating: number; count: number; className?: string }) {
  const t = useTranslations("workshops.card");
  if (!count) return <span className={cn("text-sm text-muted-foreground", className)}>{t("noRating")}</span>;
  const value = rating.toFixed(1);
  return (
    <span className={cn("inline-flex items-center gap-1 text-sm", className)}>
      <Star aria-hidden className="size-4 fill-amber-400 text-amber-500" />
      <span aria-hidden className="font-semibold">
        {value}
      </span>
      <span aria-hidden className="text-muted-foreground">
        ({count})
      </span>
      <span className="sr-only">{t("rating", { rating: value, count })}</span>
    </span>
  );
}
