"use client";

import type { Control, FieldPath, FieldValues } from "react-hook-form";
import { FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { cn } from "@/lib/utils";

type InputProps = Omit<React.ComponentProps<typeof Input>, "name" | "value" | "defaultValue" | "onChange" | "onBlur" | "ref" | "id">;

/**
 * A labelled text input bound to a react-hook-form field, like the shared `TextField`, but its
 * error goes through `translate`: the product form puts server errors that carry parameters
 * ("SKU {sku} is already taken") on fields, which a plain key lookup cannot word.
 */
export function FormText<TFieldValues extends FieldValues, TName extends FieldPath<TFieldValues>, TTransformed>({
  control,
  name,
  label,
  description,
  inputProps,
  multiline,
  suffix,
  translate,
  className,
}: {
  control: Control<TFieldValues, unknown, TTransformed>;
  name: TName;
  label: React.ReactNode;
  description?: React.ReactNode;
  inputProps?: InputProps;
  multiline?: boolean;
  /** A unit shown inside the input's end ("zł"); put it in the label too for screen readers. */
  suffix?: string;
  translate: (message: string) => string;
  className?: string;
}) {
  return (
    <FormField
      control={control}
      name={name}
      render={({ field }) => {
        const value = typeof field.value === "string" || typeof field.value === "number" ? field.value : "";
        const control = multiline ? (
          <FormControl>
            <Textarea {...field} value={value} rows={5} maxLength={inputProps?.maxLength} placeholder={inputProps?.placeholder} />
          </FormControl>
        ) : (
          <FormControl>
            <Input {...inputProps} {...field} value={value} className={cn(suffix && "pe-10", inputProps?.className)} />
          </FormControl>
        );
        return (
          <FormItem className={cn("content-start", className)}>
            <FormLabel>{label}</FormLabel>
            {suffix ? (
              <div className="relative">
                {control}
                <span aria-hidden className="pointer-events-none absolute inset-y-0 end-3 flex items-center text-sm text-muted-foreground">
                  {suffix}
                </span>
              </div>
            ) : (
              control
            )}
            {description ? <FormDescription>{description}</FormDescription> : null}
            <FormMessage translate={translate} />
          </FormItem>
        );
      }}
    />
  );
}
