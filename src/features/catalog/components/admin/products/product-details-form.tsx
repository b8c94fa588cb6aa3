"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useCallback, useState } from "react";
import { useForm, useWatch, type FieldPath } from "react-hook-form";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { SwitchField } from "@/components/forms/switch-field";
import { TextField } from "@/components/forms/text-field";
import { Form, FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { useErrorMessage, useFieldMessage } from "@/hooks/use-error-message";
import { useTRPC } from "@/trpc/react";
import { DEFAULT_VEHICLE_CATEGORY_WORDS, PRODUCT_TYPES, type ProductType } from "../../../constants";
import { productInput } from "../../../schemas";
import type { ProductDetail } from "../../../types";
import { deriveVehicleName, modelFromVehicleName } from "../../../vehicle-name";
import { productFormDefaults, productFormSchema, type ProductFormOutput, type ProductFormValues } from "./product-form-schema";
import { productHref } from "./products-admin-list";
import { SectionCard } from "./section-card";
import { StringListEditor } from "./string-list-editor";

const NO_FEATURE_SET = "none";
const imageSchema = productInput.shape.images.unwrap().element;
const categorySchema = productInput.shape.categories.unwrap().element;

/** Server errors that belong to one field of the form (the rest become a toast). */
const FIELD_OF_ERROR: Record<string, FieldPath<ProductFormValues>> = {
  "errors.catalog.skuTaken": "sku",
  "errors.catalog.vehicleYears": "yearTo",
  "errors.catalog.typeHasFitment": "type",
  "errors.catalog.featureSetNotFound": "featureSetId",
};

/**
 * The product's "Details": type, SKU, name, description, brand, price (typed in złoty, sent in
 * grosze), stock, images, categories, active, feature set; vehicles also model and years, with the
 * fitment name derived from the name as the fitment lists will show it. Creates
 * (`catalog.products.create`, then opens the new product) or updates (`catalog.products.update`).
 */
export function ProductDetailsForm({ product, initialType = "" }: { product: ProductDetail | null; initialType?: ProductType | "" }) {
  const t = useTranslations("catalog.products.details");
  const tt = useTranslations("catalog.products.types");
  const tc = useTranslations("common");
  const locale = useLocale();
  const router = useRouter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const fieldMessage = useFieldMessage();
  // Server errors with parameters are worded when they arrive; the field keeps their key.
  const [serverMessages, setServerMessages] = useState<Record<string, string>>({});
  const translate = useCallback((message: string) => serverMessages[message] ?? fieldMessage(message), [serverMessages, fieldMessage]);

  const featureSets = useQuery(trpc.catalog.featureSets.list.queryOptions());
  const form = useForm<ProductFormValues, unknown, ProductFormOutput>({
    resolver: zodResolver(productFormSchema),
    defaultValues: {
      ...productFormDefaults(product, locale, initialType),
      // A new product starts with its type's default feature set (the list is prefetched with the page).
      ...(!product && initialType
        ? { featureSetId: featureSets.data?.find((s) => s.productType === initialType && s.isDefault)?.id ?? null }
        : {}),
    },
  });
  const { control } = form;
  const [type, name, brand, featureSetId] = useWatch({ control, name: ["type", "name", "brand", "featureSetId"] });
  const words = useQuery(trpc.catalog.categoryWords.list.queryOptions(undefined, { enabled: type === "vehicle" }));
  const setsOfType = (featureSets.data ?? []).filter((s) => s.productType === type);
  const fitmentName = name.trim() ? deriveVehicleName(name, words.data ?? DEFAULT_VEHICLE_CATEGORY_WORDS) : "";
  const derivedModel = fitmentName && brand.trim() ? modelFromVehicleName(fitmentName, brand) : "";

  const onServerError = (error: unknown) => {
    const key = error instanceof TRPCClientError ? error.message : "";
    const field = FIELD_OF_ERROR[key];
    if (!field) return toast.error(errorMessage(error));
    setServerMessages((prev) => ({ ...prev, [key]: errorMessage(error) }));
    form.setError(field, { type: "server", message: key }, { shouldFocus: true });
  };
  const afterSave = async (saved: ProductDetail) => {
    queryClient.setQueryData(trpc.catalog.products.byId.queryKey({ productId: saved.id }), saved);
    await queryClient.invalidateQueries({ queryKey: trpc.catalog.products.adminList.pathKey() });
  };
  const create = useMutation(
    trpc.catalog.products.create.mutationOptions({
      onSuccess: async (saved) => {
        await afterSave(saved);
        toast.success(t("created"));
        router.push(productHref(saved.id));
      },
      onError: onServerError,
    }),
  );
  const update = useMutation(
    trpc.catalog.products.update.mutationOptions({
      onSuccess: async (saved) => {
        await afterSave(saved);
        form.reset(productFormDefaults(saved, locale));
        toast.success(t("saved"));
      },
      onError: onServerError,
    }),
  );
  const pending = create.isPending || update.isPending;
  const onSubmit = form.handleSubmit(
    (values) => (product ? update.mutate({ ...values, productId: product.id }) : create.mutate(values)),
    () => toast.error(t("fixErrors")),
  );

  const onTypeChange = (next: ProductType) => {
    form.setValue("type", next, { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
    const sets = (featureSets.data ?? []).filter((s) => s.productType === next);
    if (featureSetId && !sets.some((s) => s.id === featureSetId)) form.setValue("featureSetId", null, { shouldDirty: true });
    // A new product starts with its type's default feature set, as PrestaShop's product form does.
    if (!product && !featureSetId) {
      const fallback = sets.find((s) => s.isDefault);
      if (fallback) form.setValue("featureSetId", fallback.id, { shouldDirty: true });
    }
  };

  return (
    <Form {...form}>
      <form onSubmit={onSubmit} noValidate className="grid gap-6">
        <div className="grid gap-6 lg:grid-cols-2 lg:items-start">
          <div className="grid gap-6">
            <SectionCard title={t("basics")}>
              <FormField
                control={control}
                name="type"
                render={({ field }) => (
                  <FormItem>
                    <FormLabel>{t("type")}</FormLabel>
                    <Select value={field.value} onValueChange={(v) => onTypeChange(v as ProductType)} name={field.name}>
                      <FormControl>
                        <SelectTrigger ref={field.ref} onBlur={field.onBlur} className="w-full">
                          <SelectValue placeholder={t("typePlaceholder")} />
                        </SelectTrigger>
                      </FormControl>
                      <SelectContent>
                        {PRODUCT_TYPES.map((p) => (
                          <SelectItem key={p} value={p}>
                            {tt(p)}
                          </SelectItem>
                        ))}
                      </SelectContent>
                    </Select>
                    <FormDescription>{t("typeHint")}</FormDescription>
                    <FormMessage translate={translate} />
                  </FormItem>
                )}
              />
              <div className="grid gap-5 sm:grid-cols-2">
                <TextField
                  control={control}
                  name="sku"
                  label={t("sku")}
                  translate={translate}
                  inputProps={{ autoComplete: "off", spellCheck: false, maxLength: 64, required: true, className: "font-mono" }}
                />
                <TextField
                  control={control}
                  name="brand"
                  label={t("brand")}
                  translate={translate}
                  inputProps={{ autoComplete: "off", maxLength: 80, required: true }}
                />
              </div>
              <TextField
                control={control}
                name="name"
                label={t("name")}
                translate={translate}
                inputProps={{ maxLength: 200, required: true }}
              />
              <TextField
                control={control}
                name="description"
                label={t("description")}
                translate={translate}
                multiline
                inputProps={{ maxLength: 5000 }}
              />
            </SectionCard>
            <SectionCard title={t("organisation")}>
              <FormField
                control={control}
                name="featureSetId"
                render={({ field }) => (
                  <FormItem>
                    <FormLabel>{t("featureSet")}</FormLabel>
                    <Select
                      value={field.value ?? NO_FEATURE_SET}
                      onValueChange={(v) => field.onChange(v === NO_FEATURE_SET ? null : v)}
                      name={field.name}
                      disabled={!type}
                    >
                      <FormControl>
                        <SelectTrigger ref={field.ref} onBlur={field.onBlur} className="w-full">
                          <SelectValue />
                        </SelectTrigger>
                      </FormControl>
                      <SelectContent>
                        <SelectItem value={NO_FEATURE_SET}>{t("noFeatureSet")}</SelectItem>
                        {setsOfType.map((s) => (
                          <SelectItem key={s.id} value={s.id}>
                            {s.isDefault ? t("defaultSet", { name: s.name }) : s.name}
                          </SelectItem>
                        ))}
                        {/* The saved set stays visible even before the list loads or when it is of another type. */}
                        {field.value && !setsOfType.some((s) => s.id === field.value) ? (
                          <SelectItem value={field.value}>
                            {featureSets.data?.find((s) => s.id === field.value)?.name ?? t("currentSet")}
                          </SelectItem>
                        ) : null}
                      </SelectContent>
                    </Select>
                    <FormDescription>{type ? t("featureSetHint") : t("featureSetPickType")}</FormDescription>
                    <FormMessage translate={translate} />
                  </FormItem>
                )}
              />
              <FormField
                control={control}
                name="categories"
                render={({ field, fieldState }) => (
                  <FormItem>
                    <FormLabel>{t("categories")}</FormLabel>
                    <FormControl>
                      <StringListEditor
                        value={field.value ?? []}
                        onChange={field.onChange}
                        itemSchema={categorySchema}
                        translate={translate}
                        display="chips"
                        placeholder={t("categoryPlaceholder")}
                        max={20}
                        itemErrors={itemErrors(fieldState.error)}
                      />
                    </FormControl>
                    <FormDescription>{t("categoriesHint")}</FormDescription>
                    {listError(fieldState.error) ? (
                      <p className="text-sm text-destructive">{translate(listError(fieldState.error)!)}</p>
                    ) : null}
                  </FormItem>
                )}
              />
              <FormField
                control={control}
                name="images"
                render={({ field, fieldState }) => (
                  <FormItem>
                    <FormLabel>{t("images")}</FormLabel>
                    <FormControl>
                      <StringListEditor
                        value={field.value ?? []}
                        onChange={field.onChange}
                        itemSchema={imageSchema}
                        translate={translate}
                        display="images"
                        placeholder={t("imagePlaceholder")}
                        max={20}
                        itemErrors={itemErrors(fieldState.error)}
                      />
                    </FormControl>
                    <FormDescription>{t("imagesHint")}</FormDescription>
                    {listError(fieldState.error) ? (
                      <p className="text-sm text-destructive">{translate(listError(fieldState.error)!)}</p>
                    ) : null}
                  </FormItem>
                )}
              />
            </SectionCard>
          </div>

          <div className="grid gap-6">
            {type === "vehicle" ? (
              <SectionCard title={t("vehicle")} description={t("vehicleHint")}>
                <div className="grid gap-1 rounded-lg border border-dashed bg-muted/40 px-3 py-2 text-sm">
                  <span className="text-muted-foreground">{t("fitmentName")}</span>
                  <output aria-live="polite" className="font-medium">
                    {fitmentName || "—"}
                  </output>
                </div>
                <TextField
                  control={control}
                  name="vehicleModel"
                  label={t("vehicleModel")}
                  description={t("vehicleModelHint")}
                  translate={translate}
                  inputProps={{ maxLength: 120, placeholder: derivedModel || undefined }}
                />
                <div className="grid grid-cols-2 gap-4">
                  <TextField
                    control={control}
                    name="yearFrom"
                    label={t("yearFrom")}
                    translate={translate}
                    inputProps={{ inputMode: "numeric", maxLength: 4 }}
                  />
                  <TextField
                    control={control}
                    name="yearTo"
                    label={t("yearTo")}
                    translate={translate}
                    inputProps={{ inputMode: "numeric", maxLength: 4 }}
                  />
                </div>
              </SectionCard>
            ) : null}

            <SectionCard title={t("sales")}>
              <div className="grid grid-cols-2 gap-4">
                <TextField
                  control={control}
                  name="price"
                  label={t("price")}
                  suffix="zł"
                  translate={translate}
                  inputProps={{ inputMode: "decimal", required: true, autoComplete: "off" }}
                />
                <TextField
                  control={control}
                  name="stock"
                  label={t("stock")}
                  translate={translate}
                  inputProps={{ inputMode: "numeric", autoComplete: "off" }}
                />
              </div>
              <SwitchField control={control} name="active" label={t("active")} description={t("activeHint")} />
            </SectionCard>
          </div>
        </div>

        <div className="sticky bottom-0 z-10 -mx-4 flex flex-wrap items-center justify-end gap-2 border-t bg-background/95 px-4 py-3 backdrop-blur md:mx-0 md:rounded-xl md:border md:px-4">
          {product ? (
            <Button type="button" variant="outline" disabled={pending || !form.formState.isDirty} onClick={() => form.reset()}>
              {t("discard")}
            </Button>
          ) : (
            <Button type="button" variant="outline" disabled={pending} onClick={() => router.push("/admin/catalog")}>
              {tc("cancel")}
            </Button>
          )}
          <Button type="submit" disabled={pending}>
            {pending ? t("saving") : product ? t("save") : t("create")}
          </Button>
        </div>
      </form>
    </Form>
  );
}

type ListFieldError = { message?: string; [index: number]: { message?: string } | undefined } | undefined;

/** Per-entry errors of an array field (`images.2` → index 2). */
function itemErrors(error: unknown): (string | undefined)[] | undefined {
  const e = error as ListFieldError;
  if (!e || typeof e !== "object") return undefined;
  return Array.from({ length: 20 }, (_, i) => e[i]?.message);
}

/** The array field's own error ("too many entries"), if any. */
function listError(error: unknown): string | undefined {
  return (error as ListFieldError)?.message;
}
