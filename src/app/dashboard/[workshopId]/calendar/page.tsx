import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CalendarPage } from "@/features/bookings";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard.nav");
  return { title: t("calendar") };
}

/** The workshop's calendar; `?view=day|week&date=YYYY-MM-DD` keeps the place across reloads. */
export default async function WorkshopCalendarPage({
  params,
  searchParams,
}: {
  params: Promise<{ workshopId: string }>;
  searchParams: Promise<{ view?: string | string[]; date?: string | string[] }>;
}) {
  const [{ workshopId }, { view, date }] = await Promise.all([params, searchParams]);
  return (
    <CalendarPage
      workshopId={workshopId}
      initialView={typeof view === "string" ? view : undefined}
      initialDate={typeof date === "string" ? date : undefined}
    />
  );
}
