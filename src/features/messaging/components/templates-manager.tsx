"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { MessageSquareText, Pencil, Plus, Trash2 } from "lucide-react";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { FormError } from "@/components/forms/form-error";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Form } from "@/components/ui/form";
import { useErrorMessage } from "@/hooks/use-error-message";
import { useTRPC } from "@/trpc/react";
import { MESSAGE_MAX_CHARS } from "../constants";
import { templateBodySchema } from "../schemas";

type TemplateValues = { title: string; body: string };

/** Suggestions offered to a workshop without templates (keys under `messaging.templates.suggested`). */
const SUGGESTED = ["thanks", "availability", "quote", "ready"] as const;

/** The workshop's quick replies: add, edit, remove; a start set in the staff member's language. */
export function TemplatesManager({ workshopId }: { workshopId: string }) {
  const t = useTranslations("messaging.templates");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const list = useQuery(trpc.messaging.templates.list.queryOptions({ workshopId }));
  /** The template being edited: its id, or null for a new one; undefined while the list shows. */
  const [editing, setEditing] = useState<string | null | undefined>(undefined);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<TemplateValues, unknown, TemplateValues>({
    resolver: zodResolver(templateBodySchema),
    defaultValues: { title: "", body: "" },
  });
  const edit = (id: string | null, values: TemplateValues = { title: "", body: "" }) => {
    form.reset(values);
    setProblem(null);
    setEditing(id);
  };
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.messaging.templates.list.queryKey({ workshopId }) });
  const create = useMutation(trpc.messaging.templates.create.mutationOptions());
  const update = useMutation(trpc.messaging.templates.update.mutationOptions());
  const remove = useMutation(
    trpc.messaging.templates.remove.mutationOptions({ onSuccess: () => void refresh(), onError: (e) => toast.error(errorMessage(e)) }),
  );

  const save = form.handleSubmit(async (template) => {
    setProblem(null);
    try {
      if (editing) await update.mutateAsync({ workshopId, templateId: editing, template });
      else await create.mutateAsync({ workshopId, template });
      setEditing(undefined);
      await refresh();
    } catch (error) {
      setProblem(errorMessage(error));
    }
  });

  const addSuggested = async () => {
    try {
      for (const key of SUGGESTED) {
        await create.mutateAsync({ workshopId, template: { title: t(`suggested.${key}.title`), body: t(`suggested.${key}.body`) } });
      }
      await refresh();
    } catch (error) {
      toast.error(errorMessage(error));
    }
  };

  return (
    <Dialog onOpenChange={() => setEditing(undefined)}>
      <DialogTrigger asChild>
        <Button variant="ghost" size="icon" aria-label={t("manage")} title={t("manage")}>
          <MessageSquareText aria-hidden className="size-4" />
        </Button>
      </DialogTrigger>
      <DialogContent closeLabel={tc("close")} className="max-h-[90dvh] overflow-y-auto sm:max-w-lg">
        <DialogHeader>
          <DialogTitle>{t("title")}</DialogTitle>
          <DialogDescription>{t("description")}</DialogDescription>
        </DialogHeader>
        {editing !== undefined ? (
          <Form {...form}>
            <form onSubmit={save} noValidate className="flex flex-col gap-3">
              <TextField control={form.control} name="title" label={t("titleLabel")} inputProps={{ maxLength: 60 }} />
              <TextField
                control={form.control}
                name="body"
                label={t("bodyLabel")}
                multiline
                inputProps={{ maxLength: MESSAGE_MAX_CHARS }}
              />
              <FormError message={problem} />
              <div className="flex justify-end gap-2">
                <Button type="button" variant="outline" onClick={() => setEditing(undefined)}>
                  {tc("cancel")}
                </Button>
                <Button type="submit" disabled={create.isPending || update.isPending}>
                  {t("save")}
                </Button>
              </div>
            </form>
          </Form>
        ) : (
          <div className="flex flex-col gap-3">
            {list.data?.length ? (
              <ul className="divide-y rounded-md border">
                {list.data.map((tpl) => (
                  <li key={tpl.id} className="flex items-start gap-2 p-3">
                    <div className="min-w-0 flex-1">
                      <p className="font-medium">{tpl.title}</p>
                      <p className="line-clamp-2 text-sm text-muted-foreground">{tpl.body}</p>
                    </div>
                    <Button
                      variant="ghost"
                      size="icon"
                      aria-label={t("edit", { title: tpl.title })}
                      onClick={() => edit(tpl.id, { title: tpl.title, body: tpl.body })}
                    >
                      <Pencil aria-hidden className="size-4" />
                    </Button>
                    <Button
                      variant="ghost"
                      size="icon"
                      aria-label={t("remove", { title: tpl.title })}
                      disabled={remove.isPending}
                      onClick={() => remove.mutate({ workshopId, templateId: tpl.id })}
                    >
                      <Trash2 aria-hidden className="size-4" />
                    </Button>
                  </li>
                ))}
              </ul>
            ) : (
              <div className="flex flex-col items-start gap-2 rounded-md border border-dashed p-4 text-sm text-muted-foreground">
                <p>{t("empty")}</p>
                <Button size="sm" variant="secondary" onClick={() => void addSuggested()} disabled={create.isPending}>
                  {t("addSuggested")}
                </Button>
              </div>
            )}
            <Button className="self-start" onClick={() => edit(null)}>
              <Plus aria-hidden className="size-4" /> {t("add")}
            </Button>
          </div>
        )}
      </DialogContent>
    </Dialog>
  );
}
