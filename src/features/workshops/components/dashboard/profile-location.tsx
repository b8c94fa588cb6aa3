"use client";

import { useTranslations } from "next-intl";
import { useFormContext, useFormState, useWatch } from "react-hook-form";
import { LocationPicker } from "@/features/workshops/components/map";
import type { WorkshopProfileInput } from "@/features/workshops/schemas";
import { useFieldMessage } from "@/hooks/use-error-message";

/** The workshop's pin on the map (the picker also works with the keyboard); writes the form's `lat` and `lng`. */
export function ProfileLocation() {
  const t = useTranslations("dashboard.profile");
  const translate = useFieldMessage();
  const form = useFormContext<WorkshopProfileInput>();
  const [lat, lng] = useWatch({ control: form.control, name: ["lat", "lng"] });
  const { errors } = useFormState({ control: form.control, name: ["lat", "lng"] });
  const error = errors.lat?.message ?? errors.lng?.message;
  const set = (v: { lat: number; lng: number }) => {
    const options = { shouldDirty: true, shouldTouch: true, shouldValidate: true };
    form.setValue("lat", v.lat, options);
    form.setValue("lng", v.lng, options);
  };
  return (
    <fieldset className="grid gap-2" aria-describedby="profile-location-hint">
      <legend className="mb-1 text-sm font-medium">{t("fields.location")}</legend>
      <p id="profile-location-hint" className="text-sm text-muted-foreground">
        {t("fields.locationHint")}
      </p>
      <LocationPicker value={{ lat, lng }} onChange={set} className="w-full" />
      {error ? (
        <p role="alert" className="text-sm text-destructive">
          {translate(error === "validation.location" ? error : "validation.location")}
        </p>
      ) : null}
    </fieldset>
  );
}
