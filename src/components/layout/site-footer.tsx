import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("common");
  return (
    <footer className="border-t py-6 text-sm text-muted-foreground">
      <div className="mx-auto flex max-w-7xl flex-col gap-1 px-4 sm:flex-row sm:justify-between">
        <p>
          {t("appName")} — {t("tagline")}
        </p>
        <p>{t("footerData")}</p>
      </div>
    </footer>
  );
}
