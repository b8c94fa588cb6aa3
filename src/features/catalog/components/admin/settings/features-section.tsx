"use client";

import { useQuery } from "@tanstack/react-query";
import { ListChecks, Lock, Pencil, Plus } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { ResponsiveDialog } from "@/components/layout/responsive-dialog";
import { Button } from "@/components/ui/button";
import { useTRPC } from "@/trpc/react";
import type { FeatureDef } from "../../../types";
import { FeatureForm } from "./feature-form";
import { nextPosition } from "./form-fields";
import { EmptyBlock, QueryBoundary, SettingsSection } from "./settings-ui";

/** Features in the order product forms show them: by position, then name. */
export function orderedFeatures(features: FeatureDef[], locale: string): FeatureDef[] {
  return [...features].sort((a, b) => a.position - b.position || a.name.localeCompare(b.name, locale));
}

/** The rules of a feature in a few words: "0–500", "pattern ^…$", "3 values". */
function useRuleSummary() {
  const t = useTranslations("catalog.features");
  const locale = useLocale();
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 6 });
  return (f: FeatureDef): string[] => {
    const parts: string[] = [];
    const { min, max, pattern } = f.validation;
    if (min !== undefined && max !== undefined) parts.push(t("rules.range", { min: number.format(min), max: number.format(max) }));
    else if (min !== undefined) parts.push(t("rules.min", { min: number.format(min) }));
    else if (max !== undefined) parts.push(t("rules.max", { max: number.format(max) }));
    if (pattern) parts.push(t("rules.pattern", { pattern }));
    if (f.predefinedValues.length) parts.push(t("rules.options", { count: f.predefinedValues.length }));
    return parts;
  };
}

/**
 * The catalogue's features (PrestaShop `ps_feature`): name, type, unit and rules, added and edited in
 * a dialog. System features (the Model derived from fitment) are listed read-only.
 */
export function FeaturesSection() {
  const t = useTranslations("catalog.features");
  const locale = useLocale();
  const trpc = useTRPC();
  const query = useQuery(trpc.catalog.features.list.queryOptions());
  const rules = useRuleSummary();
  const [editor, setEditor] = useState<{ open: boolean; feature: FeatureDef | null }>({ open: false, feature: null });
  const features = orderedFeatures(query.data ?? [], locale);
  const addButton = (
    <Button onClick={() => setEditor({ open: true, feature: null })}>
      <Plus aria-hidden />
      {t("add")}
    </Button>
  );

  return (
    <SettingsSection id="catalog-features" title={t("title")} description={t("intro")} action={features.length ? addButton : null}>
      <QueryBoundary query={query}>
        {() =>
          features.length === 0 ? (
            <EmptyBlock icon={<ListChecks />} title={t("emptyTitle")} action={addButton}>
              {t("emptyBody")}
            </EmptyBlock>
          ) : (
            <ul className="divide-y rounded-lg border">
              {features.map((f) => {
                const summary = rules(f);
                return (
                  <li key={f.id} className="flex items-start gap-3 px-3 py-3 sm:px-4">
                    <div className="grid min-w-0 flex-1 gap-1">
                      <div className="flex flex-wrap items-center gap-2">
                        <span className="font-medium break-words">{f.name}</span>
                        <Badge variant="secondary">{t(`types.${f.type}`)}</Badge>
                        {f.unit ? <Badge variant="outline">{f.unit}</Badge> : null}
                        {f.multiValue ? <Badge variant="outline">{t("multiBadge")}</Badge> : null}
                      </div>
                      <p className="text-xs break-all text-muted-foreground">
                        <span className="font-mono">{f.slug}</span>
                        {summary.length ? ` · ${summary.join(" · ")}` : null}
                      </p>
                      {f.system ? (
                        <p className="flex items-center gap-1.5 text-sm text-muted-foreground">
                          <Lock aria-hidden className="size-3.5 shrink-0" />
                          {t("systemNote")}
                        </p>
                      ) : null}
                    </div>
                    {f.system ? null : (
                      <Button variant="outline" size="sm" onClick={() => setEditor({ open: true, feature: f })}>
                        <Pencil aria-hidden />
                        {t("edit")}
                        <span className="sr-only">: {f.name}</span>
                      </Button>
                    )}
                  </li>
                );
              })}
            </ul>
          )
        }
      </QueryBoundary>
      <ResponsiveDialog
        open={editor.open}
        onOpenChange={(open) => setEditor((e) => ({ ...e, open }))}
        title={editor.feature ? t("editTitle", { name: editor.feature.name }) : t("addTitle")}
        description={t("editorHint")}
      >
        <FeatureForm
          key={editor.feature?.id ?? "new"}
          feature={editor.feature}
          position={nextPosition(features.map((f) => f.position))}
          onDone={() => setEditor((e) => ({ ...e, open: false }))}
        />
      </ResponsiveDialog>
    </SettingsSection>
  );
}
