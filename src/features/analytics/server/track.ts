import "server-only";
import { analyticsEvents } from "@/server/db/schema";
import type { DbOrTx } from "@/server/db/client";
import type { AnalyticsEventType } from "../constants";

/** Metadata per event type (seed 003's fields; tokens and cost per message, response time in ms). */
export type AnalyticsMetadata = {
  /** A conversation began: with the AI mechanic ("diagnosis") or with the workshop's staff ("contact", `service` = the service's name). */
  conversation_start: { source: "diagnosis" | "contact"; locale: string; device: "mobile" | "desktop"; vehicle?: string; service?: string };
  message_sent: {
    inputTokens: number;
    outputTokens: number;
    /** US dollars (providers bill in USD). */
    costUsd: number;
    modelId: string;
    provider: string;
    responseTimeMs: number;
    fallback: boolean;
  };
  diagnosis_complete: { diagnosisId: string; severity: string; confidence: number; categories: string[] };
  escalation_detected: { escalationReason: string; userMessage?: string };
  feedback_received: { rating: number; helpful: boolean; wouldUseAgain: boolean; feedbackText?: string };
  appointment_created: Record<string, unknown>;
  appointment_verified: Record<string, unknown>;
  appointment_cancelled: Record<string, unknown>;
};

export type AnalyticsEvent<T extends AnalyticsEventType = AnalyticsEventType> = {
  type: T;
  /** The tenant: the workshop the event belongs to, or null for the platform. */
  workshopId: string | null;
  sessionId?: string | null;
  userId?: string | null;
  metadata: AnalyticsMetadata[T];
};

/**
 * Appends one event to `analytics_events`. Pass the transaction that writes the thing the event is
 * about, so the event exists exactly when it does.
 */
export async function trackEvent<T extends AnalyticsEventType>(db: DbOrTx, event: AnalyticsEvent<T>): Promise<void> {
  await db.insert(analyticsEvents).values({
    type: event.type,
    workshopId: event.workshopId,
    sessionId: event.sessionId ?? null,
    userId: event.userId ?? null,
    metadata: event.metadata as Record<string, unknown>,
  });
}
