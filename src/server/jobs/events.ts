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
};

export type JobEventName = keyof JobEvents;
