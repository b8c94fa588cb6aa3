/**
 * Every background-job event Pitstop sends, by name, with the shape of its `data`.
 * A feature adds its events here; `sendEvent` and `defineJob` are typed from this map, so a
 * job and the code that triggers it cannot disagree on the payload.
 *
 * Payloads must be plain JSON (strings, numbers, booleans, null, arrays, objects): with Inngest
 * they travel over HTTP. Keep them small (ids, not rows) and let the job read what it needs.
 */
export type JobEvents = {
  /** A chat message was stored. `seq` is its position in the conversation (1-based). */
  "messaging/message.sent": { conversationId: string; seq: number; senderSide: "customer" | "workshop" };
  /** A chat text to check with the AI moderator (sent only when a model is configured). */
  "messaging/message.check": { conversationId: string; seq: number };
  /**
   * A booking change was committed. `sequence` is `bookings.sequence` after the change (raised on
   * every change of time and on cancel); `actor` is who made it. Sent with the id
   * `booking-<bookingId>-<sequence>-<change>`: one e-mail round per change.
   */
  "bookings/booking.changed": {
    bookingId: string;
    change: "requested" | "confirmed" | "rescheduled" | "cancelled";
    sequence: number;
    actor: "customer" | "workshop";
  };
  /**
   * Schedule the customer's reminder for the booking's time at `sequence` (sent on create and on
   * every reschedule, id `booking-remind-<bookingId>-<sequence>`). The job sleeps until
   * REMINDER_HOURS_BEFORE the start and sends nothing if the booking moved or ended meanwhile.
   */
  "bookings/booking.remind": { bookingId: string; sequence: number };
};

export type JobEventName = keyof JobEvents;
