"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { AlertTriangle, KeyRound, Undo2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { useForm, useWatch } from "react-hook-form";
import { toast } from "sonner";
import { FormError } from "@/components/forms/form-error";
import { SwitchField } from "@/components/forms/switch-field";
import { TextField } from "@/components/forms/text-field";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Form, FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { RadioGroup, RadioGroupItem } from "@/components/ui/radio-group";
import { useErrorMessage, useFieldMessage } from "@/hooks/use-error-message";
import { useTRPC } from "@/trpc/react";
import type { ShopSummary } from "../../../types";
import { BrandPicker } from "./brand-picker";
import { NameAndSlugFields } from "./name-slug-fields";
import { EditorActions, QueryBoundary } from "./settings-ui";
import { shopFormDefaults, shopFormSchema, shopFromForm, type ShopFormOutput, type ShopFormValues } from "./shop-forms";

/**
 * Adds a shop or edits `shop`: name, slug, PrestaShop webservice address and key (write-only: shown
 * as stored, replaced by typing a new one, removed with "clear"), whether it is active (the
 * platform's storefront always is), and which vehicle brands it accepts for fitment.
 */
export function ShopForm({ shop, onDone }: { shop: ShopSummary | null; onDone: () => void }) {
  const t = useTranslations("catalog.shops");
  const id = useId();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const fieldMessage = useFieldMessage();
  const brands = useQuery(trpc.catalog.brands.queryOptions());
  const form = useForm<ShopFormValues, unknown, ShopFormOutput>({
    resolver: zodResolver(shopFormSchema),
    defaultValues: shopFormDefaults(shop),
  });
  const { control } = form;
  const clearKey = useWatch({ control, name: "clearKey" });
  const brandMode = useWatch({ control, name: "brandMode" });
  const onSuccess = async (saved: ShopSummary) => {
    // The matrix and fitment lists read the shop's name and brand filter.
    await queryClient.invalidateQueries({ queryKey: trpc.catalog.pathKey() });
    toast.success(t(shop ? "updated" : "created", { name: saved.name }));
    onDone();
  };
  const create = useMutation(trpc.catalog.shops.create.mutationOptions({ onSuccess }));
  const update = useMutation(trpc.catalog.shops.update.mutationOptions({ onSuccess }));
  const failed = shop ? update : create;
  const pending = create.isPending || update.isPending;
  const onSubmit = form.handleSubmit((values) => {
    const input = shopFromForm(values);
    if (shop) update.mutate({ ...input, shopId: shop.id });
    else create.mutate(input);
  });
  const stored = !!shop?.hasApiKey;

  return (
    <Form {...form}>
      <form onSubmit={onSubmit} noValidate className="grid gap-5">
        <div className="grid gap-5 sm:grid-cols-2">
          <NameAndSlugFields suggest={!shop} nameLabel={t("form.name")} namePlaceholder={t("form.namePlaceholder")} nameMaxLength={120} />
        </div>
        <fieldset className="grid min-w-0 gap-4 rounded-lg border p-3">
          <legend className="px-1 text-sm font-medium">{t("form.prestashop")}</legend>
          <TextField
            control={control}
            name="prestashopUrl"
            label={t("form.url")}
            description={t("form.urlHint")}
            inputProps={{ type: "url", inputMode: "url", placeholder: "https://sklep.example.pl", autoComplete: "off", maxLength: 2000 }}
          />
          <FormField
            control={control}
            name="apiKey"
            render={({ field }) => (
              <FormItem>
                <div className="flex flex-wrap items-center gap-2">
                  <FormLabel>{t("form.apiKey")}</FormLabel>
                  {stored && !clearKey ? (
                    <Badge variant="secondary">
                      <KeyRound aria-hidden />
                      {t("keyStored")}
                    </Badge>
                  ) : null}
                </div>
                <div className="flex flex-wrap gap-2">
                  <FormControl>
                    <Input
                      {...field}
                      type="password"
                      autoComplete="new-password"
                      spellCheck={false}
                      maxLength={200}
                      disabled={clearKey}
                      placeholder={stored && !clearKey ? t("form.apiKeyKeepPlaceholder") : t("form.apiKeyPlaceholder")}
                      className="min-w-0 flex-1 basis-48 font-mono"
                    />
                  </FormControl>
                  {stored ? (
                    clearKey ? (
                      <Button type="button" variant="outline" onClick={() => form.setValue("clearKey", false, { shouldDirty: true })}>
                        <Undo2 aria-hidden />
                        {t("form.keepKey")}
                      </Button>
                    ) : (
                      <Button
                        type="button"
                        variant="outline"
                        className="text-destructive hover:text-destructive"
                        onClick={() => {
                          form.setValue("apiKey", "");
                          form.setValue("clearKey", true, { shouldDirty: true });
                        }}
                      >
                        {t("form.clearKey")}
                      </Button>
                    )
                  ) : null}
                </div>
                <FormDescription>
                  {clearKey ? t("form.apiKeyClearing") : stored ? t("form.apiKeyKeepHint") : t("form.apiKeyHint")}
                </FormDescription>
                <FormMessage translate={fieldMessage} />
              </FormItem>
            )}
          />
        </fieldset>
        <SwitchField
          control={control}
          name="active"
          label={t("form.active")}
          description={shop?.isPlatform ? t("form.platformAlwaysActive") : t("form.activeHint")}
          checked={shop?.isPlatform ? true : undefined}
          disabled={shop?.isPlatform}
        />
        <fieldset className="grid min-w-0 gap-3">
          <legend className="mb-1 text-sm font-medium">{t("form.brands")}</legend>
          <p className="text-sm text-muted-foreground">{t("form.brandsHint")}</p>
          <FormField
            control={control}
            name="brandMode"
            render={({ field }) => (
              <RadioGroup
                value={field.value}
                onValueChange={field.onChange}
                name={field.name}
                aria-label={t("form.brands")}
                className="gap-2 sm:grid-cols-2"
              >
                <Label className="flex cursor-pointer items-start gap-3 rounded-lg border p-3 font-normal has-[[data-state=checked]]:border-primary has-[[data-state=checked]]:bg-primary/5">
                  <RadioGroupItem value="all" className="mt-0.5" />
                  <span className="grid gap-1">
                    <span className="font-medium">{t("form.allBrands")}</span>
                    <span className="text-xs text-muted-foreground">{t("form.allBrandsHint")}</span>
                  </span>
                </Label>
                <Label className="flex cursor-pointer items-start gap-3 rounded-lg border p-3 font-normal has-[[data-state=checked]]:border-primary has-[[data-state=checked]]:bg-primary/5">
                  <RadioGroupItem value="selected" className="mt-0.5" />
                  <span className="grid gap-1">
                    <span id={`${id}-selected`} className="font-medium">
                      {t("form.selectedBrands")}
                    </span>
                    <span className="text-xs text-muted-foreground">{t("form.selectedBrandsHint")}</span>
                  </span>
                </Label>
              </RadioGroup>
            )}
          />
          {brandMode === "selected" ? (
            <FormField
              control={control}
              name="brands"
              render={({ field }) => (
                <div className="grid gap-3">
                  <QueryBoundary query={brands} skeletons={2}>
                    {(list) => (
                      <BrandPicker brands={list} value={field.value ?? []} onChange={field.onChange} labelledBy={`${id}-selected`} />
                    )}
                  </QueryBoundary>
                  {(field.value ?? []).length === 0 ? (
                    <Alert role="note">
                      <AlertTriangle aria-hidden />
                      <AlertDescription>{t("form.noneChosen")}</AlertDescription>
                    </Alert>
                  ) : null}
                </div>
              )}
            />
          ) : null}
        </fieldset>
        <FormError message={failed.isError ? errorMessage(failed.error) : null} />
        <EditorActions pending={pending} submitLabel={shop ? t("form.save") : t("form.create")} onCancel={onDone} />
      </form>
    </Form>
  );
}
