import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BookingSettingsPage } from "@/features/bookings";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard.nav");
  return { title: t("bookingSettings") };
}

export default async function WorkshopBookingSettingsPage({ params }: { params: Promise<{ workshopId: string }> }) {
  const { workshopId } = await params;
  return <BookingSettingsPage workshopId={workshopId} />;
}
