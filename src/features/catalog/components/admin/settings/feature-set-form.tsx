"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ArrowDown, ArrowUp, Plus, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useFieldArray, useForm } from "react-hook-form";
import { toast } from "sonner";
import { FormError } from "@/components/forms/form-error";
import { SelectField } from "@/components/forms/select-field";
import { SwitchField } from "@/components/forms/switch-field";
import { TextField } from "@/components/forms/text-field";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Form, FormControl, FormField, FormItem, FormLabel } from "@/components/ui/form";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { useErrorMessage } from "@/hooks/use-error-message";
import { useTRPC } from "@/trpc/react";
import { PRODUCT_TYPES } from "../../../constants";
import type { FeatureDef, FeatureSetDef } from "../../../types";
import { featureSetFormDefaults, featureSetFormSchema, type FeatureSetFormOutput, type FeatureSetFormValues } from "./feature-forms";
import { NameAndSlugFields } from "./name-slug-fields";
import { EditorActions } from "./settings-ui";

/**
 * Adds a feature set or edits `set`: name, slug, the product type it is for (and whether new
 * products of that type get it by default), a description, and its features in form order, each
 * with required / default value / help text. The order is the array's order (moved with up/down).
 */
export function FeatureSetForm({ set, features, onDone }: { set: FeatureSetDef | null; features: FeatureDef[]; onDone: () => void }) {
  const t = useTranslations("catalog.features.sets");
  const tf = useTranslations("catalog.features");
  const id = useId();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const form = useForm<FeatureSetFormValues, unknown, FeatureSetFormOutput>({
    resolver: zodResolver(featureSetFormSchema),
    defaultValues: featureSetFormDefaults(set),
  });
  const { control } = form;
  const items = useFieldArray({ control, name: "items" });
  const [picked, setPicked] = useState("");
  const [announcement, setAnnouncement] = useState("");
  const byId = new Map(features.map((f) => [f.id, f]));
  const chosen = new Set(items.fields.map((f) => f.featureId));
  const available = features.filter((f) => !chosen.has(f.id));

  const onSuccess = async (saved: FeatureSetDef) => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.catalog.featureSets.list.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.catalog.featureValues.pathKey() }),
    ]);
    toast.success(t(set ? "updated" : "created", { name: saved.name }));
    onDone();
  };
  const create = useMutation(trpc.catalog.featureSets.create.mutationOptions({ onSuccess }));
  const update = useMutation(trpc.catalog.featureSets.update.mutationOptions({ onSuccess }));
  const failed = set ? update : create;
  const pending = create.isPending || update.isPending;
  const onSubmit = form.handleSubmit((values) => (set ? update.mutate({ ...values, setId: set.id }) : create.mutate(values)));

  const move = (from: number, to: number) => {
    items.move(from, to);
    const name = byId.get(items.fields[from]!.featureId)?.name ?? "";
    setAnnouncement(t("moved", { name, position: to + 1, count: items.fields.length }));
    // Keeps the keyboard on the moved item: the same arrow, or the other one at either end of the list.
    const direction = to < from ? "up" : "down";
    const target =
      (to === 0 && direction === "up") || (to === items.fields.length - 1 && direction === "down")
        ? direction === "up"
          ? "down"
          : "up"
        : direction;
    requestAnimationFrame(() => document.getElementById(`${id}-item-${to}-${target}`)?.focus());
  };

  return (
    <Form {...form}>
      <form onSubmit={onSubmit} noValidate className="grid gap-5">
        <div className="grid gap-5 sm:grid-cols-2">
          <NameAndSlugFields suggest={!set} nameLabel={t("form.name")} namePlaceholder={t("form.namePlaceholder")} nameMaxLength={120} />
        </div>
        <div className="grid gap-5 sm:grid-cols-2">
          <SelectField
            control={control}
            name="productType"
            label={t("form.productType")}
            options={PRODUCT_TYPES.map((type) => ({ value: type, label: t(`productTypes.${type}`) }))}
          />
          <SwitchField control={control} name="isDefault" label={t("form.isDefault")} description={t("form.isDefaultHint")} />
        </div>
        <TextField control={control} name="description" label={t("form.description")} multiline inputProps={{ maxLength: 1000 }} />

        <fieldset className="grid min-w-0 gap-3">
          <legend className="mb-1 text-sm font-medium">{t("form.items", { count: items.fields.length })}</legend>
          <p className="text-sm text-muted-foreground">{t("form.itemsHint")}</p>
          <p aria-live="polite" className="sr-only">
            {announcement}
          </p>
          {items.fields.length === 0 ? (
            <p className="rounded-lg border border-dashed p-4 text-center text-sm text-muted-foreground">{t("form.noItems")}</p>
          ) : (
            <ol className="grid gap-2">
              {items.fields.map((item, index) => {
                const feature = byId.get(item.featureId);
                const name = feature?.name ?? t("form.unknownFeature");
                const options = feature?.predefinedValues ?? [];
                return (
                  <li key={item.id} className="grid gap-3 rounded-lg border p-3">
                    <div className="flex items-center gap-2">
                      <span className="w-6 shrink-0 text-sm text-muted-foreground tabular-nums">{index + 1}.</span>
                      <div className="flex min-w-0 flex-1 flex-wrap items-center gap-2">
                        <span className="font-medium break-words">{name}</span>
                        {feature ? <Badge variant="secondary">{tf(`types.${feature.type}`)}</Badge> : null}
                        {feature?.unit ? <Badge variant="outline">{feature.unit}</Badge> : null}
                      </div>
                      <Button
                        id={`${id}-item-${index}-up`}
                        type="button"
                        size="icon-sm"
                        variant="ghost"
                        disabled={index === 0}
                        aria-label={t("form.moveUp", { name })}
                        onClick={() => move(index, index - 1)}
                      >
                        <ArrowUp aria-hidden />
                      </Button>
                      <Button
                        id={`${id}-item-${index}-down`}
                        type="button"
                        size="icon-sm"
                        variant="ghost"
                        disabled={index === items.fields.length - 1}
                        aria-label={t("form.moveDown", { name })}
                        onClick={() => move(index, index + 1)}
                      >
                        <ArrowDown aria-hidden />
                      </Button>
                      <Button
                        type="button"
                        size="icon-sm"
                        variant="ghost"
                        className="text-destructive hover:text-destructive"
                        aria-label={t("form.removeItem", { name })}
                        onClick={() => items.remove(index)}
                      >
                        <Trash2 aria-hidden />
                      </Button>
                    </div>
                    <div className="grid gap-3 sm:grid-cols-[auto_minmax(0,1fr)_minmax(0,1fr)] sm:items-start">
                      <FormField
                        control={control}
                        name={`items.${index}.required`}
                        render={({ field }) => (
                          <FormItem className="flex flex-row items-center gap-2 sm:pt-7">
                            <FormControl>
                              <Checkbox
                                checked={field.value ?? false}
                                onCheckedChange={(v) => field.onChange(v === true)}
                                ref={field.ref}
                              />
                            </FormControl>
                            <FormLabel className="font-normal">
                              {t("form.required")}
                              <span className="sr-only">: {name}</span>
                            </FormLabel>
                          </FormItem>
                        )}
                      />
                      {feature?.system ? (
                        // The derived Model is filled from fitment, so it takes no default.
                        <p className="text-sm text-muted-foreground sm:pt-7">{tf("systemNote")}</p>
                      ) : (
                        <TextField
                          control={control}
                          name={`items.${index}.defaultValue`}
                          label={
                            <>
                              {t("form.defaultValue")}
                              <span className="sr-only">: {name}</span>
                            </>
                          }
                          render={(field) => (
                            <Input
                              {...field}
                              value={field.value ?? ""}
                              maxLength={200}
                              autoComplete="off"
                              list={options.length ? `${id}-options-${index}` : undefined}
                            />
                          )}
                        />
                      )}
                      <TextField
                        control={control}
                        name={`items.${index}.helpText`}
                        label={
                          <>
                            {t("form.helpText")}
                            <span className="sr-only">: {name}</span>
                          </>
                        }
                        inputProps={{ maxLength: 300, autoComplete: "off" }}
                      />
                    </div>
                    {options.length ? (
                      <datalist id={`${id}-options-${index}`}>
                        {options.map((o) => (
                          <option key={o} value={o} />
                        ))}
                      </datalist>
                    ) : null}
                  </li>
                );
              })}
            </ol>
          )}
          <div className="flex flex-wrap items-end gap-2">
            <div className="grid min-w-0 flex-1 basis-56 gap-2">
              <Label htmlFor={`${id}-pick`}>{t("form.pick")}</Label>
              <Select value={picked} onValueChange={setPicked} disabled={available.length === 0}>
                <SelectTrigger id={`${id}-pick`} className="w-full">
                  <SelectValue placeholder={available.length ? t("form.pickPlaceholder") : t("form.pickNone")} />
                </SelectTrigger>
                <SelectContent>
                  {available.map((f) => (
                    <SelectItem key={f.id} value={f.id}>
                      {f.name}
                      {f.unit ? ` (${f.unit})` : ""}
                    </SelectItem>
                  ))}
                </SelectContent>
              </Select>
            </div>
            <Button
              type="button"
              variant="outline"
              disabled={!picked || chosen.has(picked)}
              onClick={() => {
                items.append({ featureId: picked, required: false, defaultValue: "", helpText: "" });
                setPicked("");
              }}
            >
              <Plus aria-hidden />
              {t("form.addItem")}
            </Button>
          </div>
        </fieldset>
        <FormError message={failed.isError ? errorMessage(failed.error) : null} />
        <EditorActions pending={pending} submitLabel={set ? t("form.save") : t("form.create")} onCancel={onDone} />
      </form>
    </Form>
  );
}
