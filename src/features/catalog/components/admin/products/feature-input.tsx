"use client";

import { useFormatter, useTranslations } from "next-intl";
import { z } from "zod";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Switch } from "@/components/ui/switch";
import { useFieldMessage } from "@/hooks/use-error-message";
import { cn } from "@/lib/utils";
import type { FeatureField } from "../../../types";
import { StringListEditor } from "./string-list-editor";

const NONE = "__none__";
const textValue = z.string().trim().min(1, { error: "validation.required" }).max(500, { error: "validation.tooLong" });

/** Booleans are stored as "true" / "false" (the server's `normaliseFeatureValues`). */
export const isTrue = (value: string | undefined) => value === "true";

/** A feature's values as people read them: booleans as yes/no, dates localised, numbers with their unit. */
export function useFeatureValueText() {
  const tc = useTranslations("common");
  const format = useFormatter();
  return (field: FeatureField, values: string[]) => {
    const { type, unit } = field.feature;
    return values
      .map((v) => {
        if (type === "boolean") return isTrue(v) ? tc("yes") : tc("no");
        if (type === "date" && /^\d{4}-\d{2}-\d{2}$/.test(v)) return format.dateTime(new Date(`${v}T12:00:00Z`), { dateStyle: "medium" });
        if (type === "number" && unit) return `${v} ${unit}`;
        return v;
      })
      .join(", ");
  };
}

/**
 * The control of one feature by its type (text, number with unit, boolean switch, select,
 * multiselect as checkbox chips, date). `own` is this scope's value (null = none: the inherited one
 * applies, shown as placeholder or dimmed); `onChange(null)` removes it. Id and aria attributes
 * name the control from the field's label.
 */
export function FeatureInput({
  field,
  own,
  onChange,
  id,
  labelId,
  describedBy,
  invalid,
  placeholder,
}: {
  field: FeatureField;
  own: string[] | null;
  onChange: (values: string[] | null) => void;
  id: string;
  /** The label's id: a group of checkboxes is named by it (a `for` label names one control only). */
  labelId: string;
  describedBy?: string;
  invalid: boolean;
  placeholder?: string;
}) {
  const t = useTranslations("catalog.products.features");
  const tc = useTranslations("common");
  const fieldMessage = useFieldMessage();
  const { feature } = field;
  const aria = { id, "aria-describedby": describedBy, "aria-invalid": invalid || undefined, "aria-required": field.required || undefined };
  const single = own?.[0] ?? "";
  const setSingle = (value: string) => onChange(value.trim() === "" ? null : [value]);
  // Without a value of its own the control starts from what applies now, so a change edits that.
  const base = own ?? field.inherited ?? [];

  switch (feature.type) {
    case "boolean": {
      const checked = isTrue(base[0]);
      return (
        <div className="flex items-center gap-3">
          <Switch {...aria} checked={checked} onCheckedChange={(v) => onChange([String(v)])} className={cn(own === null && "opacity-60")} />
          <span className={cn("text-sm", own === null && "text-muted-foreground")}>
            {base.length ? (checked ? tc("yes") : tc("no")) : t("notSet")}
          </span>
        </div>
      );
    }
    case "select":
      return (
        <Select value={own?.[0] ?? NONE} onValueChange={(v) => onChange(v === NONE ? null : [v])}>
          <SelectTrigger {...aria} className="w-full">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            <SelectItem value={NONE}>{placeholder ? t("noneWith", { value: placeholder }) : t("none")}</SelectItem>
            {feature.predefinedValues.map((option) => (
              <SelectItem key={option} value={option}>
                {option}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
      );
    case "multiselect":
      return (
        <div {...aria} role="group" aria-labelledby={labelId} className="flex flex-wrap gap-2">
          {feature.predefinedValues.map((option) => {
            const checked = base.includes(option);
            return (
              <label
                key={option}
                className={cn(
                  "inline-flex cursor-pointer items-center gap-2 rounded-full border px-3 py-1.5 text-sm transition-colors has-[:focus-visible]:ring-[3px] has-[:focus-visible]:ring-ring/50",
                  checked ? "border-primary bg-primary/10" : "hover:bg-accent",
                  own === null && "opacity-70",
                )}
              >
                <Checkbox
                  checked={checked}
                  className="size-3.5"
                  onCheckedChange={(v) => {
                    const next = v === true ? [...base, option] : base.filter((x) => x !== option);
                    onChange(feature.predefinedValues.filter((o) => next.includes(o)));
                  }}
                />
                {option}
              </label>
            );
          })}
        </div>
      );
    case "date":
      return <Input {...aria} type="date" value={single} onChange={(e) => setSingle(e.target.value)} className="w-full sm:w-56" />;
    case "number":
      return (
        <div className="relative w-full sm:w-56">
          <Input
            {...aria}
            inputMode="decimal"
            autoComplete="off"
            value={single}
            placeholder={placeholder}
            onChange={(e) => setSingle(e.target.value)}
            className={cn(feature.unit && "pe-12")}
          />
          {feature.unit ? (
            <span aria-hidden className="pointer-events-none absolute inset-y-0 end-3 flex items-center text-sm text-muted-foreground">
              {feature.unit}
            </span>
          ) : null}
        </div>
      );
    case "text":
      if (feature.multiValue) {
        return (
          <StringListEditor
            {...aria}
            value={own ?? []}
            onChange={(values) => onChange(values.length ? values : null)}
            itemSchema={textValue}
            translate={fieldMessage}
            display="chips"
            placeholder={placeholder}
            max={200}
          />
        );
      }
      return (
        <Input
          {...aria}
          autoComplete="off"
          maxLength={500}
          value={single}
          placeholder={placeholder}
          onChange={(e) => setSingle(e.target.value)}
        />
      );
  }
}

/** "Clear" / "Use the default" for controls that cannot be emptied by typing (switch, chips). */
export function ResetValueButton({ hasInherited, onClick, label }: { hasInherited: boolean; onClick: () => void; label: string }) {
  const t = useTranslations("catalog.products.features");
  return (
    <Button type="button" variant="link" size="sm" className="h-auto px-0" onClick={onClick}>
      {hasInherited ? t("useInherited") : t("clear")}
      <span className="sr-only"> ({label})</span>
    </Button>
  );
}
