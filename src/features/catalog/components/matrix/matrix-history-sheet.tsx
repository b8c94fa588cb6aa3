"use client";

import { tz } from "@date-fns/tz";
import { useQuery } from "@tanstack/react-query";
import { format } from "date-fns";
import { enGB, pl } from "date-fns/locale";
import { ArrowRight, History } from "lucide-react";
import { useLocale, useTimeZone, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle } from "@/components/ui/sheet";
import { Skeleton } from "@/components/ui/skeleton";
import { Switch } from "@/components/ui/switch";
import { Label } from "@/components/ui/label";
import { useErrorMessage } from "@/hooks/use-error-message";
import { useTRPC } from "@/trpc/react";
import type { FitmentCell } from "../../constants";
import { CellBadge, useCellStateLabel } from "./matrix-legend";

const HISTORY_LIMIT = 100;

function StateChip({ value }: { value: FitmentCell }) {
  const label = useCellStateLabel();
  return (
    <span className="inline-flex items-center gap-1">
      {value ? <CellBadge value={value} className="size-5 text-[11px]" /> : null}
      <span className={value ? undefined : "text-muted-foreground"}>{label(value)}</span>
    </span>
  );
}

/**
 * The shop's fitment audit log (`catalog.matrix.history`), newest first: who changed which cell
 * from what to what, and when (in the user's time zone). Optionally only for the active row's part.
 */
export function MatrixHistorySheet({
  open,
  onOpenChange,
  shop,
  part,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  shop: { id: string; name: string };
  part: { id: string; sku: string } | null;
}) {
  const t = useTranslations("compatibility.history");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const locale = useLocale();
  const timeZone = useTimeZone() ?? "Europe/Warsaw";
  const id = useId();
  const [onlyPart, setOnlyPart] = useState(false);
  const partId = onlyPart && part ? part.id : undefined;
  const history = useQuery(
    trpc.catalog.matrix.history.queryOptions(
      { shopId: shop.id, limit: HISTORY_LIMIT, ...(partId ? { partId } : {}) },
      { enabled: open, refetchOnMount: "always" },
    ),
  );
  const when = (at: Date) => format(at, "d MMM yyyy, HH:mm", { locale: locale === "pl" ? pl : enGB, in: tz(timeZone) });

  return (
    <Sheet open={open} onOpenChange={onOpenChange}>
      <SheetContent closeLabel={tc("close")} className="w-full gap-0 overflow-y-auto p-0 sm:max-w-md">
        <SheetHeader className="border-b p-5">
          <SheetTitle className="flex items-center gap-2">
            <History aria-hidden className="size-5" />
            {t("title")}
          </SheetTitle>
          <SheetDescription>{t("description", { shop: shop.name, limit: HISTORY_LIMIT })}</SheetDescription>
          {part ? (
            <div className="flex items-center gap-2 pt-2">
              <Switch id={`${id}-part`} checked={onlyPart} onCheckedChange={setOnlyPart} />
              <Label htmlFor={`${id}-part`} className="font-normal">
                {t("onlyPart", { sku: part.sku })}
              </Label>
            </div>
          ) : null}
        </SheetHeader>
        <div className="p-5">
          {history.isError ? (
            <p role="alert" className="text-sm text-destructive">
              {errorMessage(history.error)}
            </p>
          ) : history.isPending ? (
            <div className="grid gap-3">
              {Array.from({ length: 5 }, (_, i) => (
                <Skeleton key={i} className="h-16" />
              ))}
            </div>
          ) : history.data.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t("empty")}</p>
          ) : (
            <ol className="grid gap-3" aria-label={t("title")}>
              {history.data.map((entry) => (
                <li key={entry.id} className="grid gap-1 rounded-lg border p-3 text-sm">
                  <p className="flex flex-wrap items-baseline justify-between gap-x-2 text-xs text-muted-foreground">
                    <time dateTime={entry.at.toISOString()}>{when(entry.at)}</time>
                    <span>{entry.actorName ?? t("unknownActor")}</span>
                  </p>
                  <p className="min-w-0">
                    <span className="font-mono text-xs font-semibold">{entry.partSku ?? t("deletedPart")}</span>{" "}
                    <span className="text-muted-foreground">{entry.partName}</span>
                    <span aria-hidden> × </span>
                    <span className="sr-only">{t("forVehicle")}</span>
                    <span className="font-medium">{entry.vehicleName ?? t("deletedVehicle")}</span>
                  </p>
                  <p className="flex flex-wrap items-center gap-2">
                    <StateChip value={entry.before} />
                    <ArrowRight aria-hidden className="size-4 text-muted-foreground" />
                    <span className="sr-only">{t("changedTo")}</span>
                    <StateChip value={entry.after} />
                  </p>
                </li>
              ))}
            </ol>
          )}
        </div>
      </SheetContent>
    </Sheet>
  );
}
