"use client";

import { useQuery } from "@tanstack/react-query";
import { Palette, Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useTRPC } from "@/trpc/react";
import type { AttributeGroupDef } from "../../../types";
import { AttributeGroupCard } from "./attribute-group-card";
import { AttributeGroupForm } from "./attribute-group-form";
import { nextPosition } from "./form-fields";
import { EditorPanel, EmptyBlock, QueryBoundary } from "./settings-ui";

/**
 * Attribute groups (colour, size, other) and their values, from which products' variants are
 * combined (PrestaShop `ps_attribute_group` / `ps_attribute`). Groups are added and edited in a
 * dialog; values in place.
 */
export function AttributesSettings() {
  const t = useTranslations("catalog.attributes");
  const trpc = useTRPC();
  const query = useQuery(trpc.catalog.attributes.list.queryOptions());
  // The editor keeps its group while closing, so its title does not change mid-animation.
  const [editor, setEditor] = useState<{ open: boolean; group: AttributeGroupDef | null }>({ open: false, group: null });
  const groups = [...(query.data ?? [])].sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));
  const addButton = (
    <Button onClick={() => setEditor({ open: true, group: null })}>
      <Plus aria-hidden />
      {t("addGroup")}
    </Button>
  );

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="grid max-w-prose gap-1">
          <h2 className="text-xl font-semibold tracking-tight">{t("title")}</h2>
          <p className="text-muted-foreground">{t("intro")}</p>
        </div>
        {groups.length ? addButton : null}
      </div>
      <QueryBoundary query={query}>
        {() =>
          groups.length === 0 ? (
            <EmptyBlock icon={<Palette />} title={t("emptyTitle")} action={addButton}>
              {t("emptyBody")}
            </EmptyBlock>
          ) : (
            <div className="grid grid-cols-1 items-start gap-4 lg:grid-cols-2">
              {groups.map((group) => (
                <AttributeGroupCard key={group.id} group={group} onEdit={() => setEditor({ open: true, group })} />
              ))}
            </div>
          )
        }
      </QueryBoundary>
      <EditorPanel
        open={editor.open}
        onOpenChange={(open) => setEditor((e) => ({ ...e, open }))}
        title={editor.group ? t("editGroupTitle", { name: editor.group.name }) : t("addGroupTitle")}
        description={t("groupEditorHint")}
      >
        <AttributeGroupForm
          key={editor.group?.id ?? "new"}
          group={editor.group}
          position={nextPosition(groups.map((g) => g.position))}
          onDone={() => setEditor((e) => ({ ...e, open: false }))}
        />
      </EditorPanel>
    </div>
  );
}
