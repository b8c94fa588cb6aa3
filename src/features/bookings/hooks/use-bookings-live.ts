"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useChannel } from "@/components/realtime/use-channel";
import { REALTIME_EVENTS, userChannel } from "@/lib/realtime/channels";
import { useTRPC } from "@/trpc/react";

/**
 * Keeps a customer's booking screens current: when the workshop confirms, moves or cancels a
 * booking, the server publishes `booking.updated` on the customer's own channel and every bookings
 * query refetches.
 */
export function useBookingsLive(userId: string | null) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  useChannel(userId ? userChannel(userId) : null, {
    [REALTIME_EVENTS.bookingUpdated]: () => {
      void queryClient.invalidateQueries({ queryKey: trpc.bookings.byId.queryKey() });
      void queryClient.invalidateQueries({ queryKey: trpc.bookings.mine.queryKey() });
    },
  });
}
