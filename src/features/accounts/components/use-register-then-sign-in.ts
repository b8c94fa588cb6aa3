"use client";

import { useState, useTransition } from "react";
import { toast } from "sonner";
import { useErrorMessage } from "@/hooks/use-error-message";
import { signInWithPassword } from "../actions";

type Credentials = { email: string; password: string };

/**
 * Creates the account with `register` (a tRPC mutation), says `created`, then signs the person in
 * and goes to `returnTo`. A refusal (e-mail taken, unknown town…) becomes a translated `error`.
 */
export function useRegisterThenSignIn<T extends Credentials>(
  register: { mutateAsync: (values: T) => Promise<unknown>; isPending: boolean },
  { created, returnTo }: { created: string; returnTo: string | null },
) {
  const errorMessage = useErrorMessage();
  const [signingIn, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  async function submit(values: T) {
    setError(null);
    try {
      await register.mutateAsync(values);
    } catch (e) {
      setError(errorMessage(e));
      return;
    }
    toast.success(created);
    startTransition(async () => {
      await signInWithPassword({ email: values.email, password: values.password }, returnTo);
    });
  }

  return { submit, error, busy: register.isPending || signingIn };
}
