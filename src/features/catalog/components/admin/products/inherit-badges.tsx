"use client";

import { Link2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { INHERITABLE_FIELDS } from "../../../constants";
import type { VariantRow } from "../../../types";

/** Which of a variant's values come from its product, as small badges ("cena", "stan"…); one badge when all do, "own data" when none. */
export function InheritBadges({ inherit }: { inherit: VariantRow["inherit"] }) {
  const t = useTranslations("catalog.products.inherit");
  const inherited = INHERITABLE_FIELDS.filter((f) => inherit[f]);
  if (inherited.length === 0) return <span className="text-xs text-muted-foreground">{t("none")}</span>;
  if (inherited.length === INHERITABLE_FIELDS.length) {
    return (
      <Badge variant="secondary" className="px-1.5 font-normal" title={t("title")}>
        <Link2 aria-hidden />
        {t("all")}
      </Badge>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-1">
      <span className="sr-only">{t("label")}</span>
      {inherited.map((f) => (
        <Badge key={f} variant="secondary" className="px-1.5 font-normal" title={t("title")}>
          <Link2 aria-hidden />
          {t(`short.${f}`)}
        </Badge>
      ))}
    </div>
  );
}
