"use client";

import { useTranslations } from "next-intl";
import { useCallback } from "react";

/**
 * Turns a schema's error message (an i18n key such as "validation.phone") into a sentence for
 * `<FormMessage translate={…} />`; anything that is not a key becomes the generic "invalid value".
 */
export function useFieldError() {
  const t = useTranslations();
  return useCallback((key: string) => (t.has(key) ? t(key) : t("validation.invalid")), [t]);
}
