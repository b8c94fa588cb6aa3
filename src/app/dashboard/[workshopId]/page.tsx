import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DashboardOverview } from "@/features/workshops";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard.nav");
  return { title: t("overview") };
}

export default async function WorkshopOverviewPage({ params }: { params: Promise<{ workshopId: string }> }) {
  const { workshopId } = await params;
  return <DashboardOverview workshopId={workshopId} />;
}
