import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { HoursEditor } from "@/features/workshops";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard.nav");
  return { title: t("hours") };
}

export default async function WorkshopHoursPage({ params }: { params: Promise<{ workshopId: string }> }) {
  const { workshopId } = await params;
  return <HoursEditor workshopId={workshopId} />;
}
