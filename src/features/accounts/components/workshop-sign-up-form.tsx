"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { FormError } from "@/components/forms/form-error";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { Form } from "@/components/ui/form";
import { CityCombobox } from "@/features/workshops";
import { useTRPC } from "@/trpc/react";
import { workshopSignUpSchema, type WorkshopSignUpInput } from "../schemas";
import { PasswordInput } from "./password-input";
import { useRegisterThenSignIn } from "./use-register-then-sign-in";

export function WorkshopSignUpForm() {
  const t = useTranslations("auth");
  const locale = useLocale() as "pl" | "en";
  const trpc = useTRPC();
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

  const { submit, error, busy } = useRegisterThenSignIn(register, { created: t("workshopSignUp.created"), returnTo: "/dashboard" });
  const onSubmit = form.handleSubmit((values) => submit({ ...values, locale }));
  const { control } = form;

  return (
    <Form {...form}>
      <form onSubmit={onSubmit} className="grid gap-6" noValidate>
        <FormError message={error} />
        <fieldset className="grid gap-4">
          <legend className="mb-2 text-sm font-semibold">{t("workshopSignUp.personSection")}</legend>
          <TextField control={control} name="name" label={t("signUp.name")} inputProps={{ autoComplete: "name" }} />
          <TextField
            control={control}
            name="email"
            label={t("signUp.email")}
            inputProps={{ type: "email", autoComplete: "email", inputMode: "email" }}
          />
          <TextField
            control={control}
            name="password"
            label={t("signUp.password")}
            description={t("signUp.passwordRules")}
            render={(field) => <PasswordInput autoComplete="new-password" {...field} />}
          />
        </fieldset>
        <fieldset className="grid gap-4">
          <legend className="mb-2 text-sm font-semibold">{t("workshopSignUp.workshopSection")}</legend>
          <TextField
            control={control}
            name="workshop.name"
            label={t("workshopSignUp.workshopName")}
            inputProps={{ autoComplete: "organization" }}
          />
          <TextField
            control={control}
            name="workshop.address"
            label={t("workshopSignUp.address")}
            inputProps={{ autoComplete: "street-address" }}
          />
          <div className="grid gap-4 sm:grid-cols-[10rem_1fr]">
            <TextField
              control={control}
              name="workshop.postalCode"
              label={t("workshopSignUp.postalCode")}
              inputProps={{ autoComplete: "postal-code", inputMode: "numeric", placeholder: "00-000" }}
            />
            <TextField
              control={control}
              name="workshop.city"
              label={t("workshopSignUp.city")}
              description={t("workshopSignUp.cityHint")}
              render={(field) => (
                <CityCombobox value={field.value} onValueChange={field.onChange} onBlur={field.onBlur} name={field.name} ref={field.ref} />
              )}
            />
          </div>
          <TextField
            control={control}
            name="workshop.phone"
            label={t("workshopSignUp.phone")}
            inputProps={{ type: "tel", autoComplete: "tel", placeholder: "+48 600 000 000" }}
          />
        </fieldset>
        <Button type="submit" disabled={busy} className="w-full">
          {busy ? t("workshopSignUp.submitting") : t("workshopSignUp.submit")}
        </Button>
      </form>
    </Form>
  );
}
