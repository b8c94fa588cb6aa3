"use client";

import { useTranslations } from "next-intl";
import { ToggleGroup, ToggleGroupItem } from "@/components/ui/toggle-group";
import { cn } from "@/lib/utils";
import type { VariantRow } from "../../types";
import { isCombinable, optionGroups, pickValue, selectionOf } from "./variant-selection";

/**
 * Picks a variant by its attribute values, one row per attribute group: colour swatches from the
 * values' hex colours, other groups (sizes…) as buttons in order. Values that do not combine with the
 * other current choices stay pickable (the pick moves to a combination that exists) but look muted.
 */
export function VariantPicker({
  variants,
  chosen,
  onChoose,
}: {
  variants: VariantRow[];
  chosen: VariantRow;
  onChoose: (variant: VariantRow) => void;
}) {
  const t = useTranslations("parts.product");
  const groups = optionGroups(variants);
  const selection = selectionOf(chosen);
  return (
    <div className="grid gap-4">
      {groups.map((group) => {
        const current = group.options.find((o) => o.valueId === selection[group.id]);
        const labelId = `variant-group-${group.id}`;
        return (
          <div key={group.id} className="grid gap-2">
            <p id={labelId} className="text-sm">
              <span className="font-medium">{group.name}:</span> <span className="text-muted-foreground">{current?.value}</span>
            </p>
            <ToggleGroup
              type="single"
              value={selection[group.id] ?? ""}
              onValueChange={(valueId) => {
                if (!valueId) return;
                const next = pickValue(variants, selection, group.id, valueId);
                if (next) onChoose(next);
              }}
              aria-labelledby={labelId}
              className="flex-wrap gap-2"
            >
              {group.options.map((option) => {
                const combinable = isCombinable(variants, selection, group.id, option.valueId);
                const label = combinable ? option.value : t("unavailableCombination", { value: option.value });
                return group.swatches ? (
                  <ToggleGroupItem
                    key={option.valueId}
                    value={option.valueId}
                    aria-label={label}
                    title={option.value}
                    className={cn(
                      "size-10 flex-none rounded-full border border-input p-1 first:rounded-full last:rounded-full hover:bg-transparent data-[state=on]:border-primary data-[state=on]:bg-transparent data-[state=on]:ring-2 data-[state=on]:ring-primary/40",
                      !combinable && "opacity-50",
                    )}
                  >
                    <span
                      aria-hidden
                      className="block size-full rounded-full border border-black/10 dark:border-white/20"
                      style={{ backgroundColor: option.colorHex ?? "transparent" }}
                    />
                  </ToggleGroupItem>
                ) : (
                  <ToggleGroupItem
                    key={option.valueId}
                    value={option.valueId}
                    aria-label={combinable ? undefined : label}
                    className={cn(
                      "h-10 min-w-12 flex-none rounded-md border border-input px-3 first:rounded-md last:rounded-md data-[state=on]:border-primary data-[state=on]:bg-primary data-[state=on]:text-primary-foreground",
                      !combinable && "border-dashed text-muted-foreground",
                    )}
                  >
                    {option.value}
                  </ToggleGroupItem>
                );
              })}
            </ToggleGroup>
          </div>
        );
      })}
    </div>
  );
}
