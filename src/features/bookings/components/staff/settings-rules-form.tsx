"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { FormError } from "@/components/forms/form-error";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { Form, FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Switch } from "@/components/ui/switch";
import { useErrorMessage, useFieldMessage } from "@/hooks/use-error-message";
import { formatDuration } from "@/lib/format";
import { useTRPC } from "@/trpc/react";
import { BOOKING_LIMITS } from "../../constants";
import type { BookingSettingsInput } from "../../schemas";
import {
  RULE_LIMITS,
  rulesFormDefaults,
  rulesFormSchema,
  rulesFromForm,
  type RulesFormOutput,
  type RulesFormValues,
} from "./booking-settings-schema";

/** The workshop's booking rules: slot interval, minimum notice, horizon, cancellation deadline, auto-confirm. */
export function SettingsRulesForm({
  workshopId,
  settings,
  readOnly,
}: {
  workshopId: string;
  settings: BookingSettingsInput;
  readOnly: boolean;
}) {
  const t = useTranslations("calendar.settings.rules");
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const fieldMessage = useFieldMessage();
  const errorMessage = useErrorMessage();
  const form = useForm<RulesFormValues, unknown, RulesFormOutput>({
    resolver: zodResolver(rulesFormSchema),
    values: rulesFormDefaults(settings, locale),
  });
  const save = useMutation(
    trpc.bookings.staff.updateSettings.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.bookings.staff.settings.queryKey({ workshopId }) });
        toast.success(t("saved"));
      },
      onError: (error) => toast.error(errorMessage(error)),
    }),
  );
  const onSubmit = form.handleSubmit((values) => save.mutate({ workshopId, settings: rulesFromForm(values) }));
  const { control } = form;

  return (
    <Form {...form}>
      <form onSubmit={onSubmit} noValidate className="grid gap-5">
        <fieldset disabled={readOnly} className="grid min-w-0 gap-5 sm:grid-cols-2">
          <FormField
            control={control}
            name="slotIntervalMinutes"
            render={({ field }) => (
              <FormItem>
                <FormLabel>{t("interval")}</FormLabel>
                <Select value={field.value} onValueChange={field.onChange} name={field.name} disabled={readOnly}>
                  <FormControl>
                    <SelectTrigger ref={field.ref} onBlur={field.onBlur} className="w-full">
                      <SelectValue />
                    </SelectTrigger>
                  </FormControl>
                  <SelectContent>
                    {BOOKING_LIMITS.slotIntervals.map((n) => (
                      <SelectItem key={n} value={String(n)}>
                        {formatDuration(n, locale)}
                      </SelectItem>
                    ))}
                  </SelectContent>
                </Select>
                <FormDescription>{t("intervalHint")}</FormDescription>
                <FormMessage translate={fieldMessage} />
              </FormItem>
            )}
          />
          <TextField
            control={control}
            name="minNoticeHours"
            label={t("notice")}
            description={t("noticeHint", { max: RULE_LIMITS.maxNoticeHours })}
            suffix={t("hoursUnit")}
            inputProps={{ inputMode: "decimal", required: true }}
          />
          <TextField
            control={control}
            name="horizonDays"
            label={t("horizon")}
            description={t("horizonHint", { max: RULE_LIMITS.maxHorizonDays })}
            suffix={t("daysUnit")}
            inputProps={{ inputMode: "numeric", required: true }}
          />
          <TextField
            control={control}
            name="cancellationNoticeHours"
            label={t("cancellation")}
            description={t("cancellationHint", { max: RULE_LIMITS.maxCancellationHours })}
            suffix={t("hoursUnit")}
            inputProps={{ inputMode: "decimal", required: true }}
          />
          <FormField
            control={control}
            name="autoConfirm"
            render={({ field }) => (
              <FormItem className="flex flex-row items-center justify-between gap-4 rounded-lg border p-3 sm:col-span-2">
                <div className="grid gap-1">
                  <FormLabel>{t("autoConfirm")}</FormLabel>
                  <FormDescription>{t("autoConfirmHint")}</FormDescription>
                </div>
                <FormControl>
                  <Switch
                    checked={field.value}
                    onCheckedChange={field.onChange}
                    onBlur={field.onBlur}
                    ref={field.ref}
                    disabled={readOnly}
                  />
                </FormControl>
              </FormItem>
            )}
          />
        </fieldset>
        <FormError message={save.isError ? errorMessage(save.error) : null} />
        {!readOnly ? (
          <div className="flex justify-end gap-2">
            <Button type="button" variant="ghost" disabled={!form.formState.isDirty || save.isPending} onClick={() => form.reset()}>
              {t("discard")}
            </Button>
            <Button type="submit" disabled={save.isPending}>
              {save.isPending ? t("saving") : t("save")}
            </Button>
          </div>
        ) : null}
      </form>
    </Form>
  );
}
