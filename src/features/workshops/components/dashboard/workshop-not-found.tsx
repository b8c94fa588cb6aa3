import { SearchX } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { EmptyState } from "./empty-state";

/** 404 of the dashboard: the workshop does not exist or the person does not work there. */
export function WorkshopNotFound() {
  const t = useTranslations("dashboard.notFound");
  return (
    <main id="main" className="mx-auto grid min-h-dvh max-w-xl place-items-center px-4">
      <div className="w-full">
        <EmptyState
          headingLevel={1}
          icon={<SearchX />}
          title={t("title")}
          action={
            <Button asChild>
              <Link href="/dashboard">{t("back")}</Link>
            </Button>
          }
        >
          <p>{t("body")}</p>
        </EmptyState>
      </div>
    </main>
  );
}
