"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { AlertCircle } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { TextField } from "@/components/forms/text-field";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Form } from "@/components/ui/form";
import { useErrorMessage } from "@/hooks/use-error-message";
import { useTRPC } from "@/trpc/react";
import { signInWithPassword } from "../actions";
import { signUpSchema, type SignUpInput } from "../schemas";
import { PasswordInput } from "./password-input";

export function SignUpForm({ returnTo }: { returnTo: string | null }) {
  const t = useTranslations("auth.signUp");
  const locale = useLocale() as "pl" | "en";
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const [signingIn, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<SignUpInput>({
    resolver: zodResolver(signUpSchema),
    defaultValues: { name: "", email: "", password: "", locale },
  });
  const register = useMutation(trpc.accounts.register.mutationOptions());

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    try {
      await register.mutateAsync({ ...values, locale });
    } catch (e) {
      setError(errorMessage(e));
      return;
    }
    toast.success(t("created"));
    startTransition(async () => {
      await signInWithPassword({ email: values.email, password: values.password }, returnTo);
    });
  });
  const busy = register.isPending || signingIn;

  return (
    <Form {...form}>
      <form onSubmit={onSubmit} className="grid gap-4" noValidate>
        {error && (
          <Alert variant="destructive" role="alert">
            <AlertCircle aria-hidden />
            <AlertDescription>{error}</AlertDescription>
          </Alert>
        )}
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
