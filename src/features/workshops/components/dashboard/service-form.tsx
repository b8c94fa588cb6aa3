"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useForm, useWatch } from "react-hook-form";
import { toast } from "sonner";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { Form, FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Switch } from "@/components/ui/switch";
import { SERVICE_CATEGORIES } from "@/features/workshops/schemas";
import { useErrorMessage, useFieldMessage } from "@/hooks/use-error-message";
import { formatDuration } from "@/lib/format";
import { useTRPC } from "@/trpc/react";
import { serviceFormDefaults, serviceFormSchema, type ServiceFormOutput, type ServiceFormValues } from "./service-form-schema";
import { useInvalidateManagedWorkshop, type ManagedService } from "./use-managed-workshop";

/** Adds a service, or edits `service`: prices typed in złoty are sent as grosze, duration in minutes. */
export function ServiceForm({ workshopId, service, onDone }: { workshopId: string; service: ManagedService | null; onDone: () => void }) {
  const t = useTranslations("dashboard.services");
  const tw = useTranslations("workshops");
  const tc = useTranslations("common");
  const locale = useLocale();
  const trpc = useTRPC();
  const fieldMessage = useFieldMessage();
  const errorMessage = useErrorMessage();
  const invalidate = useInvalidateManagedWorkshop(workshopId);
  const form = useForm<ServiceFormValues, unknown, ServiceFormOutput>({
    resolver: zodResolver(serviceFormSchema),
    defaultValues: serviceFormDefaults(service, locale),
  });
  const callbacks = (message: string) => ({
    onSuccess: async () => {
      await invalidate();
      toast.success(message);
      onDone();
    },
    onError: (error: unknown) => toast.error(errorMessage(error)),
  });
  const create = useMutation(trpc.workshops.createService.mutationOptions(callbacks(t("created"))));
  const update = useMutation(trpc.workshops.updateService.mutationOptions(callbacks(t("updated"))));
  const pending = create.isPending || update.isPending;
  const onSubmit = form.handleSubmit((values) =>
    service ? update.mutate({ workshopId, serviceId: service.id, service: values }) : create.mutate({ workshopId, service: values }),
  );
  const minutes = Number(useWatch({ control: form.control, name: "durationMinutes" }));
  const { control } = form;

  return (
    <Form {...form}>
      <form onSubmit={onSubmit} noValidate className="grid gap-5">
        <FormField
          control={control}
          name="category"
          render={({ field }) => (
            <FormItem>
              <FormLabel>{t("fields.category")}</FormLabel>
              <Select value={field.value} onValueChange={field.onChange} name={field.name}>
                <FormControl>
                  <SelectTrigger ref={field.ref} onBlur={field.onBlur} className="w-full">
                    <SelectValue placeholder={t("fields.categoryPlaceholder")} />
                  </SelectTrigger>
                </FormControl>
                <SelectContent>
                  {SERVICE_CATEGORIES.map((c) => (
                    <SelectItem key={c} value={c}>
                      {tw(`categories.${c}`)}
                    </SelectItem>
                  ))}
                </SelectContent>
              </Select>
              <FormMessage translate={fieldMessage} />
            </FormItem>
          )}
        />
        <TextField
          control={control}
          name="name"
          label={t("fields.name")}
          inputProps={{ placeholder: t("fields.namePlaceholder"), required: true }}
        />
        <TextField control={control} name="description" label={t("fields.description")} multiline inputProps={{ maxLength: 1000 }} />
        <div className="grid grid-cols-2 gap-4">
          <TextField
            control={control}
            name="priceFrom"
            label={t("fields.priceFrom")}
            suffix="zł"
            inputProps={{ inputMode: "decimal", required: true }}
          />
          <TextField
            control={control}
            name="priceTo"
            label={t("fields.priceTo")}
            description={t("fields.priceToHint")}
            suffix="zł"
            inputProps={{ inputMode: "decimal" }}
          />
        </div>
        <TextField
          control={control}
          name="durationMinutes"
          label={t("fields.duration")}
          description={Number.isInteger(minutes) && minutes > 0 ? formatDuration(minutes, locale) : t("fields.durationHint")}
          inputProps={{ type: "number", inputMode: "numeric", required: true }}
        />
        <div className="grid grid-cols-2 gap-4">
          <TextField
            control={control}
            name="bufferBeforeMinutes"
            label={t("fields.bufferBefore")}
            description={t("fields.bufferBeforeHint")}
            inputProps={{ type: "number", inputMode: "numeric", min: 0, max: 240, step: 5 }}
          />
          <TextField
            control={control}
            name="bufferAfterMinutes"
            label={t("fields.bufferAfter")}
            description={t("fields.bufferAfterHint")}
            inputProps={{ type: "number", inputMode: "numeric", min: 0, max: 240, step: 5 }}
          />
        </div>
        <FormField
          control={control}
          name="active"
          render={({ field }) => (
            <FormItem className="flex flex-row items-center justify-between gap-4 rounded-lg border p-3">
              <div className="grid gap-1">
                <FormLabel>{t("fields.active")}</FormLabel>
                <FormDescription>{t("fields.activeHint")}</FormDescription>
              </div>
              <FormControl>
                <Switch checked={field.value} onCheckedChange={field.onChange} onBlur={field.onBlur} ref={field.ref} />
              </FormControl>
            </FormItem>
          )}
        />
        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <Button type="button" variant="outline" onClick={onDone} disabled={pending}>
            {tc("cancel")}
          </Button>
          <Button type="submit" disabled={pending}>
            {pending ? t("saving") : service ? t("saveChanges") : t("add")}
          </Button>
        </div>
      </form>
    </Form>
  );
}
