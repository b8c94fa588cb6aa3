import "server-only";
import { and, eq, isNull, lt, sql } from "drizzle-orm";
import { trackEvent } from "@/features/analytics/server";
import { vehicleById } from "@/features/garage/server";
import { AppError } from "@/lib/errors";
import type { DbOrTx } from "@/server/db";
import { isUniqueViolation } from "@/server/db/errors";
import {
  diagnoses,
  diagnosisFeedback,
  diagnosisMessages,
  diagnosisSessions,
  workshops,
  type StoredMessagePart,
  type VehicleSnapshot,
} from "@/server/db/schema";
import type { SessionUser } from "@/server/api/trpc";
import { detectSentiment } from "../knowledge";
import { diagnosisInputSchema, type DiagnosisInput, type RateSessionInput, type StartSessionInput } from "../schemas";

/** Who is asking: the signed-in user, or the guest cookie's hash (see `src/server/guest.ts`). */
export type Requester = { user: SessionUser | null; guestTokenHash: string | null };

export type SessionRow = typeof diagnosisSessions.$inferSelect;

const NOT_FOUND = () => new AppError("NOT_FOUND", "errors.diagnosis.notFound");

/** True when `who` may read and write `session`: its customer, or (unclaimed) the guest whose cookie made it. */
export function mayAccess(session: Pick<SessionRow, "customerId" | "guestTokenHash">, who: Requester): boolean {
  if (session.customerId) return who.user?.id === session.customerId;
  return !!who.guestTokenHash && session.guestTokenHash === who.guestTokenHash;
}

/**
 * The session if `who` may access it; a signed-in customer carrying the guest cookie that started it
 * claims it on the way (it moves into their history).
 * @throws AppError NOT_FOUND `errors.diagnosis.notFound` (also for sessions of others: no existence leak).
 */
export async function accessibleSession(db: DbOrTx, sessionId: string, who: Requester): Promise<SessionRow> {
  const [session] = await db.select().from(diagnosisSessions).where(eq(diagnosisSessions.id, sessionId)).limit(1);
  if (!session) throw NOT_FOUND();
  if (!session.customerId && who.user?.role === "customer" && who.guestTokenHash && session.guestTokenHash === who.guestTokenHash) {
    await claimGuestSessions(db, who.user.id, who.guestTokenHash);
    return { ...session, customerId: who.user.id };
  }
  if (!mayAccess(session, who)) throw NOT_FOUND();
  return session;
}

/**
 * Moves the sessions a guest started (identified by their cookie's hash) to the customer who just
 * signed in or up with that cookie. Idempotent. @returns how many sessions were claimed.
 */
export async function claimGuestSessions(db: DbOrTx, customerId: string, guestTokenHash: string): Promise<number> {
  const claimed = await db
    .update(diagnosisSessions)
    .set({ customerId })
    .where(and(eq(diagnosisSessions.guestTokenHash, guestTokenHash), isNull(diagnosisSessions.customerId)))
    .returning({ id: diagnosisSessions.id });
  return claimed.length;
}

/** A session with no message for this long (minutes) counts as abandoned; a new message reactivates it. */
export const ABANDONED_AFTER_MINUTES = 24 * 60;

/**
 * Marks the customer's active sessions without a message for `ABANDONED_AFTER_MINUTES` as
 * `abandoned` (seed 000's status), so history shows what was left unfinished. Idempotent.
 * @returns how many sessions were marked.
 */
export async function markAbandonedSessions(db: DbOrTx, customerId: string, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - ABANDONED_AFTER_MINUTES * 60_000);
  const marked = await db
    .update(diagnosisSessions)
    .set({ status: "abandoned" })
    .where(
      and(
        eq(diagnosisSessions.customerId, customerId),
        eq(diagnosisSessions.status, "active"),
        lt(diagnosisSessions.lastMessageAt, cutoff),
      ),
    )
    .returning({ id: diagnosisSessions.id });
  return marked.length;
}

const deviceOf = (userAgent: string | null) => (userAgent && /Mobi|Android|iPhone|iPad/i.test(userAgent) ? "mobile" : "desktop");

