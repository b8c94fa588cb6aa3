import "server-only";
import { bookingThreadOf, postSystemMessage } from "@/features/messaging/server";
import { userChannel, workshopPresenceChannel, REALTIME_EVENTS } from "@/lib/realtime/channels";
import type { DbOrTx } from "@/server/db";
import type { bookings } from "@/server/db/schema";
import { sendEvent } from "@/server/jobs";
import { publish } from "@/server/realtime";
import type { BookingEventKind } from "../constants";

type Row = typeof bookings.$inferSelect;

/** The system message a change leaves in the customer's conversation with the workshop. */
const SYSTEM_KIND = {
  requested: "booking_requested",
  confirmed: "booking_confirmed",
  rescheduled: "booking_rescheduled",
  cancelled: "booking_cancelled",
  completed: "booking_completed",
  no_show: "booking_no_show",
  in_progress: null,
} as const;

/** What the browser hears on `booking.updated`: enough to refetch, nothing private. */
export type BookingUpdatedEvent = { bookingId: string; status: Row["status"]; change: BookingEventKind };

/**
 * After a booking change committed (persist, then publish): tell both sides' open screens, leave a
 * system message in their conversation if they have one, and hand e-mails (with the calendar
 * invite) and the 24-hour reminder to the jobs path. Nothing here can undo the change; failures
 * are logged by `publish`/`sendEvent`.
 */
export async function afterBookingChange(
  db: DbOrTx,
  b: Row,
  change: BookingEventKind,
  actor: "customer" | "workshop",
  extra: { previousStartsAt?: Date; conversationId?: string; created?: boolean } = {},
): Promise<void> {
  const event: BookingUpdatedEvent = { bookingId: b.id, status: b.status, change };
  await publish([userChannel(b.customerId), workshopPresenceChannel(b.workshopId)], REALTIME_EVENTS.bookingUpdated, event);

  const kind = SYSTEM_KIND[change];
  if (kind) {
    try {
      const thread =
        extra.conversationId ?? (await bookingThreadOf(db, { bookingId: b.id, customerId: b.customerId, workshopId: b.workshopId }));
      if (thread) {
        await postSystemMessage(db, thread, {
          kind,
          params: {
            code: b.code,
            bookingId: b.id,
            service: b.serviceName,
            startsAt: b.startsAt.toISOString(),
            ...(extra.previousStartsAt ? { previousStartsAt: extra.previousStartsAt.toISOString() } : {}),
            ...(b.cancellationReason && change === "cancelled" ? { reason: b.cancellationReason } : {}),
          },
        });
      }
    } catch (error) {
      console.error(`bookings: system message for ${b.code} not posted`, error);
    }
  }

  if (change === "requested" || change === "confirmed" || change === "rescheduled" || change === "cancelled") {
    await sendEvent(
      "bookings/booking.changed",
      { bookingId: b.id, change, sequence: b.sequence, actor },
      { id: `booking-${b.id}-${b.sequence}-${change}` },
    );
  }
  if (change === "rescheduled" || extra.created) {
    await sendEvent("bookings/booking.remind", { bookingId: b.id, sequence: b.sequence }, { id: `booking-remind-${b.id}-${b.sequence}` });
  }
}
