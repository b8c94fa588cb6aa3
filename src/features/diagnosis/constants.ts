/**
 * The diagnosis domain's fixed lists, without imports so that the database schema
 * (`src/server/db/schema/diagnosis.ts`) and the zod schemas share them.
 */

/** Session lifecycle (seed 000, `ChatSession.status`). */
export const SESSION_STATUSES = ["active", "diagnosis_complete", "escalated", "closed", "abandoned"] as const;

/**
 * How serious a problem is, for the driver (seed 000, `AIDiagnosis.severity_level`):
 * low: can wait · medium: book a visit · high: repair soon · critical: stop driving.
 */
export const SEVERITIES = ["low", "medium", "high", "critical"] as const;

/** How soon one possible cause should be dealt with (same scale as severity). */
export const URGENCIES = SEVERITIES;

/** Message roles stored (tool calls live inside assistant messages' parts). */
export const MESSAGE_ROLES = ["user", "assistant"] as const;

/** Sentiment of a customer's message (seed 000, `ChatMessage.sentiment`). */
export const SENTIMENTS = ["positive", "neutral", "negative", "frustrated"] as const;

/** Where an assistant answer came from: a configured provider, or the offline knowledge engine. */
export const AI_PROVIDER_KINDS = ["openai", "compatible", "offline"] as const;

/** Longest customer message, in characters (issue 3, limits). */
export const MESSAGE_MAX_CHARS = 2000;

/** Name of the tool the model calls to hand over a structured diagnosis. */
export const DIAGNOSIS_TOOL = "submitDiagnosis";
