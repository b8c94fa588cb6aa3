"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { CheckCircle2, XCircle } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { toast } from "sonner";
import { FormError } from "@/components/forms/form-error";
import { SelectField } from "@/components/forms/select-field";
import { SwitchField } from "@/components/forms/switch-field";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { Form, FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useErrorMessage, useFieldMessage } from "@/hooks/use-error-message";
import { useTRPC } from "@/trpc/react";
import { FEATURE_TYPES } from "../../../constants";
import type { FeatureDef } from "../../../types";
import { ChipsInput } from "./chips-input";
import {
  featureFormDefaults,
  featureFormSchema,
  featureFromForm,
  matchesPattern,
  multiValueChoice,
  usesOptions,
  usesPattern,
  usesRange,
  VIN_PATTERN,
  type FeatureFormOutput,
  type FeatureFormValues,
} from "./feature-forms";
import { NameAndSlugFields } from "./name-slug-fields";
import { EditorActions } from "./settings-ui";

/** Tries the pattern on a sample value as it is typed. */
function PatternTester({ pattern }: { pattern: string }) {
  const t = useTranslations("catalog.features.form");
  const id = useId();
  const [sample, setSample] = useState("");
  const result = sample && pattern ? matchesPattern(pattern, sample) : null;
  return (
    <div className="grid gap-2">
      <Label htmlFor={id} className="font-normal text-muted-foreground">
        {t("patternTest")}
      </Label>
      <div className="flex items-center gap-2">
        <Input
          id={id}
          value={sample}
          onChange={(e) => setSample(e.target.value)}
          placeholder={t("patternTestPlaceholder")}
          autoComplete="off"
          spellCheck={false}
          className="min-w-0 flex-1 font-mono"
        />
        <span aria-live="polite" className="flex w-32 shrink-0 items-center gap-1.5 text-sm">
          {result === true ? (
            <>
              <CheckCircle2 aria-hidden className="size-4 text-emerald-600 dark:text-emerald-400" />
              {t("patternMatches")}
            </>
          ) : result === false ? (
            <>
              <XCircle aria-hidden className="size-4 text-destructive" />
              {t("patternFails")}
            </>
          ) : null}
        </span>
      </div>
    </div>
  );
}

/**
 * Adds a feature or edits `feature`: name, slug, type, unit, the rules of its type (number range,
 * text pattern such as a VIN's, predefined values of select types), whether a product may hold
 * several values, and position. System features never reach this form (they are read-only).
 */
