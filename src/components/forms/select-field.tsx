"use client";

import type { Control, FieldPath, FieldValues } from "react-hook-form";
import { FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { useFieldMessage } from "@/hooks/use-error-message";

/**
 * A labelled select bound to a react-hook-form string field, with the field's error (a schema's
 * i18n key) translated under it. `description` may depend on the chosen value.
 */
export function SelectField<TFieldValues extends FieldValues, TName extends FieldPath<TFieldValues>, TTransformedValues>({
  control,
  name,
  label,
  options,
  description,
}: {
  control: Control<TFieldValues, unknown, TTransformedValues>;
  name: TName;
  label: React.ReactNode;
  options: readonly { value: string; label: React.ReactNode }[];
  description?: (value: string) => React.ReactNode;
}) {
  const fieldMessage = useFieldMessage();
  return (
    <FormField
      control={control}
      name={name}
      render={({ field }) => (
        <FormItem className="content-start">
          <FormLabel>{label}</FormLabel>
          <Select value={field.value} onValueChange={field.onChange} name={field.name}>
            <FormControl>
              <SelectTrigger ref={field.ref} onBlur={field.onBlur} className="w-full">
                <SelectValue />
              </SelectTrigger>
            </FormControl>
            <SelectContent>
              {options.map((option) => (
                <SelectItem key={option.value} value={option.value}>
                  {option.label}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
          {description ? <FormDescription>{description(field.value)}</FormDescription> : null}
          <FormMessage translate={fieldMessage} />
        </FormItem>
      )}
    />
  );
}
