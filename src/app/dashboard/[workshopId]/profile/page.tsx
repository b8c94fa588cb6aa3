import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ProfilePage } from "@/features/workshops";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard.nav");
  return { title: t("profile") };
}

export default async function WorkshopProfilePage({ params }: { params: Promise<{ workshopId: string }> }) {
  const { workshopId } = await params;
  return <ProfilePage workshopId={workshopId} />;
}
