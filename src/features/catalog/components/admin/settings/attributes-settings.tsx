"use client";

import { useQuery } from "@tanstack/react-query";
import { Palette } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ResponsiveDialog } from "@/components/layout/responsive-dialog";
import { useTRPC } from "@/trpc/react";
import type { AttributeGroupDef } from "../../../types";
import { AttributeGroupCard } from "./attribute-group-card";
import { AttributeGroupForm } from "./attribute-group-form";
import { nextPosition } from "./form-fields";
import { SettingsListPage } from "./settings-ui";

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

  return (
    <SettingsListPage
      title={t("title")}
      intro={t("intro")}
      addLabel={t("addGroup")}
      onAdd={() => setEditor({ open: true, group: null })}
      query={query}
      count={groups.length}
      empty={{ icon: <Palette />, title: t("emptyTitle"), body: t("emptyBody") }}
      list={
        <div className="grid grid-cols-1 items-start gap-4 lg:grid-cols-2">
          {groups.map((group) => (
            <AttributeGroupCard key={group.id} group={group} onEdit={() => setEditor({ open: true, group })} />
          ))}
        </div>
      }
      editor={
        <ResponsiveDialog
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
        </ResponsiveDialog>
      }
    />
  );
}
