"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { Lock } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { useErrorMessage } from "@/hooks/use-error-message";
import { useTRPC } from "@/trpc/react";
import type { FeatureField, ProductDetail, ProductFeatureForm } from "../../../types";
import { FeatureInput, ResetValueButton, useFeatureValueText } from "./feature-input";
import { LoadingRows, QueryError } from "./query-state";
import { SectionCard } from "./section-card";
import { DEFAULTS_SCOPE, ShopSelect } from "./shop-select";

/**
 * A product's features ("Cechy") for the default data or one shop's override
 * (`catalog.featureValues.forProduct`), saved with `catalog.featureValues.set`.
 */
export function ProductFeatures({ product }: { product: ProductDetail }) {
  const t = useTranslations("catalog.products.features");
  const trpc = useTRPC();
  const [scope, setScope] = useState(DEFAULTS_SCOPE);
  const shopId = scope === DEFAULTS_SCOPE ? null : scope;
  const query = useQuery(trpc.catalog.featureValues.forProduct.queryOptions({ productId: product.id, shopId }));

  return (
    <div className="flex flex-col gap-5">
      <div className="grid gap-1">
        <ShopSelect value={scope} onChange={setScope} label={t("scope")} withDefaults />
        <p className="text-sm text-muted-foreground">{shopId ? t("scopeShopHint") : t("scopeDefaultsHint")}</p>
      </div>
      {query.isError ? (
        <QueryError error={query.error} onRetry={query.refetch} />
      ) : !query.data ? (
        <LoadingRows rows={4} className="h-16" />
      ) : (
        <FeatureForm key={scope} form={query.data} product={product} />
      )}
    </div>
  );
}

type Values = Record<string, string[] | null>;

/** The control's id of a feature (one product form per page, so feature ids are unique). */
const featureInputId = (featureId: string) => `feature-${featureId}`;

const same = (a: string[] | null, b: string[] | null) => JSON.stringify(a) === JSON.stringify(b);

