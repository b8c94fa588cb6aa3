"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { useErrorMessage } from "@/hooks/use-error-message";
import { useTRPC } from "@/trpc/react";
import { useInvalidateBookings } from "./use-bookings-cache";

/**
 * The staff's answers to a booking (confirm, decline/cancel with a reason, start, complete,
 * no-show), each refreshing every booking view and telling the outcome in a toast. Server errors
 * (`errors.bookings.notPending`, `errors.bookings.notActive`, `errors.bookings.badTransition`…) are shown translated.
 */
export function useBookingActions(workshopId: string) {
  const t = useTranslations("calendar.actions");
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const invalidate = useInvalidateBookings();
  const onError = (error: unknown) => toast.error(errorMessage(error));
  const confirm = useMutation(
    trpc.bookings.staff.confirm.mutationOptions({
      onSuccess: async (row) => {
        await invalidate();
        toast.success(t("confirmed", { code: row.code }));
      },
      onError,
    }),
  );
  const cancel = useMutation(
    trpc.bookings.staff.cancel.mutationOptions({
      onSuccess: async (row) => {
        await invalidate();
        toast.success(t("cancelled", { code: row.code }));
      },
      onError,
    }),
  );
  const setStatus = useMutation(
    trpc.bookings.staff.setStatus.mutationOptions({
      onSuccess: async (row) => {
        await invalidate();
        toast.success(t(`done.${row.status as "in_progress" | "completed" | "no_show"}`, { code: row.code }));
      },
      onError,
    }),
  );
  return {
    confirm: (bookingId: string) => confirm.mutate({ workshopId, bookingId }),
    /** Resolves true when cancelled (the dialog then closes). */
    cancel: (bookingId: string, reason: string) =>
      cancel.mutateAsync({ workshopId, bookingId, reason }).then(
        () => true,
        () => false,
      ),
    setStatus: (bookingId: string, status: "in_progress" | "completed" | "no_show") => setStatus.mutate({ workshopId, bookingId, status }),
    /** Which booking an action is running for (buttons show it and stay disabled). */
    pending: {
      confirm: confirm.isPending ? confirm.variables?.bookingId : undefined,
      cancel: cancel.isPending ? cancel.variables?.bookingId : undefined,
      status: setStatus.isPending ? setStatus.variables?.bookingId : undefined,
    },
  };
}
