"use client";

import { useTranslations } from "next-intl";

/** Model years as people write them: "2015–2020", "od 2015", "do 2020"; null when neither is known. */
export function useYearsLabel() {
  const t = useTranslations("parts.product.years");
  return (from: number | null, to: number | null): string | null => {
    if (from !== null && to !== null) return from === to ? String(from) : t("range", { from: String(from), to: String(to) });
    if (from !== null) return t("from", { from: String(from) });
    if (to !== null) return t("to", { to: String(to) });
    return null;
  };
}
