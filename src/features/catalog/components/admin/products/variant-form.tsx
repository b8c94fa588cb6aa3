"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useForm, useWatch } from "react-hook-form";
import { toast } from "sonner";
import { SwitchField } from "@/components/forms/switch-field";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Form, FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { Input } from "@/components/ui/input";
import { useErrorMessage, useFieldMessage } from "@/hooks/use-error-message";
import { groszeToZlotyInput } from "@/lib/format";
import { useTRPC } from "@/trpc/react";
import { INHERITABLE_FIELDS } from "../../../constants";
import { productInput } from "../../../schemas";
import type { ProductDetail, VariantRow } from "../../../types";
import { StringListEditor } from "./string-list-editor";
import { variantFormDefaults, variantFormSchema, type VariantFormOutput, type VariantFormValues } from "./variant-form-schema";

const imageSchema = productInput.shape.images.unwrap().element;

/**
 * Edits one variant (`catalog.variants.update`): what it inherits from its product (images, prices,
 * stock, categories, features) and its own price (złoty → grosze), stock and images, which count
 * only where the flag is off. `parent` gives the inherited values shown in their place.
 */
export function VariantForm({
  variant,
  parent,
  onDone,
  onCancel,
}: {
  variant: VariantRow;
  parent: Pick<ProductDetail, "id" | "priceGrosze" | "currency" | "stock" | "images">;
  onDone?: () => void;
  onCancel?: () => void;
}) {
  const t = useTranslations("catalog.products.variantForm");
  const ti = useTranslations("catalog.products.inherit");
  const tc = useTranslations("common");
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const fieldMessage = useFieldMessage();
  const form = useForm<VariantFormValues, unknown, VariantFormOutput>({
    resolver: zodResolver(variantFormSchema),
    defaultValues: variantFormDefaults(variant, locale),
  });
  const { control } = form;
  const inherit = useWatch({ control, name: "inherit" });

  const save = useMutation(
    trpc.catalog.variants.update.mutationOptions({
      onSuccess: async (saved) => {
        form.reset(variantFormDefaults(saved, locale));
        toast.success(t("saved", { sku: saved.sku }));
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.catalog.products.byId.queryKey({ productId: parent.id }) }),
          queryClient.invalidateQueries({ queryKey: trpc.catalog.products.byId.queryKey({ productId: saved.id }) }),
          queryClient.invalidateQueries({ queryKey: trpc.catalog.products.adminList.pathKey() }),
        ]);
        onDone?.();
      },
      onError: (error) => toast.error(errorMessage(error)),
    }),
  );
  const onSubmit = form.handleSubmit((values) => save.mutate({ ...values, variantId: variant.id }));

  return (
    <Form {...form}>
      <form onSubmit={onSubmit} noValidate className="grid gap-5">
        <fieldset className="grid gap-3">
          <legend className="mb-1 text-sm font-medium">{t("inheritLegend")}</legend>
          <div className="grid gap-2 sm:grid-cols-2">
            {INHERITABLE_FIELDS.map((flag) => (
              <FormField
                key={flag}
                control={control}
                name={`inherit.${flag}`}
                render={({ field }) => (
                  <FormItem className="flex flex-row items-center gap-2.5 rounded-lg border px-3 py-2.5">
                    <FormControl>
                      <Checkbox
                        checked={field.value}
                        onCheckedChange={(v) => field.onChange(v === true)}
                        onBlur={field.onBlur}
                        ref={field.ref}
                      />
                    </FormControl>
                    <FormLabel className="font-normal">{ti(flag)}</FormLabel>
                  </FormItem>
                )}
              />
            ))}
          </div>
        </fieldset>

        <div className="grid grid-cols-2 gap-4">
          <FormField
            control={control}
            name="price"
            render={({ field }) => (
              <FormItem className="content-start">
                <FormLabel>{t("price")}</FormLabel>
                <div className="relative">
                  <FormControl>
                    <Input
                      {...field}
                      value={inherit.prices ? "" : field.value}
                      disabled={inherit.prices}
                      placeholder={inherit.prices ? groszeToZlotyInput(parent.priceGrosze, locale) : undefined}
                      inputMode="decimal"
                      autoComplete="off"
                      className="pe-10"
                    />
                  </FormControl>
                  <span
                    aria-hidden
                    className="pointer-events-none absolute inset-y-0 end-3 flex items-center text-sm text-muted-foreground"
                  >
                    zł
                  </span>
                </div>
                <FormDescription>{inherit.prices ? t("fromProduct") : t("ownPrice")}</FormDescription>
                <FormMessage translate={fieldMessage} />
              </FormItem>
            )}
          />
          <FormField
            control={control}
            name="stock"
            render={({ field }) => (
              <FormItem className="content-start">
                <FormLabel>{t("stock")}</FormLabel>
                <FormControl>
                  <Input
                    {...field}
                    value={inherit.stock ? "" : field.value}
                    disabled={inherit.stock}
                    placeholder={inherit.stock ? String(parent.stock) : undefined}
                    inputMode="numeric"
                    autoComplete="off"
                  />
                </FormControl>
                <FormDescription>{inherit.stock ? t("fromProduct") : t("ownStock")}</FormDescription>
                <FormMessage translate={fieldMessage} />
              </FormItem>
            )}
          />
        </div>

        {inherit.images ? (
          <div className="grid gap-1 text-sm">
            <span className="font-medium">{t("images")}</span>
            <span className="text-muted-foreground">{t("imagesFromProduct", { count: parent.images.length })}</span>
          </div>
        ) : (
          <FormField
            control={control}
            name="images"
            render={({ field, fieldState }) => (
              <FormItem>
                <FormLabel>{t("images")}</FormLabel>
                <FormControl>
                  <StringListEditor
                    value={field.value}
                    onChange={field.onChange}
                    itemSchema={imageSchema}
                    translate={fieldMessage}
                    display="images"
                    placeholder={t("imagePlaceholder")}
                    max={20}
                    itemErrors={Array.from(
                      { length: 20 },
                      (_, i) => (fieldState.error as Record<number, { message?: string }> | undefined)?.[i]?.message,
                    )}
                  />
                </FormControl>
              </FormItem>
            )}
          />
        )}

        <SwitchField control={control} name="active" label={t("active")} description={t("activeHint")} />

        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          {onCancel ? (
            <Button type="button" variant="outline" onClick={onCancel} disabled={save.isPending}>
              {tc("cancel")}
            </Button>
          ) : null}
          <Button type="submit" disabled={save.isPending}>
            {save.isPending ? t("saving") : t("save")}
          </Button>
        </div>
      </form>
    </Form>
  );
}