export function FeatureForm({ feature, position, onDone }: { feature: FeatureDef | null; position: number; onDone: () => void }) {
  const t = useTranslations("catalog.features");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const fieldMessage = useFieldMessage();
  const optionsErrorId = useId();
  const form = useForm<FeatureFormValues, unknown, FeatureFormOutput>({
    resolver: zodResolver(featureFormSchema),
    defaultValues: featureFormDefaults(feature, position),
  });
  const type = useWatch({ control: form.control, name: "type" });
  const pattern = useWatch({ control: form.control, name: "pattern" }) ?? "";
  const onSuccess = async (saved: FeatureDef) => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.catalog.features.list.queryKey() }),
      // Product feature forms show the feature's rules and values.
      queryClient.invalidateQueries({ queryKey: trpc.catalog.featureValues.pathKey() }),
    ]);
    toast.success(t(feature ? "updated" : "created", { name: saved.name }));
    onDone();
  };
  const create = useMutation(trpc.catalog.features.create.mutationOptions({ onSuccess }));
  const update = useMutation(trpc.catalog.features.update.mutationOptions({ onSuccess }));
  const failed = feature ? update : create;
  const pending = create.isPending || update.isPending;
  const onSubmit = form.handleSubmit((values) => {
    const input = featureFromForm(values);
    if (feature) update.mutate({ ...input, featureId: feature.id });
    else create.mutate(input);
  });
  const multi = multiValueChoice(type);
  const { control } = form;

  return (
    <Form {...form}>
      <form onSubmit={onSubmit} noValidate className="grid gap-5">
        <NameAndSlugFields suggest={!feature} nameLabel={t("form.name")} namePlaceholder={t("form.namePlaceholder")} nameMaxLength={80} />
        <div className="grid gap-5 sm:grid-cols-2">
          <SelectField
            control={control}
            name="type"
            label={t("form.type")}
            options={FEATURE_TYPES.map((type) => ({ value: type, label: t(`types.${type}`) }))}
            description={(type) => t(`typeHints.${type as (typeof FEATURE_TYPES)[number]}`)}
          />
          <TextField
            control={control}
            name="unit"
            label={t("form.unit")}
            description={t("form.unitHint")}
            inputProps={{ maxLength: 20, placeholder: t("form.unitPlaceholder"), autoComplete: "off" }}
          />
        </div>
        {usesRange(type) ? (
          <fieldset className="grid gap-3 rounded-lg border p-3">
            <legend className="px-1 text-sm font-medium">{t("form.range")}</legend>
            <div className="grid grid-cols-2 gap-4">
              <TextField control={control} name="min" label={t("form.min")} inputProps={{ inputMode: "decimal", autoComplete: "off" }} />
              <TextField control={control} name="max" label={t("form.max")} inputProps={{ inputMode: "decimal", autoComplete: "off" }} />
            </div>
            <p className="text-sm text-muted-foreground">{t("form.rangeHint")}</p>
          </fieldset>
        ) : null}
        {usesPattern(type) ? (
          <fieldset className="grid gap-3 rounded-lg border p-3">
            <legend className="px-1 text-sm font-medium">{t("form.patternTitle")}</legend>
            <FormField
              control={control}
              name="pattern"
              render={({ field }) => (
                <FormItem>
                  <FormLabel>{t("form.pattern")}</FormLabel>
                  <div className="flex flex-wrap gap-2">
                    <FormControl>
                      <Input
                        {...field}
                        maxLength={200}
                        placeholder={VIN_PATTERN}
                        autoComplete="off"
                        autoCapitalize="none"
                        spellCheck={false}
                        className="min-w-0 flex-1 basis-48 font-mono"
                      />
                    </FormControl>
                    <Button
                      type="button"
                      variant="outline"
                      onClick={() => form.setValue("pattern", VIN_PATTERN, { shouldDirty: true, shouldValidate: true })}
                    >
                      {t("form.useVin")}
                    </Button>
                  </div>
                  <FormDescription>{t("form.patternHint")}</FormDescription>
                  <FormMessage translate={fieldMessage} />
                </FormItem>
              )}
            />
            <PatternTester pattern={pattern} />
          </fieldset>
        ) : null}
        {usesOptions(type) ? (
          <FormField
            control={control}
            name="predefinedValues"
            render={({ field, fieldState }) => (
              <div className="grid gap-1.5">
                <ChipsInput
                  value={field.value ?? []}
                  onChange={field.onChange}
                  label={t("form.options")}
                  description={t("form.optionsHint")}
                  placeholder={t("form.optionsPlaceholder")}
                  maxLength={120}
                  maxItems={500}
                  invalid={!!fieldState.error}
                  errorId={fieldState.error ? optionsErrorId : undefined}
                />
                {fieldState.error?.message ? (
                  <p id={optionsErrorId} className="text-sm text-destructive">
                    {fieldMessage(fieldState.error.message)}
                  </p>
                ) : null}
              </div>
            )}
          />
        ) : null}
        <div className="grid gap-5 sm:grid-cols-[minmax(0,1fr)_10rem]">
          <SwitchField
            control={control}
            name="multiValue"
            label={t("form.multiValue")}
            description={t(`form.multiValueHints.${multi}`)}
            checked={multi === "choice" ? undefined : multi === "fixed-on"}
            disabled={multi !== "choice"}
          />
          <TextField
            control={control}
            name="position"
            label={t("form.position")}
            description={t("form.positionHint")}
            inputProps={{ inputMode: "numeric", required: true }}
          />
        </div>
        <FormError message={failed.isError ? errorMessage(failed.error) : null} />
        <EditorActions pending={pending} submitLabel={feature ? t("form.save") : t("form.create")} onCancel={onDone} />
      </form>
    </Form>
  );
}
