"use client";

import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/utils";
import type { BookingStatus } from "../constants";
import { STATUS_BADGE } from "./staff/status";

/**
 * A booking's status as a coloured label ("Oczekuje na potwierdzenie", "Potwierdzona"…); staff
 * screens pass their own wording as `label`.
 */
export function BookingStatusBadge({ status, label, className }: { status: BookingStatus; label?: string; className?: string }) {
  const t = useTranslations("bookings.status");
  return (
    <Badge variant="outline" data-testid="booking-status" data-status={status} className={cn(STATUS_BADGE[status], className)}>
      {label ?? t(status)}
    </Badge>
  );
}