function FeatureForm({ form, product }: { form: ProductFeatureForm; product: ProductDetail }) {
  const t = useTranslations("catalog.products.features");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const initial: Values = Object.fromEntries(form.fields.map((f) => [f.feature.id, f.own]));
  // Edits survive a background refetch: `changed` compares them with whatever the server has now.
  const [values, setValues] = useState<Values>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const valueOf = (f: FeatureField) => (f.feature.id in values ? (values[f.feature.id] ?? null) : f.own);
  const changed = form.fields.filter((f) => !f.feature.system && !same(valueOf(f), f.own));
  const editable = form.fields.some((f) => !f.feature.system);

  const save = useMutation(
    trpc.catalog.featureValues.set.mutationOptions({
      onSuccess: async (saved) => {
        queryClient.setQueryData(trpc.catalog.featureValues.forProduct.queryKey({ productId: form.productId, shopId: form.shopId }), saved);
        setValues(Object.fromEntries(saved.fields.map((f) => [f.feature.id, f.own])));
        toast.success(t("saved"));
        // The product's storefront features (byId `features`) follow its default values.
        await queryClient.invalidateQueries({ queryKey: trpc.catalog.products.byId.queryKey({ productId: product.id }) });
      },
      onError: (error) => {
        const params = error instanceof TRPCClientError ? (error.data as { params?: { feature?: string } } | undefined)?.params : undefined;
        const field = params?.feature ? form.fields.find((f) => f.feature.name === params.feature) : undefined;
        if (!field) return toast.error(errorMessage(error));
        setErrors({ [field.feature.id]: errorMessage(error) });
        // The message sits under the field; bring the field into view and focus.
        requestAnimationFrame(() => document.getElementById(featureInputId(field.feature.id))?.focus());
      },
    }),
  );

  const onSubmit = (e: React.FormEvent) => {
    e.preventDefault();
    setErrors({});
    save.mutate({
      productId: form.productId,
      shopId: form.shopId,
      values: changed.map((f) => ({ featureId: f.feature.id, values: valueOf(f) })),
    });
  };

  if (form.fields.length === 0) {
    return (
      <div className="rounded-xl border border-dashed px-6 py-10 text-center">
        <p className="font-medium">{form.featureSet ? t("emptySet") : t("noSet")}</p>
        <p className="mt-1 text-sm text-muted-foreground">{t("noSetHint")}</p>
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-6">
      <SectionCard
        title={form.featureSet ? t("setTitle", { name: form.featureSet.name }) : t("title")}
        description={form.shopId ? t("shopDescription") : product.parent ? t("variantDescription") : t("defaultsDescription")}
      >
        {form.featureSet ? null : (
          <p className="-mt-2 text-sm text-muted-foreground">
            {t("noSet")} {t("noSetHint")}
          </p>
        )}
        <div className="grid gap-6 md:grid-cols-2">
          {/* Editable features first; the computed ones (Model) can be long and need no input. */}
          {[...form.fields.filter((f) => !f.feature.system), ...form.fields.filter((f) => f.feature.system)].map((field) => (
            <FeatureRow
              key={field.feature.id}
              field={field}
              shopScope={form.shopId !== null}
              own={valueOf(field)}
              error={errors[field.feature.id]}
              onChange={(next) => {
                setValues((prev) => ({ ...prev, [field.feature.id]: next }));
                setErrors((prev) => {
                  const { [field.feature.id]: _dropped, ...rest } = prev;
                  return rest;
                });
              }}
            />
          ))}
        </div>
      </SectionCard>
      {editable ? (
        <div className="sticky bottom-0 z-10 -mx-4 flex flex-wrap items-center justify-end gap-2 border-t bg-background/95 px-4 py-3 backdrop-blur md:mx-0 md:rounded-xl md:border md:px-4">
          <p aria-live="polite" className="me-auto text-sm text-muted-foreground">
            {changed.length ? t("changes", { count: changed.length }) : t("noChanges")}
          </p>
          <Button type="button" variant="outline" disabled={save.isPending || changed.length === 0} onClick={() => setValues(initial)}>
            {t("discard")}
          </Button>
          <Button type="submit" disabled={save.isPending || changed.length === 0}>
            {save.isPending ? t("saving") : t("save")}
          </Button>
        </div>
      ) : null}
    </form>
  );
}

function FeatureRow({
  field,
  shopScope,
  own,
  error,
  onChange,
}: {
  field: FeatureField;
  shopScope: boolean;
  own: string[] | null;
  error?: string;
  onChange: (values: string[] | null) => void;
}) {
  const t = useTranslations("catalog.products.features");
  const valueText = useFeatureValueText();
  const { feature } = field;
  const id = featureInputId(feature.id);
  const labelId = `${id}-label`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const inherited = field.inherited?.length ? valueText(field, field.inherited) : null;
  // Raw values as placeholder (the input shows its unit itself); the hint below gives them worded.
  const placeholder = (field.inherited?.length ? field.inherited.join(", ") : null) ?? field.defaultValue ?? undefined;
  const { min, max } = feature.validation;
  const range =
    feature.type !== "number"
      ? null
      : min !== undefined && max !== undefined
        ? t("range", { min, max })
        : min !== undefined
          ? t("rangeMin", { min })
          : max !== undefined
            ? t("rangeMax", { max })
            : null;

  const label = (
    <Label id={labelId} htmlFor={feature.system ? undefined : id} className="flex-wrap">
      {feature.name}
      {feature.unit ? <span className="font-normal text-muted-foreground">({feature.unit})</span> : null}
      {field.required ? (
        <span className="text-destructive">
          <span aria-hidden>*</span>
          <span className="sr-only">{t("required")}</span>
        </span>
      ) : null}
    </Label>
  );

  if (feature.system) {
    return (
      <div className="grid content-start gap-2 md:col-span-2">
        <div className="flex flex-wrap items-center gap-2">
          {label}
          <Badge variant="secondary" className="font-normal">
            <Lock aria-hidden />
            {t("system")}
          </Badge>
        </div>
        {field.effective.length ? (
          <ul aria-labelledby={labelId} className="flex flex-wrap gap-1.5">
            {field.effective.map((v) => (
              <li key={v} className="rounded-full border bg-muted/50 px-2.5 py-0.5 text-sm">
                {v}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-muted-foreground">{t("systemEmpty")}</p>
        )}
        <p className="text-sm text-muted-foreground">{t("systemHint")}</p>
      </div>
    );
  }

  const canReset = own !== null && (feature.type === "boolean" || feature.type === "multiselect");
  return (
    <div className="grid content-start gap-2">
      <div className="flex items-center justify-between gap-3">
        {label}
        {canReset ? <ResetValueButton hasInherited={field.inherited !== null} onClick={() => onChange(null)} label={feature.name} /> : null}
      </div>
      <FeatureInput
        field={field}
        own={own}
        onChange={onChange}
        id={id}
        labelId={labelId}
        describedBy={[hintId, error ? errorId : null].filter(Boolean).join(" ")}
        invalid={Boolean(error)}
        placeholder={placeholder}
      />
      <div id={hintId} className="grid gap-0.5 text-sm text-muted-foreground">
        {field.helpText ? <p>{field.helpText}</p> : null}
        {range ? <p>{range}</p> : null}
        {inherited ? <p>{shopScope ? t("inheritedShop", { value: inherited }) : t("inheritedParent", { value: inherited })}</p> : null}
        {own === null && !inherited && field.defaultValue ? <p>{t("setDefault", { value: field.defaultValue })}</p> : null}
      </div>
      {error ? (
        <p id={errorId} className="text-sm text-destructive">
          {error}
        </p>
      ) : null}
    </div>
  );
}
