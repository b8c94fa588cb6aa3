"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { FormError } from "@/components/forms/form-error";
import { TextField } from "@/components/forms/text-field";
import { Form, FormControl, FormField, FormItem, FormMessage } from "@/components/ui/form";
import { Label } from "@/components/ui/label";
import { RadioGroup, RadioGroupItem } from "@/components/ui/radio-group";
import { useErrorMessage, useFieldMessage } from "@/hooks/use-error-message";
import { useTRPC } from "@/trpc/react";
import { ATTRIBUTE_GROUP_KINDS } from "../../../constants";
import type { AttributeGroupDef } from "../../../types";
import { groupFormDefaults, groupFormSchema, type GroupFormOutput, type GroupFormValues } from "./attribute-forms";
import { NameAndSlugFields } from "./name-slug-fields";
import { EditorActions } from "./settings-ui";

/** Adds an attribute group (colour, size or other) or edits `group`'s name, slug, kind and position. */
export function AttributeGroupForm({ group, position, onDone }: { group: AttributeGroupDef | null; position: number; onDone: () => void }) {
  const t = useTranslations("catalog.attributes");
  const id = useId();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const fieldMessage = useFieldMessage();
  const form = useForm<GroupFormValues, unknown, GroupFormOutput>({
    resolver: zodResolver(groupFormSchema),
    defaultValues: groupFormDefaults(group, position),
  });
  const onSuccess = async (saved: AttributeGroupDef) => {
    await queryClient.invalidateQueries({ queryKey: trpc.catalog.attributes.list.queryKey() });
    toast.success(t(group ? "groupUpdated" : "groupCreated", { name: saved.name }));
    onDone();
  };
  const create = useMutation(trpc.catalog.attributes.createGroup.mutationOptions({ onSuccess }));
  const update = useMutation(trpc.catalog.attributes.updateGroup.mutationOptions({ onSuccess }));
  const failed = group ? update : create;
  const pending = create.isPending || update.isPending;
  const onSubmit = form.handleSubmit((values) => (group ? update.mutate({ ...values, groupId: group.id }) : create.mutate(values)));

  return (
    <Form {...form}>
      <form onSubmit={onSubmit} noValidate className="grid gap-5">
        <NameAndSlugFields suggest={!group} nameLabel={t("form.name")} namePlaceholder={t("form.namePlaceholder")} nameMaxLength={80} />
        <FormField
          control={form.control}
          name="kind"
          render={({ field }) => (
            <FormItem>
              <p id={`${id}-kind`} className="text-sm leading-none font-medium">
                {t("form.kind")}
              </p>
              <FormControl>
                <RadioGroup
                  value={field.value}
                  onValueChange={field.onChange}
                  name={field.name}
                  aria-labelledby={`${id}-kind`}
                  className="grid gap-2 sm:grid-cols-3"
                >
                  {ATTRIBUTE_GROUP_KINDS.map((kind) => (
                    <Label
                      key={kind}
                      className="flex cursor-pointer items-start gap-3 rounded-lg border p-3 font-normal has-[[data-state=checked]]:border-primary has-[[data-state=checked]]:bg-primary/5"
                    >
                      <RadioGroupItem value={kind} className="mt-0.5" aria-describedby={`${id}-${kind}-hint`} />
                      <span className="grid gap-1">
                        <span className="font-medium">{t(`kinds.${kind}`)}</span>
                        <span id={`${id}-${kind}-hint`} className="text-xs text-muted-foreground">
                          {t(`kindHints.${kind}`)}
                        </span>
                      </span>
                    </Label>
                  ))}
                </RadioGroup>
              </FormControl>
              <FormMessage translate={fieldMessage} />
            </FormItem>
          )}
        />
        <TextField
          control={form.control}
          name="position"
          label={t("form.position")}
          description={t("form.positionHint")}
          className="sm:max-w-48"
          inputProps={{ inputMode: "numeric", required: true }}
        />
        <FormError message={failed.isError ? errorMessage(failed.error) : null} />
        <EditorActions pending={pending} submitLabel={group ? t("form.save") : t("form.create")} onCancel={onDone} />
      </form>
    </Form>
  );
}
