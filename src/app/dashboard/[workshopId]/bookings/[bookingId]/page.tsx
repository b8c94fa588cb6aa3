import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BookingDetail } from "@/features/bookings";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("calendar.detail");
  return { title: t("pageTitle") };
}

/** One booking for the workshop's staff (e-mails about bookings link here). */
export default async function WorkshopBookingPage({ params }: { params: Promise<{ workshopId: string; bookingId: string }> }) {
  const { workshopId, bookingId } = await params;
  return <BookingDetail workshopId={workshopId} bookingId={bookingId} />;
}
