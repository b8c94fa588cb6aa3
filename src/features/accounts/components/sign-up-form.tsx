"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { FormError } from "@/components/forms/form-error";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { Form } from "@/components/ui/form";
import { useTRPC } from "@/trpc/react";
import { signUpSchema, type SignUpInput } from "../schemas";
import { PasswordInput } from "./password-input";
import { useRegisterThenSignIn } from "./use-register-then-sign-in";

export function SignUpForm({ returnTo }: { returnTo: string | null }) {
  const t = useTranslations("auth.signUp");
  const locale = useLocale() as "pl" | "en";
  const trpc = useTRPC();
  const form = useForm<SignUpInput>({
    resolver: zodResolver(signUpSchema),
    defaultValues: { name: "", email: "", password: "", locale },
  });
  const register = useMutation(trpc.accounts.register.mutationOptions());

  const { submit, error, busy } = useRegisterThenSignIn(register, { created: t("created"), returnTo });
  const onSubmit = form.handleSubmit((values) => submit({ ...values, locale }));

  return (
    <Form {...form}>
      <form onSubmit={onSubmit} className="grid gap-4" noValidate>
        <FormError message={error} />
        <TextField control={form.control} name="name" label={t("name")} inputProps={{ autoComplete: "name" }} />
        <TextField
          control={form.control}
          name="email"
          label={t("email")}
          inputProps={{ type: "email", autoComplete: "email", inputMode: "email" }}
        />
        <TextField
          control={form.control}
          name="password"
          label={t("password")}
          description={t("passwordRules")}
          render={(field) => <PasswordInput autoComplete="new-password" {...field} />}
        />
        <Button type="submit" disabled={busy} className="w-full">
          {busy ? t("submitting") : t("submit")}
        </Button>
      </form>
    </Form>
  );
}
