"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { FormError } from "@/components/forms/form-error";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { Form } from "@/components/ui/form";
import { signInWithPassword, type SignInResult } from "../actions";
import { signInSchema, type SignInInput } from "../schemas";
import { PasswordInput } from "./password-input";

export function SignInForm({ returnTo }: { returnTo: string | null }) {
  const t = useTranslations("auth.signIn");
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<SignInResult["error"] | null>(null);
  const form = useForm<SignInInput>({ resolver: zodResolver(signInSchema), defaultValues: { email: "", password: "" } });

  const onSubmit = form.handleSubmit((values) => {
    setError(null);
    startTransition(async () => {
      const result = await signInWithPassword(values, returnTo);
      if (result?.error) setError(result.error);
    });
  });

  return (
    <Form {...form}>
      <form onSubmit={onSubmit} className="grid gap-4" noValidate>
        <FormError message={error && t(`errors.${error}`)} />
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
          render={(field) => <PasswordInput autoComplete="current-password" {...field} />}
        />
        <Button type="submit" disabled={pending} className="w-full">
          {pending ? t("submitting") : t("submit")}
        </Button>
      </form>
    </Form>
  );
}
