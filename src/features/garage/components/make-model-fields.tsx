"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { FormControl, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { Input } from "@/components/ui/input";
import { useDebouncedValue } from "@/hooks/use-debounced-value";
import { useFieldMessage } from "@/hooks/use-error-message";
import { useTRPC } from "@/trpc/react";
import type { VehicleFormValues } from "../schemas";

/** "Škoda" → "Skoda": the native list matches what is typed literally, and few type "Š". */
function withoutAccents(name: string): string | undefined {
  const plain = name.normalize("NFD").replace(/\p{M}/gu, "");
  return plain === name ? undefined : plain;
}

/**
 * Make and model as free text with suggestions (native <datalist>: searchable, keyboard- and
 * screen-reader-friendly, works on phones): makes from `garage.makes`, models of the typed
 * make from `garage.models`.
 */
export function MakeModelFields() {
  const t = useTranslations("garage.form");
  const fieldMessage = useFieldMessage();
  const trpc = useTRPC();
  const form = useFormContext<VehicleFormValues>();
  const id = useId();
  const makesListId = `${id}-makes`;
  const modelsListId = `${id}-models`;

  const make = useWatch({ control: form.control, name: "make" });
  const debouncedMake = useDebouncedValue(make.trim(), 300);
  const makes = useQuery({ ...trpc.garage.makes.queryOptions(), staleTime: Infinity });
  const models = useQuery({
    ...trpc.garage.models.queryOptions({ make: debouncedMake }),
    enabled: debouncedMake.length > 0,
    staleTime: Infinity,
  });

  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <FormField
        control={form.control}
        name="make"
        render={({ field }) => (
          <FormItem>
            <FormLabel>{t("make")}</FormLabel>
            <FormControl>
              <Input {...field} list={makesListId} autoComplete="off" placeholder={t("makePlaceholder")} />
            </FormControl>
            <datalist id={makesListId}>
              {makes.data?.map((name) => (
                <option key={name} value={name} label={withoutAccents(name)} />
              ))}
            </datalist>
            <FormMessage translate={fieldMessage} />
          </FormItem>
        )}
      />
      <FormField
        control={form.control}
        name="model"
        render={({ field }) => (
          <FormItem>
            <FormLabel>{t("model")}</FormLabel>
            <FormControl>
              <Input {...field} list={modelsListId} autoComplete="off" placeholder={t("modelPlaceholder")} />
            </FormControl>
            <datalist id={modelsListId}>
              {(debouncedMake ? (models.data ?? []) : []).map((name) => (
                <option key={name} value={name} />
              ))}
            </datalist>
            <FormMessage translate={fieldMessage} />
          </FormItem>
        )}
      />
    </div>
  );
}
