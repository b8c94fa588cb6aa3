"use client";

import type { Control, FieldPath, FieldValues } from "react-hook-form";
import { FormControl, FormDescription, FormField, FormItem, FormLabel } from "@/components/ui/form";
import { Switch } from "@/components/ui/switch";

/**
 * An on/off setting bound to a react-hook-form boolean field: a bordered row with the label and a
 * hint on one side and a switch on the other. `checked` and `disabled` override what the switch
 * shows where the value is fixed by something else (a platform shop is always active).
 */
export function SwitchField<TFieldValues extends FieldValues, TName extends FieldPath<TFieldValues>, TTransformedValues>({
  control,
  name,
  label,
  description,
  checked,
  disabled,
}: {
  control: Control<TFieldValues, unknown, TTransformedValues>;
  name: TName;
  label: React.ReactNode;
  description: React.ReactNode;
  checked?: boolean;
  disabled?: boolean;
}) {
  return (
    <FormField
      control={control}
      name={name}
      render={({ field }) => (
        <FormItem className="flex flex-row items-center justify-between gap-4 rounded-lg border p-3">
          <div className="grid gap-1">
            <FormLabel>{label}</FormLabel>
            <FormDescription>{description}</FormDescription>
          </div>
          <FormControl>
            <Switch
              checked={checked ?? field.value === true}
              disabled={disabled}
              onCheckedChange={field.onChange}
              onBlur={field.onBlur}
              ref={field.ref}
            />
          </FormControl>
        </FormItem>
      )}
    />
  );
}
