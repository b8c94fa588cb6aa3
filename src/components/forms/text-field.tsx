"use client";

import type { Control, ControllerRenderProps, FieldPath, FieldValues } from "react-hook-form";
import { FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { useFieldMessage } from "@/hooks/use-error-message";
import { cn } from "@/lib/utils";

/** What the default input takes besides the field binding (which the form owns) and the id/aria (which `FormControl` sets). */
type InputProps = Omit<
  React.ComponentProps<typeof Input>,
  keyof ControllerRenderProps | "value" | "defaultValue" | "id" | "aria-describedby" | "aria-invalid"
>;

export type TextFieldProps<TFieldValues extends FieldValues, TName extends FieldPath<TFieldValues>, TTransformedValues> = {
  control: Control<TFieldValues, unknown, TTransformedValues>;
  name: TName;
  label: React.ReactNode;
  /** A hint under the control (linked to it through `aria-describedby`). */
  description?: React.ReactNode;
  /** Attributes of the default `Input` (type, autoComplete, inputMode, placeholder…); `maxLength`, `required` and `placeholder` also apply to `multiline`. */
  inputProps?: InputProps;
  /** A five-row textarea instead of a one-line input. */
  multiline?: boolean;
  /** A unit shown inside the input's end ("zł"); put it in the label too for screen readers. */
  suffix?: string;
  /** Another control bound to the field (a password input, a combobox…); it gets the label's id and the aria attributes. */
  render?: (field: ControllerRenderProps<TFieldValues, TName>) => React.ReactElement;
  /** Words the field's error instead of the plain i18n-key lookup (a form that puts server errors with parameters on fields). */
  translate?: (message: string) => string;
  className?: string;
};

/**
 * A labelled form control bound to a react-hook-form field, with an optional hint and the field's
 * error (a schema's i18n key) translated under it. Renders an `Input` unless `multiline` or `render`
 * says otherwise.
 */
export function TextField<TFieldValues extends FieldValues, TName extends FieldPath<TFieldValues>, TTransformedValues>({
  control,
  name,
  label,
  description,
  inputProps,
  multiline,
  suffix,
  render,
  translate,
  className,
}: TextFieldProps<TFieldValues, TName, TTransformedValues>) {
  const fieldMessage = useFieldMessage();
  return (
    <FormField
      control={control}
      name={name}
      render={({ field }) => {
        // Empty, null and undefined values show as an empty input (the schemas map "" back to null where they need to).
        const value = typeof field.value === "string" || typeof field.value === "number" ? field.value : "";
        let input: React.ReactNode;
        if (render) input = <FormControl>{render(field)}</FormControl>;
        else if (multiline) {
          input = (
            <FormControl>
              <Textarea
                {...field}
                value={value}
                rows={5}
                maxLength={inputProps?.maxLength}
                required={inputProps?.required}
                placeholder={inputProps?.placeholder}
              />
            </FormControl>
          );
        } else if (suffix) {
          input = (
            <div className="relative">
              <FormControl>
                <Input {...inputProps} {...field} value={value} className={cn("pe-10", inputProps?.className)} />
              </FormControl>
              <span aria-hidden className="pointer-events-none absolute inset-y-0 end-3 flex items-center text-sm text-muted-foreground">
                {suffix}
              </span>
            </div>
          );
        } else {
          input = (
            <FormControl>
              <Input {...inputProps} {...field} value={value} />
            </FormControl>
          );
        }
        return (
          <FormItem className={cn("content-start", className)}>
            <FormLabel>{label}</FormLabel>
            {input}
            {description ? <FormDescription>{description}</FormDescription> : null}
            <FormMessage translate={translate ?? fieldMessage} />
          </FormItem>
        );
      }}
    />
  );
}
