"use client";

import { useQuery } from "@tanstack/react-query";
import { Layers, Pencil, Plus } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { ResponsiveDialog } from "@/components/layout/responsive-dialog";
import { Button } from "@/components/ui/button";
import { useTRPC } from "@/trpc/react";
import { PRODUCT_TYPES } from "../../../constants";
import type { FeatureSetDef } from "../../../types";
import { orderedFeatures } from "./features-section";
import { FeatureSetForm } from "./feature-set-form";
import { EmptyBlock, QueryBoundary, SettingsSection } from "./settings-ui";

/**
 * Feature sets: which features a product's form asks for, per product type (vehicle, part, other),
 * with one default set per type for new products. Edited in a dialog.
 */
export function FeatureSetsSection() {
  const t = useTranslations("catalog.features.sets");
  const locale = useLocale();
  const trpc = useTRPC();
  const sets = useQuery(trpc.catalog.featureSets.list.queryOptions());
  const features = useQuery(trpc.catalog.features.list.queryOptions());
  const [editor, setEditor] = useState<{ open: boolean; set: FeatureSetDef | null }>({ open: false, set: null });
  const names = new Map((features.data ?? []).map((f) => [f.id, f.name]));
  const list = [...(sets.data ?? [])].sort(
    (a, b) => PRODUCT_TYPES.indexOf(a.productType) - PRODUCT_TYPES.indexOf(b.productType) || a.name.localeCompare(b.name, locale),
  );
  // The editor needs the features to pick from, so it waits for them.
  const canEdit = features.data !== undefined;
  const addButton = (
    <Button onClick={() => setEditor({ open: true, set: null })} disabled={!canEdit}>
      <Plus aria-hidden />
      {t("add")}
    </Button>
  );

  return (
    <SettingsSection id="catalog-feature-sets" title={t("title")} description={t("intro")} action={list.length ? addButton : null}>
      <QueryBoundary query={sets}>
        {() =>
          list.length === 0 ? (
            <EmptyBlock icon={<Layers />} title={t("emptyTitle")} action={addButton}>
              {t("emptyBody")}
            </EmptyBlock>
          ) : (
            <ul className="grid gap-3 md:grid-cols-2">
              {list.map((set) => {
                const items = [...set.items].sort((a, b) => a.position - b.position);
                return (
                  <li key={set.id} className="flex min-w-0 flex-col gap-3 rounded-lg border p-4">
                    <div className="flex items-start justify-between gap-3">
                      <div className="grid min-w-0 gap-1">
                        <h3 className="leading-snug font-semibold break-words">{set.name}</h3>
                        <div className="flex flex-wrap items-center gap-1.5">
                          <Badge variant="secondary">{t(`productTypes.${set.productType}`)}</Badge>
                          {set.isDefault ? <Badge>{t("defaultBadge")}</Badge> : null}
                          <span className="font-mono text-xs text-muted-foreground">{set.slug}</span>
                        </div>
                      </div>
                      <Button variant="outline" size="sm" disabled={!canEdit} onClick={() => setEditor({ open: true, set })}>
                        <Pencil aria-hidden />
                        {t("edit")}
                        <span className="sr-only">: {set.name}</span>
                      </Button>
                    </div>
                    {set.description ? <p className="text-sm text-muted-foreground">{set.description}</p> : null}
                    {items.length ? (
                      <ol className="flex flex-wrap gap-1.5" aria-label={t("itemsLabel", { name: set.name })}>
                        {items.map((item) => (
                          <li key={item.featureId} className="rounded-md bg-muted px-2 py-0.5 text-xs">
                            {names.get(item.featureId) ?? "…"}
                            {item.required ? (
                              <>
                                <span aria-hidden className="text-destructive">
                                  {" "}
                                  *
                                </span>
                                <span className="sr-only"> ({t("requiredShort")})</span>
                              </>
                            ) : null}
                          </li>
                        ))}
                      </ol>
                    ) : (
                      <p className="text-sm text-muted-foreground">{t("noItems")}</p>
                    )}
                  </li>
                );
              })}
            </ul>
          )
        }
      </QueryBoundary>
      {list.some((s) => s.items.some((i) => i.required)) ? (
        <p className="mt-3 text-xs text-muted-foreground">
          <span aria-hidden className="text-destructive">
            *
          </span>{" "}
          {t("requiredLegend")}
        </p>
      ) : null}
      {canEdit ? (
        <ResponsiveDialog
          className="sm:max-w-3xl"
          open={editor.open}
          onOpenChange={(open) => setEditor((e) => ({ ...e, open }))}
          title={editor.set ? t("editTitle", { name: editor.set.name }) : t("addTitle")}
          description={t("editorHint")}
        >
          <FeatureSetForm
            key={editor.set?.id ?? "new"}
            set={editor.set}
            features={orderedFeatures(features.data, locale)}
            onDone={() => setEditor((e) => ({ ...e, open: false }))}
          />
        </ResponsiveDialog>
      ) : null}
    </SettingsSection>
  );
}
