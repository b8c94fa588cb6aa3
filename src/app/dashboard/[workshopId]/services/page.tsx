import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ServicesPage } from "@/features/workshops";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard.nav");
  return { title: t("services") };
}

export default async function WorkshopServicesPage({ params }: { params: Promise<{ workshopId: string }> }) {
  const { workshopId } = await params;
  return <ServicesPage workshopId={workshopId} />;
}
