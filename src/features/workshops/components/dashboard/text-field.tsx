"use client";

import type { Control, FieldPath, FieldValues } from "react-hook-form";
import { FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { cn } from "@/lib/utils";
import { useFieldError } from "./use-field-error";

type TextFieldProps<T extends FieldValues, O> = {
  control: Control<T, unknown, O>;
  name: FieldPath<T>;
  label: string;
  description?: string;
  /** A textarea instead of a one-line input. */
  multiline?: boolean;
  /** A unit shown inside the input's end ("zł"); put it in the label too for screen readers. */
  suffix?: string;
  className?: string;
} & Pick<React.ComponentProps<"input">, "type" | "autoComplete" | "inputMode" | "placeholder" | "required" | "maxLength">;

/** A labelled text input bound to a react-hook-form field, with its hint and translated error. */
export function TextField<T extends FieldValues, O>({
  control,
  name,
  label,
  description,
  multiline,
  suffix,
  className,
  ...inputProps
}: TextFieldProps<T, O>) {
  const translate = useFieldError();
  return (
    <FormField
      control={control}
      name={name}
      render={({ field }) => {
        const value = typeof field.value === "string" || typeof field.value === "number" ? field.value : "";
        return (
          <FormItem className={cn("content-start", className)}>
            <FormLabel>{label}</FormLabel>
            {multiline ? (
              <FormControl>
                <Textarea {...field} value={value} rows={5} maxLength={inputProps.maxLength} required={inputProps.required} />
              </FormControl>
            ) : (
              <div className="relative">
                <FormControl>
                  <Input {...field} value={value} {...inputProps} className={suffix ? "pe-10" : undefined} />
                </FormControl>
                {suffix ? (
                  <span aria-hidden className="pointer-events-none absolute inset-y-0 end-3 flex items-center text-sm text-muted-foreground">
                    {suffix}
                  </span>
                ) : null}
              </div>
            )}
            {description ? <FormDescription>{description}</FormDescription> : null}
            <FormMessage translate={translate} />
          </FormItem>
        );
      }}
    />
  );
}
