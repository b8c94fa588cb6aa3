"use client";

import { TRPCClientError } from "@trpc/client";
import { useTranslations } from "next-intl";
import { useCallback } from "react";

type ErrorData = { params?: Record<string, string | number> | null; httpStatus?: number } | undefined;

/**
 * Turns what the server or a form reports into a sentence in the user's language: an i18n key
 * ("errors.accounts.emailTaken", "validation.email"), a tRPC error carrying one, or anything else
 * (shown as the generic "something went wrong", never as raw text).
 */
export function useErrorMessage() {
  const t = useTranslations();
  return useCallback(
    (error: unknown): string => {
      let key: string | undefined;
      let params: Record<string, string | number> | undefined;
      if (typeof error === "string") key = error;
      else if (error instanceof TRPCClientError) {
        const data = error.data as ErrorData;
        key = error.message;
        params = data?.params ?? undefined;
        if (!data && /fetch|network/i.test(error.message)) key = "errors.network";
      } else if (error instanceof Error) {
        key = error.message;
        // Route handlers (e.g. uploads) answer with the same `{ error, params }` shape; callers attach `data`.
        params = (error as Error & { data?: ErrorData }).data?.params ?? undefined;
      }
      if (key && t.has(key)) return t(key, params);
      return t("errors.internal");
    },
    [t],
  );
}

/** For form fields: a schema's i18n key as text ("validation.email" → "Enter a valid e-mail address"). */
export function useFieldMessage() {
  const t = useTranslations();
  return useCallback((key: string) => (t.has(key) ? t(key) : t("validation.invalid")), [t]);
}
