"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { AlertCircle } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useForm, type FieldPath } from "react-hook-form";
import { toast } from "sonner";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Form, FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { Input } from "@/components/ui/input";
import { CityCombobox } from "@/features/workshops";
import { useErrorMessage, useFieldMessage } from "@/hooks/use-error-message";
import { useTRPC } from "@/trpc/react";
import { signInWithPassword } from "../actions";
import { workshopSignUpSchema, type WorkshopSignUpInput } from "../schemas";
import { PasswordInput } from "./password-input";

type Field = FieldPath<WorkshopSignUpInput>;

export function WorkshopSignUpForm() {
  const t = useTranslations("auth");
  const locale = useLocale() as "pl" | "en";
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const fieldMessage = useFieldMessage();
  const [signingIn, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<WorkshopSignUpInput>({
    resolver: zodResolver(workshopSignUpSchema),
    defaultValues: {
      name: "",
      email: "",
      password: "",
      locale,
      workshop: { name: "", address: "", postalCode: "", city: "", phone: "" },
    },
  });
  const register = useMutation(trpc.accounts.registerWorkshop.mutationOptions());

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    try {
      await register.mutateAsync({ ...values, locale });
    } catch (e) {
      setError(errorMessage(e));
      return;
    }
    toast.success(t("workshopSignUp.created"));
    startTransition(async () => {
      await signInWithPassword({ email: values.email, password: values.password }, "/dashboard");
    });
  });
  const busy = register.isPending || signingIn;

  const text = (name: Field, label: string, props: React.ComponentProps<typeof Input> = {}) => (
    <FormField
      control={form.control}
      name={name}
      render={({ field }) => (
        <FormItem>
          <FormLabel>{label}</FormLabel>
          <FormControl>
            <Input {...props} {...field} value={String(field.value ?? "")} />
          </FormControl>
          <FormMessage translate={fieldMessage} />
        </FormItem>
      )}
    />
  );

  return (
    <Form {...form}>
      <form onSubmit={onSubmit} className="grid gap-6" noValidate>
        {error && (
          <Alert variant="destructive" role="alert">
            <AlertCircle aria-hidden />
            <AlertDescription>{error}</AlertDescription>
          </Alert>
        )}
        <fieldset className="grid gap-4">
          <legend className="mb-2 text-sm font-semibold">{t("workshopSignUp.personSection")}</legend>
          {text("name", t("signUp.name"), { autoComplete: "name" })}
          {text("email", t("signUp.email"), { type: "email", autoComplete: "email", inputMode: "email" })}
          <FormField
            control={form.control}
            name="password"
            render={({ field }) => (
              <FormItem>
                <FormLabel>{t("signUp.password")}</FormLabel>
                <FormControl>
                  <PasswordInput autoComplete="new-password" {...field} />
                </FormControl>
                <FormDescription>{t("signUp.passwordRules")}</FormDescription>
                <FormMessage translate={fieldMessage} />
              </FormItem>
            )}
          />
        </fieldset>
        <fieldset className="grid gap-4">
          <legend className="mb-2 text-sm font-semibold">{t("workshopSignUp.workshopSection")}</legend>
          {text("workshop.name", t("workshopSignUp.workshopName"), { autoComplete: "organization" })}
          {text("workshop.address", t("workshopSignUp.address"), { autoComplete: "street-address" })}
          <div className="grid gap-4 sm:grid-cols-[10rem_1fr]">
            {text("workshop.postalCode", t("workshopSignUp.postalCode"), { autoComplete: "postal-code", inputMode: "numeric", placeholder: "00-000" })}
            <FormField
              control={form.control}
              name="workshop.city"
              render={({ field }) => (
                <FormItem>
                  <FormLabel>{t("workshopSignUp.city")}</FormLabel>
                  <FormControl>
                    <CityCombobox value={field.value} onValueChange={field.onChange} onBlur={field.onBlur} name={field.name} ref={field.ref} />
                  </FormControl>
                  <FormDescription>{t("workshopSignUp.cityHint")}</FormDescription>
                  <FormMessage translate={fieldMessage} />
                </FormItem>
              )}
            />
          </div>
          {text("workshop.phone", t("workshopSignUp.phone"), { type: "tel", autoComplete: "tel", placeholder: "+48 600 000 000" })}
        </fieldset>
        <Button type="submit" disabled={busy} className="w-full">
          {busy ? t("workshopSignUp.submitting") : t("workshopSignUp.submit")}
        </Button>
      </form>
    </Form>
  );
}
