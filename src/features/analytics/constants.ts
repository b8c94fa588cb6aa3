/**
 * Analytics event types (seed 003, `platform_analytics_events.event_type`, plus `diagnosis_complete`).
 * Kept as text in the database so later issues can add types without a migration.
 */
export const ANALYTICS_EVENT_TYPES = [
  "conversation_start",
  "message_sent",
  "diagnosis_complete",
  "escalation_detected",
  "feedback_received",
  "appointment_created",
  "appointment_verified",
  "appointment_cancelled",
] as const;
export type AnalyticsEventType = (typeof ANALYTICS_EVENT_TYPES)[number];
