import { CircleCheck } from "lucide-react";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/utils";
import type { FitmentType } from "../../constants";

/**
 * "Pasuje do Twojego auta" + "oryginał" / "zamiennik": the part fits the customer's car. The claim
 * is one pill that never breaks (and can be found as one phrase); the fitment type follows it and
 * moves to the next line on narrow cards.
 */
export function FitsBadge({ type, className }: { type: FitmentType; className?: string }) {
  const t = useTranslations("parts.fits");
  return (
    <span className={cn("inline-flex flex-wrap items-center gap-x-1.5 gap-y-1", className)}>
      <span className="inline-flex items-center gap-1 rounded-md bg-emerald-700 px-2 py-0.5 text-xs font-semibold whitespace-nowrap text-white dark:bg-emerald-400/15 dark:text-emerald-300 dark:ring-1 dark:ring-emerald-400/40">
        <CircleCheck aria-hidden className="size-3.5 shrink-0" />
        <span>{t("badge")}</span>
      </span>
      <span className="text-xs font-medium text-emerald-800 dark:text-emerald-300">{t(type)}</span>
    </span>
  );
}