/** "Toyota Corolla 2015, petrol, 1.6" — the vehicle as the prompt and the card name it. */
export function describeVehicle(vehicle: VehicleSnapshot | null | undefined): string | undefined {
  if (!vehicle) return undefined;
  const head = [vehicle.make, vehicle.model, vehicle.year].filter(Boolean).join(" ");
  return [head, vehicle.fuel, vehicle.engine].filter(Boolean).join(", ");
}

/**
 * Starts a diagnosis session for a customer (optionally with one of their garage vehicles) or a guest
 * (identified by `guestTokenHash`), optionally from a workshop's page (its tenant gets the events).
 * Writes `conversation_start`.
 * @returns `{ sessionId }`.
 * @throws AppError FORBIDDEN `errors.diagnosis.customersOnly` for staff and admins; NOT_FOUND
 *   `errors.garage.notFound` for a vehicle not in the caller's garage.
 */
export async function startSession(
  db: DbOrTx,
  who: Requester,
  input: StartSessionInput,
  userAgent: string | null,
): Promise<{ sessionId: string }> {
  if (who.user && who.user.role !== "customer") throw new AppError("FORBIDDEN", "errors.diagnosis.customersOnly");
  if (!who.user && !who.guestTokenHash) throw new AppError("UNAUTHORIZED", "errors.unauthorized");
  let vehicleId: string | null = null;
  let vehicle: VehicleSnapshot | null = null;
  if (input.vehicleId) {
    if (!who.user) throw new AppError("NOT_FOUND", "errors.garage.notFound");
    const own = await vehicleById(db, who.user.id, input.vehicleId);
    if (!own) throw new AppError("NOT_FOUND", "errors.garage.notFound");
    vehicleId = own.id;
    vehicle = {
      make: own.make,
      model: own.model,
      year: own.year,
      fuel: own.fuel,
      engine: own.engine || undefined,
      mileageKm: own.mileageKm ?? undefined,
    };
  } else if (input.vehicle) {
    vehicle = { ...input.vehicle };
  }
  let workshopId: string | null = null;
  if (input.workshopSlug) {
    const [workshop] = await db
      .select({ id: workshops.id })
      .from(workshops)
      .where(and(eq(workshops.slug, input.workshopSlug), eq(workshops.status, "active")))
      .limit(1);
    workshopId = workshop?.id ?? null;
  }
  return db.transaction(async (tx) => {
    const [session] = await tx
      .insert(diagnosisSessions)
      .values({
        customerId: who.user?.id ?? null,
        guestTokenHash: who.user ? null : who.guestTokenHash,
        vehicleId,
        vehicle,
        workshopId,
        locale: input.locale,
        userAgent: userAgent?.slice(0, 500) ?? null,
      })
      .returning({ id: diagnosisSessions.id });
    await trackEvent(tx, {
      type: "conversation_start",
      workshopId,
      sessionId: session!.id,
      userId: who.user?.id ?? null,
      metadata: { source: "diagnosis", locale: input.locale, device: deviceOf(userAgent), vehicle: describeVehicle(vehicle) },
    });
    return { sessionId: session!.id };
  });
}

/**
 * Stores the customer's message (before the model is called) and touches the session (last message
 * time, title from the first message, an abandoned session becomes active again) in one statement —
 * one round trip on the way to the model's first token. Idempotent on the UI message id:
 * @returns false when a message with this id is already stored (a resend), true when stored now.
 */
export async function saveUserMessage(db: DbOrTx, session: SessionRow, uiId: string, text: string): Promise<boolean> {
  const parts = JSON.stringify([{ type: "text", text }]);
  const title = text.replace(/\s+/g, " ").slice(0, 120);
  const rows = await db.execute<{ id: string }>(sql`
    with inserted as (
      insert into ${diagnosisMessages} (session_id, ui_id, role, parts, text, sentiment)
      values (${session.id}, ${uiId}, 'user', ${parts}::jsonb, ${text}, ${detectSentiment(text)})
      on conflict (session_id, ui_id) do nothing
      returning id
    ), touched as (
      update ${diagnosisSessions}
      set last_message_at = now(), updated_at = now(),
          title = case when title = '' then ${title} else title end,
          status = case when status = 'abandoned' then 'active'::diagnosis_session_status else status end
      where id = ${session.id} and exists (select 1 from inserted)
      returning id
    )
    select id from inserted`);
  return rows.length > 0;
}

