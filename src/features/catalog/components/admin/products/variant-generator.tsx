"use client";

import { ResponsiveDialog } from "@/components/layout/responsive-dialog";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Check } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { toast } from "sonner";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Label } from "@/components/ui/label";
import { useErrorMessage } from "@/hooks/use-error-message";
import { cn } from "@/lib/utils";
import { useTRPC } from "@/trpc/react";
import { INHERITABLE_FIELDS, type InheritableField } from "../../../constants";
import { GENERATOR_LIMIT } from "../../../schemas";
import type { AttributeGroupDef, ProductDetail } from "../../../types";
import { ColorSwatch } from "./combination-chips";
import { planCombinations } from "./combinations";
import { LoadingRows, QueryError } from "./query-state";

const PREVIEW = 12;
const ALL_INHERITED = Object.fromEntries(INHERITABLE_FIELDS.map((f) => [f, true])) as Record<InheritableField, boolean>;

/**
 * "Generator kombinacji": pick values of the attribute groups (`catalog.attributes.list`), see how
 * many variants that makes ("2 × 3 = 6") and which already exist, choose what the new variants
 * inherit, then `catalog.variants.generate` creates the missing ones.
 */
export function VariantGenerator({
  product,
  open,
  onOpenChange,
}: {
  product: ProductDetail;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const t = useTranslations("catalog.products.generator");
  return (
    <ResponsiveDialog open={open} onOpenChange={onOpenChange} title={t("title")} description={t("intro")} className="sm:max-w-2xl">
      {open ? <GeneratorBody product={product} onClose={() => onOpenChange(false)} /> : null}
    </ResponsiveDialog>
  );
}

function GeneratorBody({ product, onClose }: { product: ProductDetail; onClose: () => void }) {
  const t = useTranslations("catalog.products.generator");
  const ti = useTranslations("catalog.products.inherit");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const summaryId = useId();
  const attributes = useQuery(trpc.catalog.attributes.list.queryOptions());
  const [picked, setPicked] = useState<Set<string>>(() => new Set());
  const [inherit, setInherit] = useState(ALL_INHERITED);

  const groups: AttributeGroupDef[] = (attributes.data ?? [])
    .filter((g) => g.active)
    .map((g) => ({ ...g, values: g.values.filter((v) => v.active) }))
    .filter((g) => g.values.length > 0);
  const plan = planCombinations(groups, picked, product.variants, GENERATOR_LIMIT);
  const overLimit = plan.total > GENERATOR_LIMIT;

  const generate = useMutation(
    trpc.catalog.variants.generate.mutationOptions({
      onSuccess: async ({ created, skipped }) => {
        toast.success(t("done", { created: created.length, skipped }));
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.catalog.products.byId.queryKey({ productId: product.id }) }),
          queryClient.invalidateQueries({ queryKey: trpc.catalog.products.adminList.pathKey() }),
        ]);
        onClose();
      },
      onError: (error) => toast.error(errorMessage(error)),
    }),
  );

  const toggle = (ids: string[], on: boolean) =>
    setPicked((prev) => {
      const next = new Set(prev);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });

  if (attributes.isError) return <QueryError error={attributes.error} onRetry={attributes.refetch} />;
  if (!attributes.data) return <LoadingRows rows={3} className="h-16" />;
  if (groups.length === 0) return <p className="text-sm text-muted-foreground">{t("noGroups")}</p>;

  return (
    <div className="grid gap-5">
      {groups.map((group) => {
        const ids = group.values.map((v) => v.id);
        const all = ids.every((id) => picked.has(id));
        return (
          <fieldset key={group.id} className="grid gap-2">
            <legend className="mb-2 text-sm font-medium">{group.name}</legend>
            <div className="flex flex-wrap gap-2">
              {group.values.map((value) => {
                const checked = picked.has(value.id);
                return (
                  <label
                    key={value.id}
                    className={cn(
                      "inline-flex cursor-pointer items-center gap-2 rounded-full border px-3 py-1.5 text-sm transition-colors has-[:focus-visible]:ring-[3px] has-[:focus-visible]:ring-ring/50",
                      checked ? "border-primary bg-primary/10" : "hover:bg-accent",
                    )}
                  >
                    <Checkbox checked={checked} onCheckedChange={(v) => toggle([value.id], v === true)} className="size-3.5" />
                    {value.colorHex ? <ColorSwatch hex={value.colorHex} className="size-3.5" /> : null}
                    {value.value}
                  </label>
                );
              })}
              <Button type="button" variant="ghost" size="sm" className="rounded-full" onClick={() => toggle(ids, !all)}>
                {all ? t("clearGroup") : t("pickAll")}
                <span className="sr-only"> ({group.name})</span>
              </Button>
            </div>
          </fieldset>
        );
      })}

      <div id={summaryId} aria-live="polite" className="grid gap-2 rounded-lg border bg-muted/40 p-3 text-sm">
        {plan.total === 0 ? (
          <p className="text-muted-foreground">{t("pickHint")}</p>
        ) : (
          <>
            <p className="font-medium tabular-nums">
              {plan.sizes.length > 1 ? `${plan.sizes.join(" × ")} = ` : null}
              {t("count", { count: plan.total })}
            </p>
            {overLimit ? (
              <Alert variant="destructive">
                <AlertDescription>{t("overLimit", { max: GENERATOR_LIMIT })}</AlertDescription>
              </Alert>
            ) : (
              <p className="text-muted-foreground">{t("outcome", { fresh: plan.fresh, existing: plan.existing })}</p>
            )}
            {plan.planned.length > 0 ? (
              <ul className="flex flex-wrap gap-1.5">
                {plan.planned.slice(0, PREVIEW).map((c) => {
                  const exists = plan.existingKeys.has(c.key);
                  return (
                    <li
                      key={c.key}
                      className={cn(
                        "inline-flex items-center gap-1 rounded-md border bg-background px-2 py-0.5 text-xs",
                        exists && "text-muted-foreground line-through",
                      )}
                    >
                      {exists ? <span className="sr-only">{t("exists")}: </span> : null}
                      {c.values.map((v) => v.value).join(" / ")}
                      {exists ? <Check aria-hidden className="size-3" /> : null}
                    </li>
                  );
                })}
                {plan.planned.length > PREVIEW ? (
                  <li className="px-1 py-0.5 text-xs text-muted-foreground">{t("more", { count: plan.planned.length - PREVIEW })}</li>
                ) : null}
              </ul>
            ) : null}
          </>
        )}
      </div>

      <fieldset className="grid gap-2">
        <legend className="mb-1 text-sm font-medium">{t("inheritLegend")}</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {INHERITABLE_FIELDS.map((flag) => (
            <div key={flag} className="flex items-center gap-2.5 rounded-lg border px-3 py-2.5">
              <Checkbox
                id={`${summaryId}-${flag}`}
                checked={inherit[flag]}
                onCheckedChange={(v) => setInherit((prev) => ({ ...prev, [flag]: v === true }))}
              />
              <Label htmlFor={`${summaryId}-${flag}`} className="font-normal">
                {ti(flag)}
              </Label>
            </div>
          ))}
        </div>
        {!inherit.prices || !inherit.stock ? <p className="text-sm text-muted-foreground">{t("ownValuesHint")}</p> : null}
      </fieldset>

      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button type="button" variant="outline" onClick={onClose} disabled={generate.isPending}>
          {tc("cancel")}
        </Button>
        <Button
          type="button"
          disabled={generate.isPending || plan.fresh === 0 || overLimit}
          aria-describedby={summaryId}
          onClick={() => generate.mutate({ productId: product.id, valueIds: [...picked], inherit })}
        >
          {generate.isPending ? t("generating") : t("submit", { count: plan.fresh })}
        </Button>
      </div>
    </div>
  );
}
