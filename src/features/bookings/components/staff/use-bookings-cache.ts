"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef } from "react";
import { useChannel } from "@/components/realtime/use-channel";
import { REALTIME_EVENTS, workshopPresenceChannel } from "@/lib/realtime/channels";
import { useTRPC } from "@/trpc/react";

/** Refetches everything the staff pages show about bookings (calendar, requests, badge, details, free times). */
export function useInvalidateBookings() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(async () => {
    const staff = trpc.bookings.staff;
    await Promise.all(
      [staff.calendar, staff.requests, staff.pendingCount, staff.byId, staff.moveSlots].map((p) =>
        queryClient.invalidateQueries({ queryKey: p.pathKey() }),
      ),
    );
  }, [queryClient, trpc]);
}

/**
 * Keeps the staff's booking views current: the server publishes `booking.updated` on the workshop's
 * presence channel after every change (a new request, a customer's cancellation…), and a burst of
 * them refreshes once. Also refreshes after a reconnect, for what was missed meanwhile.
 */
export function useBookingsLive(workshopId: string) {
  const invalidate = useInvalidateBookings();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const refresh = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void invalidate(), 150);
  }, [invalidate]);
  useEffect(() => () => clearTimeout(timer.current), []);
  useChannel(workshopPresenceChannel(workshopId), { [REALTIME_EVENTS.bookingUpdated]: refresh }, { onSubscribed: refresh });
}
