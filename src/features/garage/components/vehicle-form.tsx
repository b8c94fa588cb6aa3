"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { TRPCClientError } from "@trpc/client";
import { Loader2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useForm, type UseFormReturn } from "react-hook-form";
import { FormError } from "@/components/forms/form-error";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { Form, FormControl, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { useErrorMessage, useFieldMessage } from "@/hooks/use-error-message";
import { FUEL_TYPES, vehicleFormSchema, type VehicleData, type VehicleFormValues } from "../schemas";
import { MakeModelFields } from "./make-model-fields";

export const emptyVehicleForm: VehicleFormValues = {
  vin: "",
  make: "",
  model: "",
  year: "",
  fuel: "",
  engine: "",
  mileageKm: "",
  nickname: "",
};

type FieldName = keyof VehicleFormValues;
const FIELDS = Object.keys(emptyVehicleForm) as FieldName[];

/** Puts the server's zod field errors on their fields; anything else becomes the form's error. */
function showServerError(form: UseFormReturn<VehicleFormValues, unknown, VehicleData>, error: unknown, message: string) {
  const fieldErrors =
    error instanceof TRPCClientError
      ? ((error.data as { zodError?: { fieldErrors?: Record<string, string[] | undefined> } | null } | undefined)?.zodError?.fieldErrors ??
        {})
      : {};
  let placed = false;
  for (const name of FIELDS) {
    const key = fieldErrors[name]?.[0];
    if (key) {
      form.setError(name, { message: key }, { shouldFocus: !placed });
      placed = true;
    }
  }
  if (!placed) form.setError("root.server", { message });
}

/**
 * The vehicle's details, used to add (after the VIN step) and to edit. Validates with
 * `vehicleFormSchema` (i18n keys shown translated under each field) and hands the API input to
 * `onSubmit`; if that throws, the server's error is shown on the fields or above the form.
 */
export function VehicleForm({
  defaultValues,
  showVin,
  onSubmit,
  onCancel,
}: {
  defaultValues: VehicleFormValues;
  /** Whether the VIN is editable here (edit); when adding, the VIN step owns it. */
  showVin: boolean;
  onSubmit: (values: VehicleData) => Promise<void>;
  onCancel: () => void;
}) {
  const t = useTranslations("garage.form");
  const tFuel = useTranslations("garage.fuel");
  const tCommon = useTranslations("common");
  const errorMessage = useErrorMessage();
  const fieldMessage = useFieldMessage();
  const form = useForm<VehicleFormValues, unknown, VehicleData>({ resolver: zodResolver(vehicleFormSchema), defaultValues });
  const rootError = form.formState.errors.root?.server?.message;
  const pending = form.formState.isSubmitting;

  const submit = form.handleSubmit(async (values) => {
    try {
      await onSubmit(values);
    } catch (error) {
      showServerError(form, error, errorMessage(error));
    }
  });

  /** A field's label followed by a muted "(optional)". */
  const optional = (label: string) => (
    <>
      {label} <span className="font-normal text-muted-foreground">{t("optional")}</span>
    </>
  );

  return (
    <Form {...form}>
      <form onSubmit={submit} noValidate className="grid gap-4">
        <FormError message={rootError} />
        {showVin && (
          <TextField
            control={form.control}
            name="vin"
            label={optional(t("vin"))}
            inputProps={{
              autoComplete: "off",
              autoCapitalize: "characters",
              spellCheck: false,
              className: "font-mono tracking-wider uppercase",
            }}
          />
        )}
        <MakeModelFields />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            control={form.control}
            name="year"
            label={t("year")}
            inputProps={{ inputMode: "numeric", autoComplete: "off", maxLength: 4, placeholder: t("yearPlaceholder") }}
          />
          <FormField
            control={form.control}
            name="fuel"
            render={({ field }) => (
              <FormItem>
                <FormLabel>{t("fuel")}</FormLabel>
                <Select name={field.name} value={field.value} onValueChange={field.onChange}>
                  <FormControl>
                    <SelectTrigger ref={field.ref} onBlur={field.onBlur} className="w-full">
                      <SelectValue placeholder={t("fuelPlaceholder")} />
                    </SelectTrigger>
                  </FormControl>
                  <SelectContent>
                    {FUEL_TYPES.map((fuel) => (
                      <SelectItem key={fuel} value={fuel}>
                        {tFuel(fuel)}
                      </SelectItem>
                    ))}
                  </SelectContent>
                </Select>
                <FormMessage translate={fieldMessage} />
              </FormItem>
            )}
          />
        </div>
        <TextField
          control={form.control}
          name="engine"
          label={optional(t("engine"))}
          inputProps={{ autoComplete: "off", placeholder: t("enginePlaceholder") }}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            control={form.control}
            name="mileageKm"
            label={optional(t("mileage"))}
            inputProps={{ inputMode: "numeric", autoComplete: "off", placeholder: t("mileagePlaceholder") }}
          />
          <TextField
            control={form.control}
            name="nickname"
            label={optional(t("nickname"))}
            inputProps={{ autoComplete: "off", placeholder: t("nicknamePlaceholder") }}
          />
        </div>
        <div className="flex flex-col-reverse gap-2 pt-2 sm:flex-row sm:justify-end">
          <Button type="button" variant="outline" onClick={onCancel} disabled={pending}>
            {tCommon("cancel")}
          </Button>
          <Button type="submit" disabled={pending} aria-busy={pending || undefined}>
            {pending && <Loader2 className="animate-spin" aria-hidden />}
            {pending ? t("saving") : t("save")}
          </Button>
        </div>
      </form>
    </Form>
  );
}
