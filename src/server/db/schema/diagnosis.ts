import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  real,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { AI_PROVIDER_KINDS, MESSAGE_ROLES, SENTIMENTS, SESSION_STATUSES, SEVERITIES } from "@/features/diagnosis/constants";
import { users } from "./accounts";
import { vehicles } from "./garage";
import { serviceCategory, workshops } from "./workshops";

export const diagnosisSessionStatus = pgEnum("diagnosis_session_status", SESSION_STATUSES);
export const diagnosisSeverity = pgEnum("diagnosis_severity", SEVERITIES);
export const diagnosisMessageRole = pgEnum("diagnosis_message_role", MESSAGE_ROLES);
export const messageSentiment = pgEnum("message_sentiment", SENTIMENTS);
export const aiProviderKind = pgEnum("ai_provider_kind", AI_PROVIDER_KINDS);

/** The vehicle as it was when the session started (from the garage, or typed by a guest). */
export type VehicleSnapshot = {
  make: string;
  model: string;
  year?: number;
  fuel?: string;
  engine?: string;
  mileageKm?: number;
};

/** A conversation with the AI mechanic (seed 000, `ChatSession`). */
export const diagnosisSessions = pgTable(
  "diagnosis_sessions",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** The signed-in customer; null for a guest (then `guestTokenHash` identifies the browser). */
    customerId: uuid().references(() => users.id, { onDelete: "cascade" }),
    /** SHA-256 (hex) of the guest cookie's random token; kept after a guest signs up so the cookie still opens it. */
    guestTokenHash: text(),
    vehicleId: uuid().references(() => vehicles.id, { onDelete: "set null" }),
    vehicle: jsonb().$type<VehicleSnapshot>(),
    /** The workshop whose page the chat started from (its tenant), else null = the platform. */
    workshopId: uuid().references(() => workshops.id, { onDelete: "set null" }),
    status: diagnosisSessionStatus().notNull().default("active"),
    /** The first message, shortened, for the history list. */
    title: text().notNull().default(""),
    locale: text().notNull(),
    userAgent: text(),
    escalatedAt: timestamp({ withTimezone: true }),
    /** "keyword:<word>" or "severity:critical". */
    escalationReason: text(),
    lastMessageAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    index("diagnosis_sessions_customer_idx").on(t.customerId, t.lastMessageAt.desc()),
    index("diagnosis_sessions_guest_idx")
      .on(t.guestTokenHash)
      .where(sql`${t.guestTokenHash} is not null`),
    check("diagnosis_sessions_owner", sql`${t.customerId} is not null or ${t.guestTokenHash} is not null`),
    check("diagnosis_sessions_locale", sql`${t.locale} in ('pl', 'en')`),
  ],
);

/** Message parts as the AI SDK's UIMessage carries them (text, tool calls with their input/output, data parts). */
export type StoredMessagePart = { type: string; [key: string]: unknown };

/** One message of a session (seed 000, `ChatMessage`, plus token accounting from seed 003). */
export const diagnosisMessages = pgTable(
  "diagnosis_messages",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Insertion order (timestamps can tie); messages are read in this order. */
    seq: bigint({ mode: "number" }).generatedAlwaysAsIdentity(),
    sessionId: uuid()
      .notNull()
      .references(() => diagnosisSessions.id, { onDelete: "cascade" }),
    /** The UIMessage id (the client's for user messages): a resend with the same id is a no-op. */
    uiId: text().notNull(),
    role: diagnosisMessageRole().notNull(),
    parts: jsonb().$type<StoredMessagePart[]>().notNull(),
    /** Plain text of the message (user text, or the assistant's streamed text so far). */
    text: text().notNull().default(""),
    /** Assistant messages are "streaming" until the model ends; then "complete" (or "error"). */
    state: text().notNull().default("complete"),
    provider: aiProviderKind(),
    modelId: text(),
    /** True when the configured provider failed and the offline engine answered. */
    fallback: boolean().notNull().default(false),
    inputTokens: integer(),
    outputTokens: integer(),
    /** Millionths of a US dollar (providers bill in USD), from `src/server/ai/pricing.ts`. */
    costUsdMicros: integer(),
    /** Milliseconds from receiving the request to the first streamed token. */
    latencyMs: integer(),
    /** Milliseconds from receiving the request to the end of the answer. */
    durationMs: integer(),
    sentiment: messageSentiment(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("diagnosis_messages_ui_id_key").on(t.sessionId, t.uiId),
    index("diagnosis_messages_session_idx").on(t.sessionId, t.seq),
    check("diagnosis_messages_state", sql`${t.state} in ('streaming', 'complete', 'error')`),
  ],
);

export type StoredSymptom = { symptom: string; location?: string; since?: string; conditions?: string };
export type StoredCause = { cause: string; probability: number; urgency: (typeof SEVERITIES)[number] };

/** A structured diagnosis handed over by the model's `submitDiagnosis` tool call (seed 000, `AIDiagnosis`). */
export const diagnoses = pgTable(
  "diagnoses",
  {
    id: uuid().primaryKey().defaultRandom(),
    sessionId: uuid()
      .notNull()
      .references(() => diagnosisSessions.id, { onDelete: "cascade" }),
    /** The tool call that produced it: a retried step does not store it twice. */
    toolCallId: text().notNull(),
    summary: text().notNull(),
    symptoms: jsonb().$type<StoredSymptom[]>().notNull(),
    dtcCodes: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    causes: jsonb().$type<StoredCause[]>().notNull(),
    severity: diagnosisSeverity().notNull(),
    recommendedActions: jsonb().$type<string[]>().notNull(),
    /** Parts + labour, grosze (PLN). */
    costMinGrosze: integer().notNull(),
    costMaxGrosze: integer().notNull(),
    currency: text().notNull().default("PLN"),
    urgentVisit: boolean().notNull(),
    confidence: real().notNull(),
    serviceCategories: serviceCategory().array().notNull(),
    vehicle: jsonb().$type<VehicleSnapshot>(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("diagnoses_tool_call_key").on(t.sessionId, t.toolCallId),
    index("diagnoses_session_idx").on(t.sessionId, t.createdAt),
    check("diagnoses_cost_range", sql`${t.costMinGrosze} >= 0 and ${t.costMinGrosze} <= ${t.costMaxGrosze}`),
    check("diagnoses_confidence", sql`${t.confidence} between 0 and 1`),
  ],
);

/** The customer's rating of a session's answer (seed 000, `ChatFeedback`); rating again replaces it. */
export const diagnosisFeedback = pgTable(
  "diagnosis_feedback",
  {
    sessionId: uuid()
      .primaryKey()
      .references(() => diagnosisSessions.id, { onDelete: "cascade" }),
    rating: smallint().notNull(),
    helpful: boolean().notNull(),
    wouldUseAgain: boolean().notNull(),
    comment: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [check("diagnosis_feedback_rating", sql`${t.rating} between 1 and 5`)],
);
