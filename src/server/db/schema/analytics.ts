import { index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { workshops } from "./workshops";

/**
 * Append-only event stream (seed 003, `platform_analytics_events`), keyed by tenant:
 * `workshopId` is the workshop the event belongs to, null for the platform itself.
 * `sessionId` is the diagnosis session, conversation or booking the event is about (no foreign key:
 * the log outlives what it describes). `metadata` shapes: `AnalyticsEvent` in `src/features/analytics`.
 */
export const analyticsEvents = pgTable(
  "analytics_events",
  {
    id: uuid().primaryKey().defaultRandom(),
    workshopId: uuid().references(() => workshops.id, { onDelete: "cascade" }),
    type: text().notNull(),
    sessionId: uuid(),
    userId: uuid(),
    metadata: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    occurredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("analytics_events_tenant_idx").on(t.workshopId, t.occurredAt),
    index("analytics_events_type_idx").on(t.type, t.occurredAt),
    index("analytics_events_session_idx").on(t.sessionId),
  ],
);
