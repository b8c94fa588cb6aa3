"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { CheckCircle2, Loader2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { RadioGroup, RadioGroupItem } from "@/components/ui/radio-group";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { useErrorMessage } from "@/hooks/use-error-message";
import { useTRPC } from "@/trpc/react";
import type { ShopSummary } from "../../types";

const MODES = ["merge", "replace"] as const;
type Mode = (typeof MODES)[number];
type CopyResult = { copied: number; skipped: number; removed: number };

/**
 * Copies the saved fitment of the shown shop to another shop (`catalog.fitment.copyShop`), all parts
 * or only the selected rows; vehicles of brands the target does not accept are skipped. Shows how
 * many were copied, skipped and removed.
 */
export function CopyShopDialog({
  open,
  onOpenChange,
  from,
  shops,
  selectedPartIds,
  pendingCount,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  from: { id: string; name: string };
  shops: ShopSummary[];
  selectedPartIds: string[];
  pendingCount: number;
}) {
  const t = useTranslations("compatibility.copy");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const id = useId();
  const targets = shops.filter((s) => s.id !== from.id);
  const [toShopId, setToShopId] = useState<string | undefined>(undefined);
  const [mode, setMode] = useState<Mode>("merge");
  const [onlySelected, setOnlySelected] = useState(false);
  const [result, setResult] = useState<(CopyResult & { to: string }) | null>(null);

  const copy = useMutation(
    trpc.catalog.fitment.copyShop.mutationOptions({
      onSuccess: (res, input) => {
        const to = shops.find((s) => s.id === input.toShopId)?.name ?? "";
        setResult({ ...res, to });
        toast.success(t("done", { to }));
        void queryClient.invalidateQueries({ queryKey: trpc.catalog.shops.list.queryKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.catalog.matrix.pathKey() });
      },
      onError: (error) => toast.error(errorMessage(error)),
    }),
  );

  const close = (next: boolean) => {
    if (copy.isPending) return;
    onOpenChange(next);
    if (!next) {
      setResult(null);
      copy.reset();
    }
  };
  const target = toShopId && targets.some((s) => s.id === toShopId) ? toShopId : undefined;
  const partIds = onlySelected && selectedPartIds.length > 0 ? selectedPartIds.slice(0, 10_000) : undefined;

  return (
    <Dialog open={open} onOpenChange={close}>
      <DialogContent closeLabel={tc("close")} className="sm:max-w-lg">
        <DialogHeader>
          <DialogTitle>{t("title")}</DialogTitle>
          <DialogDescription>{t("description", { from: from.name })}</DialogDescription>
        </DialogHeader>
        {result ? (
          <div className="grid gap-3" role="status">
            <p className="flex items-center gap-2 font-medium">
              <CheckCircle2 aria-hidden className="size-5 text-emerald-600 dark:text-emerald-400" />
              {t("done", { to: result.to })}
            </p>
            <dl className="grid grid-cols-3 gap-2 text-center">
              {(["copied", "skipped", "removed"] as const).map((k) => (
                <div key={k} className="rounded-lg border p-3">
                  <dt className="text-xs text-muted-foreground">{t(`result.${k}`)}</dt>
                  <dd className="text-2xl font-semibold tabular-nums">{result[k]}</dd>
                </div>
              ))}
            </dl>
            {result.skipped > 0 ? <p className="text-sm text-muted-foreground">{t("skippedHint")}</p> : null}
            <DialogFooter>
              <Button onClick={() => close(false)}>{tc("close")}</Button>
            </DialogFooter>
          </div>
        ) : (
          <form
            className="grid gap-4"
            onSubmit={(e) => {
              e.preventDefault();
              if (target) copy.mutate({ fromShopId: from.id, toShopId: target, mode, partIds });
            }}
          >
            {targets.length === 0 ? <p className="text-sm text-muted-foreground">{t("noTargets")}</p> : null}
            <div className="grid gap-1.5">
              <Label htmlFor={`${id}-to`}>{t("to")}</Label>
              <Select value={target} onValueChange={setToShopId} disabled={targets.length === 0}>
                <SelectTrigger id={`${id}-to`} className="w-full">
                  <SelectValue placeholder={t("toPlaceholder")} />
                </SelectTrigger>
                <SelectContent position="popper">
                  {targets.map((s) => (
                    <SelectItem key={s.id} value={s.id}>
                      {s.name}
                      {s.allowedBrands ? ` · ${t("brandsCount", { count: s.allowedBrands.length })}` : ""}
                    </SelectItem>
                  ))}
                </SelectContent>
              </Select>
            </div>
            <fieldset className="grid gap-2">
              <legend className="mb-1.5 text-sm font-medium">{t("mode")}</legend>
              <RadioGroup value={mode} onValueChange={(v) => setMode(v as Mode)}>
                {MODES.map((m) => (
                  <div key={m} className="flex items-start gap-2">
                    <RadioGroupItem id={`${id}-${m}`} value={m} className="mt-0.5" aria-describedby={`${id}-${m}-hint`} />
                    <div className="grid gap-0.5">
                      <Label htmlFor={`${id}-${m}`}>{t(`modes.${m}`)}</Label>
                      <p id={`${id}-${m}-hint`} className="text-xs text-muted-foreground">
                        {t(`modes.${m}Hint`)}
                      </p>
                    </div>
                  </div>
                ))}
              </RadioGroup>
            </fieldset>
            {selectedPartIds.length > 0 ? (
              <div className="flex items-center gap-2">
                <Checkbox id={`${id}-selected`} checked={onlySelected} onCheckedChange={(v) => setOnlySelected(v === true)} />
                <Label htmlFor={`${id}-selected`} className="font-normal">
                  {t("onlySelected", { count: selectedPartIds.length })}
                </Label>
              </div>
            ) : null}
            {pendingCount > 0 ? (
              <p className="rounded-md border border-amber-500/50 bg-amber-500/10 p-2 text-sm">
                {t("pendingNote", { count: pendingCount })}
              </p>
            ) : null}
            <DialogFooter>
              <Button type="button" variant="outline" onClick={() => close(false)} disabled={copy.isPending}>
                {tc("cancel")}
              </Button>
              <Button type="submit" disabled={!target || copy.isPending} variant={mode === "replace" ? "destructive" : "default"}>
                {copy.isPending ? <Loader2 aria-hidden className="animate-spin" /> : null}
                {t("submit")}
              </Button>
            </DialogFooter>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
