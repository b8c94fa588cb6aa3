"use client";

import { WandSparkles } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useFormContext } from "react-hook-form";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { Input } from "@/components/ui/input";
import { useFieldMessage } from "@/hooks/use-error-message";
import { slugFromName } from "./slug";

/**
 * The name and slug of a catalogue item, for any settings form with `name` and `slug` text fields
 * (read from the surrounding `<Form>`). With `suggest` (new items) the slug follows the name until
 * it is edited by hand; an existing item's slug changes only on purpose (PrestaShop and links use
 * it), through the "from the name" button.
 */
export function NameAndSlugFields({
  suggest,
  nameLabel,
  namePlaceholder,
  nameMaxLength,
}: {
  suggest: boolean;
  nameLabel: string;
  namePlaceholder?: string;
  nameMaxLength: number;
}) {
  const t = useTranslations("catalog.section");
  const fieldMessage = useFieldMessage();
  const { control, setValue, getValues, getFieldState } = useFormContext<{ name: string; slug: string }>();
  const [follow, setFollow] = useState(suggest);
  const suggestSlug = (name: string, validate: boolean) =>
    setValue("slug", slugFromName(name), { shouldDirty: true, shouldValidate: validate });

  return (
    <>
      <TextField
        control={control}
        name="name"
        label={nameLabel}
        render={(field) => (
          <Input
            {...field}
            required
            maxLength={nameMaxLength}
            placeholder={namePlaceholder}
            onChange={(e) => {
              field.onChange(e);
              // Re-checked only when it already shows an error, so typing a name does not flag the slug early.
              if (follow) suggestSlug(e.target.value, getFieldState("slug").invalid);
            }}
          />
        )}
      />
      <FormField
        control={control}
        name="slug"
        render={({ field }) => (
          <FormItem className="content-start">
            <FormLabel>{t("slug")}</FormLabel>
            <div className="flex gap-2">
              <FormControl>
                <Input
                  {...field}
                  required
                  maxLength={80}
                  autoCapitalize="none"
                  autoCorrect="off"
                  spellCheck={false}
                  className="min-w-0 flex-1 font-mono"
                  onChange={(e) => {
                    setFollow(false);
                    field.onChange(e);
                  }}
                />
              </FormControl>
              {!follow ? (
                <Button type="button" variant="outline" onClick={() => suggestSlug(getValues("name"), true)}>
                  <WandSparkles aria-hidden />
                  {t("slugFromName")}
                </Button>
              ) : null}
            </div>
            <FormDescription>{follow ? t("slugFollows") : t("slugHint")}</FormDescription>
            <FormMessage translate={fieldMessage} />
          </FormItem>
        )}
      />
    </>
  );
}
