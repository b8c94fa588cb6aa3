"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Pencil, Trash2 } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { toast } from "sonner";
import { ConfirmDialog } from "@/components/layout/confirm-dialog";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { useErrorMessage } from "@/hooks/use-error-message";
import { useTRPC } from "@/trpc/react";
import type { AttributeGroupDef, AttributeValueDef } from "../../../types";
import { orderedValues, valueFormDefaults } from "./attribute-forms";
import { nextPosition } from "./form-fields";
import { AttributeValueForm, Swatch } from "./attribute-value-form";

/**
 * One attribute group: its values in shop order (by position) with in-place editing and removal,
 * and a row to add the next value. Removing a value that variants use is refused by the server
 * (`errors.catalog.valueInUse` with the count); the confirmation stays open and says so.
 */
export function AttributeGroupCard({ group, onEdit }: { group: AttributeGroupDef; onEdit: () => void }) {
  const t = useTranslations("catalog.attributes");
  const locale = useLocale();
  const id = useId();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const [editing, setEditing] = useState<string | null>(null);
  /** Leaves in-place editing with the keyboard back on the row's Edit button. */
  const stopEditing = (valueId: string) => {
    setEditing(null);
    requestAnimationFrame(() => document.getElementById(`${id}-edit-${valueId}`)?.focus());
  };
  // The dialog keeps its value while closing, so its text does not change mid-animation.
  const [removal, setRemoval] = useState<{ open: boolean; value: AttributeValueDef | null }>({ open: false, value: null });
  const values = orderedValues(group.values, locale);
  const colour = group.kind === "color";
  const invalidate = () => queryClient.invalidateQueries({ queryKey: trpc.catalog.attributes.list.queryKey() });

  const create = useMutation(trpc.catalog.attributes.createValue.mutationOptions());
  const update = useMutation(
    trpc.catalog.attributes.updateValue.mutationOptions({
      onSuccess: async (saved) => {
        await invalidate();
        stopEditing(saved.id);
        toast.success(t("values.updated", { value: saved.value }));
      },
      onError: (error) => toast.error(errorMessage(error)),
    }),
  );
  const remove = useMutation(
    trpc.catalog.attributes.removeValue.mutationOptions({
      onSuccess: async () => {
        await invalidate();
        toast.success(t("values.removed", { value: removal.value?.value ?? "" }));
        setRemoval((r) => ({ ...r, open: false }));
      },
    }),
  );
  const List = group.kind === "size" ? "ol" : "ul";

  return (
    <section
      aria-labelledby={`${id}-title`}
      className="@container flex min-w-0 flex-col rounded-xl border bg-card text-card-foreground shadow-sm"
    >
      <header className="flex flex-wrap items-start justify-between gap-3 border-b p-4">
        <div className="grid min-w-0 gap-1">
          <div className="flex flex-wrap items-center gap-2">
            <h3 id={`${id}-title`} className="text-base leading-snug font-semibold">
              {group.name}
            </h3>
            <Badge variant="secondary">{t(`kinds.${group.kind}`)}</Badge>
            {!group.active ? <Badge variant="outline">{t("inactive")}</Badge> : null}
          </div>
          <p className="text-xs text-muted-foreground">
            <span className="font-mono">{group.slug}</span> · {t("positionShort", { position: group.position })} ·{" "}
            {t("valueCount", { count: group.values.length })}
          </p>
        </div>
        <Button variant="outline" size="sm" onClick={onEdit}>
          <Pencil aria-hidden />
          {t("editGroup")}
          <span className="sr-only">: {group.name}</span>
        </Button>
      </header>
      <div className="grid gap-4 p-4">
        {values.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t("values.empty")}</p>
        ) : (
          <List className="divide-y rounded-lg border" aria-label={t("values.listLabel", { group: group.name })}>
            {values.map((value) => (
              <li key={value.id} className="px-3 py-2">
                {editing === value.id ? (
                  <AttributeValueForm
                    mode="edit"
                    kind={group.kind}
                    label={t("values.editLabel", { value: value.value })}
                    defaultValues={valueFormDefaults(value, value.position)}
                    pending={update.isPending}
                    onSubmit={(input) => update.mutate({ ...input, valueId: value.id })}
                    onCancel={() => stopEditing(value.id)}
                  />
                ) : (
                  <div className="flex min-h-9 items-center gap-3">
                    {colour ? <Swatch hex={value.colorHex} /> : null}
                    <div className="flex min-w-0 flex-1 flex-wrap items-baseline gap-x-2">
                      <span className="font-medium break-words">{value.value}</span>
                      {colour && value.colorHex ? <span className="font-mono text-xs text-muted-foreground">{value.colorHex}</span> : null}
                      {!value.active ? <Badge variant="outline">{t("inactive")}</Badge> : null}
                    </div>
                    <span className="shrink-0 text-xs text-muted-foreground tabular-nums">
                      {t("positionShort", { position: value.position })}
                    </span>
                    <div className="flex shrink-0 gap-1">
                      <Button
                        id={`${id}-edit-${value.id}`}
                        size="icon-sm"
                        variant="ghost"
                        aria-label={t("values.edit", { value: value.value })}
                        onClick={() => setEditing(value.id)}
                      >
                        <Pencil aria-hidden />
                      </Button>
                      <Button
                        size="icon-sm"
                        variant="ghost"
                        className="text-destructive hover:text-destructive"
                        aria-label={t("values.remove", { value: value.value })}
                        onClick={() => {
                          remove.reset();
                          setRemoval({ open: true, value });
                        }}
                      >
                        <Trash2 aria-hidden />
                      </Button>
                    </div>
                  </div>
                )}
              </li>
            ))}
          </List>
        )}
        <div className="rounded-lg bg-muted/40 p-3">
          <AttributeValueForm
            mode="add"
            kind={group.kind}
            label={t("values.addLabel", { group: group.name })}
            defaultValues={valueFormDefaults(null, nextPosition(group.values.map((v) => v.position)))}
            pending={create.isPending}
            onSubmit={(input, added) =>
              create.mutate(
                { ...input, groupId: group.id },
                {
                  onSuccess: async (saved) => {
                    added();
                    await invalidate();
                    toast.success(t("values.created", { value: saved.value }));
                  },
                  onError: (error) => toast.error(errorMessage(error)),
                },
              )
            }
          />
        </div>
      </div>
      <ConfirmDialog
        open={removal.open}
        onOpenChange={(open) => setRemoval((r) => ({ ...r, open }))}
        title={t("values.removeTitle", { value: removal.value?.value ?? "" })}
        description={
          <>
            {t("values.removeBody", { group: group.name })}
            {remove.isError ? (
              // Inside the dialog's description paragraph, so a span rather than an alert box.
              <span role="alert" className="mt-3 block font-medium text-destructive">
                {errorMessage(remove.error)}
              </span>
            ) : null}
          </>
        }
        confirmLabel={t("values.removeConfirm")}
        pending={remove.isPending}
        onConfirm={() => removal.value && remove.mutate({ valueId: removal.value.id })}
      />
    </section>
  );
}
