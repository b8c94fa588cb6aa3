"use client";

import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { setupChecklist } from "./checklist";
import { QuickStats } from "./quick-stats";
import { SetupChecklist } from "./setup-checklist";
import { StatusBanner } from "./status-banner";
import { useManagedWorkshop } from "./use-managed-workshop";

/** Dashboard home: status with the platform, numbers at a glance and the setup checklist. */
export function DashboardOverview({ workshopId }: { workshopId: string }) {
  const t = useTranslations("dashboard");
  const workshop = useManagedWorkshop(workshopId);
  const steps = setupChecklist(workshop, `/dashboard/${workshopId}`);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <h2 className="text-xl font-semibold tracking-tight md:text-2xl">{workshop.name}</h2>
        <Badge variant="secondary">{t(`roles.${workshop.myRole}`)}</Badge>
        <p className="w-full text-sm text-muted-foreground">
          {[workshop.address, `${workshop.postalCode} ${workshop.city}`.trim()].filter(Boolean).join(", ")}
        </p>
      </div>
      <StatusBanner status={workshop.status} slug={workshop.slug} />
      <section aria-labelledby="overview-stats" className="flex flex-col gap-3">
        <h2 id="overview-stats" className="text-sm font-medium text-muted-foreground">
          {t("overview.stats.title")}
        </h2>
        <QuickStats services={workshop.services} rating={workshop.rating} ratingCount={workshop.ratingCount} />
      </section>
      <SetupChecklist steps={steps} />
    </div>
  );
}