/** Inserts the assistant's message as "streaming" (empty), so a reload knows an answer is on its way. */
export async function startAssistantMessage(db: DbOrTx, sessionId: string, uiId: string): Promise<void> {
  await db.insert(diagnosisMessages).values({ sessionId, uiId, role: "assistant", parts: [], text: "", state: "streaming" });
}

/** Saves the text streamed so far (what a reload shows while the answer is still being written). */
export async function saveAssistantProgress(db: DbOrTx, sessionId: string, uiId: string, text: string): Promise<void> {
  await db
    .update(diagnosisMessages)
    .set({ text, parts: [{ type: "text", text }] })
    .where(and(eq(diagnosisMessages.sessionId, sessionId), eq(diagnosisMessages.uiId, uiId), eq(diagnosisMessages.state, "streaming")));
}

export type AssistantOutcome = {
  parts: StoredMessagePart[];
  text: string;
  state: "complete" | "error";
  provider: "openai" | "compatible" | "offline";
  modelId: string;
  fallback: boolean;
  inputTokens: number;
  outputTokens: number;
  costUsdMicros: number;
  latencyMs: number | null;
  durationMs: number;
};

/**
 * Stores the finished answer with its accounting and writes `message_sent` (tokens, cost in USD,
 * response time = time to first token in ms, model id) for the session's tenant.
 */
export async function finishAssistantMessage(db: DbOrTx, session: SessionRow, uiId: string, outcome: AssistantOutcome): Promise<void> {
  await db.transaction(async (tx) => {
    const answer = {
      parts: outcome.parts,
      text: outcome.text,
      state: outcome.state,
      provider: outcome.provider,
      modelId: outcome.modelId,
      fallback: outcome.fallback,
      inputTokens: outcome.inputTokens,
      outputTokens: outcome.outputTokens,
      costUsdMicros: outcome.costUsdMicros,
      latencyMs: outcome.latencyMs,
      durationMs: outcome.durationMs,
    };
    // An upsert: the answer is kept even if its "streaming" placeholder could not be stored.
    await tx
      .insert(diagnosisMessages)
      .values({ sessionId: session.id, uiId, role: "assistant", ...answer })
      .onConflictDoUpdate({ target: [diagnosisMessages.sessionId, diagnosisMessages.uiId], set: answer });
    await tx.update(diagnosisSessions).set({ lastMessageAt: new Date() }).where(eq(diagnosisSessions.id, session.id));
    await trackEvent(tx, {
      type: "message_sent",
      workshopId: session.workshopId,
      sessionId: session.id,
      userId: session.customerId,
      metadata: {
        inputTokens: outcome.inputTokens,
        outputTokens: outcome.outputTokens,
        costUsd: outcome.costUsdMicros / 1_000_000,
        modelId: outcome.modelId,
        provider: outcome.provider,
        responseTimeMs: outcome.latencyMs ?? outcome.durationMs,
        fallback: outcome.fallback,
      },
    });
  });
}

/**
 * Marks the session escalated (once) and writes `escalation_detected`.
 * `reason`: "keyword:<word>" when the customer asked for a person, "severity:critical" for a critical diagnosis.
 * @returns true when this call escalated it, false when it already was.
 */
export async function escalateSession(db: DbOrTx, session: SessionRow, reason: string, userMessage?: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const updated = await tx
      .update(diagnosisSessions)
      .set({ status: "escalated", escalatedAt: new Date(), escalationReason: reason })
      .where(and(eq(diagnosisSessions.id, session.id), sql`${diagnosisSessions.escalatedAt} is null`))
      .returning({ id: diagnosisSessions.id });
    if (updated.length === 0) return false;
    await trackEvent(tx, {
      type: "escalation_detected",
      workshopId: session.workshopId,
      sessionId: session.id,
      userId: session.customerId,
      metadata: { escalationReason: reason, userMessage: userMessage?.slice(0, 500) },
    });
    return true;
  });
}

