import { Store } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { EmptyState } from "./empty-state";

/** Shown to a provider who does not work at any workshop (yet). */
export function NoWorkshop() {
  const t = useTranslations("dashboard.empty");
  return (
    <EmptyState
      icon={<Store />}
      title={t("title")}
      action={
        <Button variant="outline" asChild>
          <Link href="/workshops">{t("browse")}</Link>
        </Button>
      }
    >
      <p>{t("body")}</p>
    </EmptyState>
  );
}
