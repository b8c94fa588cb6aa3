"use client";

import { CalendarPlus } from "lucide-react";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/**
 * "Book a visit" on a workshop's page (and per service): to the booking page, carrying the service
 * and — when the person came from a diagnosis (`?diagnosis=` on the workshop page) — the diagnosis.
 */
export function BookButton({ workshopSlug, serviceId, compact = false }: { workshopSlug: string; serviceId?: string; compact?: boolean }) {
  const t = useTranslations("bookings");
  const params = useSearchParams();
  const query = new URLSearchParams();
  if (serviceId) query.set("service", serviceId);
  const diagnosis = params.get("diagnosis");
  if (diagnosis) query.set("diagnosis", diagnosis);
  const href = `/workshops/${encodeURIComponent(workshopSlug)}/book${query.size ? `?${query.toString()}` : ""}`;
  return (
    <Button asChild size={compact ? "sm" : "default"} variant={compact ? "outline" : "default"}>
      <Link href={href}>
        <CalendarPlus aria-hidden /> {compact ? t("bookShort") : t("book")}
      </Link>
    </Button>
  );
}
