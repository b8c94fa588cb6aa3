import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { WorkshopInbox } from "@/features/messaging";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard.nav");
  return { title: t("inbox") };
}

/** The workshop's inbox (membership checked by the dashboard layout and by every procedure). */
export default async function InboxPage({ params }: { params: Promise<{ workshopId: string }> }) {
  const { workshopId } = await params;
  return <WorkshopInbox workshopId={workshopId} />;
}
