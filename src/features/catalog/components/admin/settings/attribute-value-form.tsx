"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Check, Plus, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { useForm, useWatch } from "react-hook-form";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { Form, FormControl, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { Input } from "@/components/ui/input";
import { useFieldMessage } from "@/hooks/use-error-message";
import { cn } from "@/lib/utils";
import type { AttributeGroupKind } from "../../../constants";
import { isHexColour, valueFormSchema, type ValueFormOutput, type ValueFormValues } from "./attribute-forms";

/** A colour sample; a dashed empty square when there is no colour. */
export function Swatch({ hex, className }: { hex: string | null; className?: string }) {
  return (
    <span
      aria-hidden
      className={cn(
        "inline-block size-5 shrink-0 rounded-md border shadow-xs",
        isHexColour(hex) ? "border-foreground/20" : "border-dashed border-muted-foreground/50",
        className,
      )}
      style={isHexColour(hex) ? { backgroundColor: hex } : undefined}
    />
  );
}

/**
 * One attribute value's fields in a row: the value, for colour groups a "#RRGGBB" text field with a
 * swatch and the browser's colour picker, and its position. Used to add a value (empty) and to edit
 * one in place; `onSubmit` gets the parsed values.
 */
export function AttributeValueForm({
  kind,
  defaultValues,
  pending,
  mode,
  onSubmit,
  onCancel,
  label,
}: {
  kind: AttributeGroupKind;
  defaultValues: ValueFormValues;
  pending: boolean;
  mode: "add" | "edit";
  /** `added` (add mode) empties the row for the next value, one position further, and puts the cursor back in it. */
  onSubmit: (values: ValueFormOutput, added: () => void) => void;
  onCancel?: () => void;
  /** Names the form for screen readers ("Add a value to Colour", "Edit Red"). */
  label: string;
}) {
  const t = useTranslations("catalog.attributes.values");
  const fieldMessage = useFieldMessage();
  const colour = kind === "color";
  const form = useForm<ValueFormValues, unknown, ValueFormOutput>({ resolver: zodResolver(valueFormSchema), defaultValues });
  const hex = useWatch({ control: form.control, name: "colorHex" });
  // Editing in place starts in the value field (the row's Edit button that opened it is gone).
  useEffect(() => {
    if (mode === "edit") form.setFocus("value");
  }, [form, mode]);
  const submit = form.handleSubmit((values) =>
    onSubmit(values, () => {
      form.reset({ value: "", colorHex: "", position: String(Math.min(10_000, values.position + 1)) });
      // After the re-render that re-enables the row (focus on a disabled button would be lost).
      requestAnimationFrame(() => form.setFocus("value"));
    }),
  );

  return (
    <Form {...form}>
      <form
        onSubmit={submit}
        noValidate
        aria-label={label}
        onKeyDown={(e) => {
          if (e.key === "Escape" && onCancel) {
            e.preventDefault();
            onCancel();
          }
        }}
        className={cn(
          "grid grid-cols-[minmax(0,1fr)_4.5rem_auto] items-start gap-3",
          // Colour rows need room for the hex field: the value gets a row of its own until the container is wide.
          colour && "@lg:grid-cols-[minmax(0,1fr)_8.5rem_4.5rem_auto]",
        )}
      >
        <TextField
          control={form.control}
          name="value"
          label={t("value")}
          className={colour ? "col-span-3 @lg:col-span-1" : undefined}
          inputProps={{
            required: true,
            maxLength: 80,
            placeholder: t(`placeholders.${kind}`),
            autoComplete: "off",
          }}
        />
        {colour ? (
          <FormField
            control={form.control}
            name="colorHex"
            render={({ field }) => (
              <FormItem className="content-start">
                <FormLabel>{t("hex")}</FormLabel>
                <div className="flex items-center gap-2">
                  <FormControl>
                    <Input
                      {...field}
                      value={field.value ?? ""}
                      placeholder="#FF0000"
                      maxLength={7}
                      autoCapitalize="none"
                      spellCheck={false}
                      className="min-w-0 flex-1 font-mono uppercase"
                    />
                  </FormControl>
                  <label
                    className="relative grid size-9 shrink-0 cursor-pointer place-items-center rounded-md border has-[:focus-visible]:ring-[3px] has-[:focus-visible]:ring-ring/50"
                    title={t("picker")}
                  >
                    <span className="sr-only">{t("picker")}</span>
                    <Swatch hex={hex ?? null} className="size-6" />
                    <input
                      type="color"
                      value={isHexColour(hex) ? hex.toLowerCase() : "#000000"}
                      onChange={(e) => form.setValue("colorHex", e.target.value.toUpperCase(), { shouldDirty: true, shouldValidate: true })}
                      className="absolute inset-0 size-full cursor-pointer opacity-0"
                    />
                  </label>
                </div>
                <FormMessage translate={fieldMessage} />
              </FormItem>
            )}
          />
        ) : null}
        <TextField control={form.control} name="position" label={t("position")} inputProps={{ inputMode: "numeric", required: true }} />
        <div className="flex gap-2 pt-[1.375rem]">
          {mode === "add" ? (
            <Button type="submit" variant="outline" disabled={pending}>
              <Plus aria-hidden />
              {t("add")}
            </Button>
          ) : (
            <>
              <Button type="submit" size="icon" disabled={pending} aria-label={t("save")}>
                <Check aria-hidden />
              </Button>
              <Button type="button" size="icon" variant="ghost" onClick={onCancel} disabled={pending} aria-label={t("cancel")}>
                <X aria-hidden />
              </Button>
            </>
          )}
        </div>
      </form>
    </Form>
  );
}