/**
 * Stores a diagnosis handed over by the `submitDiagnosis` tool (costs converted from whole PLN to
 * grosze), moves the session to `diagnosis_complete` unless it is escalated, and writes
 * `diagnosis_complete`. Idempotent per tool call id (a retried step stores nothing new).
 * @returns the diagnosis id.
 * @throws ZodError when the input does not match `diagnosisInputSchema`.
 */
export async function recordDiagnosis(
  db: DbOrTx,
  session: SessionRow,
  toolCallId: string,
  raw: DiagnosisInput,
): Promise<{ diagnosisId: string }> {
  const input = diagnosisInputSchema.parse(raw);
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(diagnoses)
        .values({
          sessionId: session.id,
          toolCallId,
          summary: input.summary,
          symptoms: input.symptoms,
          dtcCodes: input.dtcCodes,
          causes: input.causes,
          severity: input.severity,
          recommendedActions: input.recommendedActions,
          costMinGrosze: input.costMinPln * 100,
          costMaxGrosze: input.costMaxPln * 100,
          urgentVisit: input.urgentVisit,
          confidence: input.confidence,
          serviceCategories: input.serviceCategories,
          vehicle: session.vehicle,
        })
        .returning({ id: diagnoses.id });
      await tx
        .update(diagnosisSessions)
        .set({
          status: sql`case when ${diagnosisSessions.status} = 'escalated' then 'escalated'::diagnosis_session_status else 'diagnosis_complete'::diagnosis_session_status end`,
        })
        .where(eq(diagnosisSessions.id, session.id));
      await trackEvent(tx, {
        type: "diagnosis_complete",
        workshopId: session.workshopId,
        sessionId: session.id,
        userId: session.customerId,
        metadata: { diagnosisId: row!.id, severity: input.severity, confidence: input.confidence, categories: input.serviceCategories },
      });
      return { diagnosisId: row!.id };
    });
  } catch (error) {
    if (!isUniqueViolation(error, "diagnoses_tool_call_key")) throw error;
    const [existing] = await db
      .select({ id: diagnoses.id })
      .from(diagnoses)
      .where(and(eq(diagnoses.sessionId, session.id), eq(diagnoses.toolCallId, toolCallId)));
    return { diagnosisId: existing!.id };
  }
}

/**
 * Saves the customer's rating of the session (1–5, helpful, would use again, comment ≤ 1,000
 * characters); rating again replaces it. Writes `feedback_received`.
 * @throws AppError NOT_FOUND (not theirs) | BAD_REQUEST `errors.diagnosis.nothingToRate` (no answer yet).
 */
export async function rateSession(db: DbOrTx, who: Requester, input: RateSessionInput): Promise<void> {
  const session = await accessibleSession(db, input.sessionId, who);
  const [answered] = await db
    .select({ id: diagnosisMessages.id })
    .from(diagnosisMessages)
    .where(
      and(eq(diagnosisMessages.sessionId, session.id), eq(diagnosisMessages.role, "assistant"), eq(diagnosisMessages.state, "complete")),
    )
    .limit(1);
  if (!answered) throw new AppError("BAD_REQUEST", "errors.diagnosis.nothingToRate");
  const values = { rating: input.rating, helpful: input.helpful, wouldUseAgain: input.wouldUseAgain, comment: input.comment || null };
  await db.transaction(async (tx) => {
    await tx
      .insert(diagnosisFeedback)
      .values({ sessionId: session.id, ...values })
      .onConflictDoUpdate({ target: diagnosisFeedback.sessionId, set: values });
    await trackEvent(tx, {
      type: "feedback_received",
      workshopId: session.workshopId,
      sessionId: session.id,
      userId: session.customerId,
      metadata: {
        rating: input.rating,
        helpful: input.helpful,
        wouldUseAgain: input.wouldUseAgain,
        feedbackText: input.comment?.slice(0, 1000),
      },
    });
  });
}
