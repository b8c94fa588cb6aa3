"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/trpc/react";
import { useBookingsLive } from "./use-bookings-cache";

/**
 * The calendar's navigation badge: how many booking requests wait for an answer (nothing when none).
 * Mounted on every dashboard page, it also keeps the staff's booking views live (`booking.updated`).
 */
export function PendingBookingsBadge({ workshopId }: { workshopId: string }) {
  const t = useTranslations("calendar.requests");
  const trpc = useTRPC();
  useBookingsLive(workshopId);
  const pending = useQuery({ ...trpc.bookings.staff.pendingCount.queryOptions({ workshopId }), refetchOnWindowFocus: true });
  const count = pending.data?.count ?? 0;
  if (!count) return null;
  return (
    <span
      className="ms-auto inline-flex h-5 min-w-5 items-center justify-center rounded-full bg-amber-200 px-1.5 text-xs font-semibold text-amber-950 tabular-nums dark:bg-amber-400 dark:text-amber-950"
      data-testid="pending-bookings-badge"
    >
      {count > 99 ? "99+" : count}
      <span className="sr-only"> {t("waiting", { count })}</span>
    </span>
  );
}
