import "server-only";
import { and, asc, desc, eq, inArray, lt } from "drizzle-orm";
import type { DbOrTx } from "@/server/db";
import { diagnoses, diagnosisFeedback, diagnosisMessages, diagnosisSessions, workshops } from "@/server/db/schema";
import type { DiagnosisUIMessage } from "../types";
import { accessibleSession, type Requester } from "./service";

type MessageRow = typeof diagnosisMessages.$inferSelect;

/** A stored message as the UI (and `convertToModelMessages`) takes it. */
export function toUIMessage(row: Pick<MessageRow, "uiId" | "role" | "parts" | "provider" | "modelId" | "fallback">): DiagnosisUIMessage {
  return {
    id: row.uiId,
    role: row.role,
    parts: row.parts as DiagnosisUIMessage["parts"],
    metadata:
      row.role === "assistant" && row.provider
        ? { provider: row.provider, modelId: row.modelId ?? undefined, fallback: row.fallback }
        : undefined,
  };
}

/** The session's finished messages, oldest first (the history the model is given). */
export async function conversationOf(db: DbOrTx, sessionId: string): Promise<DiagnosisUIMessage[]> {
  const rows = await db
    .select()
    .from(diagnosisMessages)
    .where(and(eq(diagnosisMessages.sessionId, sessionId), inArray(diagnosisMessages.state, ["complete"])))
    .orderBy(asc(diagnosisMessages.seq));
  return rows.map(toUIMessage);
}

/**
 * One session as its page shows it: the session, every stored message (an answer still being
 * written comes with the text streamed so far and `streaming: true`), and the customer's rating.
 * @throws AppError NOT_FOUND when `who` may not see it.
 */
export async function sessionView(db: DbOrTx, sessionId: string, who: Requester) {
  const session = await accessibleSession(db, sessionId, who);
  const [rows, [feedback], [workshop]] = await Promise.all([
    db.select().from(diagnosisMessages).where(eq(diagnosisMessages.sessionId, session.id)).orderBy(asc(diagnosisMessages.seq)),
    db
      .select({
        rating: diagnosisFeedback.rating,
        helpful: diagnosisFeedback.helpful,
        wouldUseAgain: diagnosisFeedback.wouldUseAgain,
        comment: diagnosisFeedback.comment,
      })
      .from(diagnosisFeedback)
      .where(eq(diagnosisFeedback.sessionId, session.id)),
    session.workshopId
      ? db.select({ slug: workshops.slug, name: workshops.name }).from(workshops).where(eq(workshops.id, session.workshopId))
      : Promise.resolve([]),
  ]);
  return {
    session: {
      id: session.id,
      status: session.status,
      title: session.title,
      vehicle: session.vehicle,
      locale: session.locale as "pl" | "en",
      createdAt: session.createdAt,
      escalated: session.escalatedAt !== null,
      workshop: workshop ?? null,
    },
    messages: rows.filter((r) => r.state !== "streaming" || r.text).map(toUIMessage),
    /** An answer is still being written (the page polls until it lands). */
    streaming: rows.some((r) => r.state === "streaming"),
    feedback: feedback ?? null,
  };
}
export type SessionView = Awaited<ReturnType<typeof sessionView>>;

/**
 * A customer's past sessions, newest first, with the latest diagnosis' severity and costs (grosze).
 * Cursor: the `lastMessageAt` (ISO, UTC) of the last item of the previous page.
 */
export async function historyOf(db: DbOrTx, customerId: string, opts: { cursor?: string; limit: number }) {
  const rows = await db
    .select({
      id: diagnosisSessions.id,
      title: diagnosisSessions.title,
      status: diagnosisSessions.status,
      vehicle: diagnosisSessions.vehicle,
      lastMessageAt: diagnosisSessions.lastMessageAt,
      createdAt: diagnosisSessions.createdAt,
    })
    .from(diagnosisSessions)
    .where(
      and(
        eq(diagnosisSessions.customerId, customerId),
        opts.cursor ? lt(diagnosisSessions.lastMessageAt, new Date(opts.cursor)) : undefined,
      ),
    )
    .orderBy(desc(diagnosisSessions.lastMessageAt))
    .limit(opts.limit + 1);
  const page = rows.slice(0, opts.limit);
  const latest = page.length
    ? await db
        .selectDistinctOn([diagnoses.sessionId], {
          sessionId: diagnoses.sessionId,
          severity: diagnoses.severity,
          costMinGrosze: diagnoses.costMinGrosze,
          costMaxGrosze: diagnoses.costMaxGrosze,
          topCause: diagnoses.causes,
        })
        .from(diagnoses)
        .where(
          inArray(
            diagnoses.sessionId,
            page.map((r) => r.id),
          ),
        )
        .orderBy(diagnoses.sessionId, desc(diagnoses.createdAt))
    : [];
  const bySession = new Map(latest.map((d) => [d.sessionId, d]));
  return {
    items: page.map((r) => {
      const d = bySession.get(r.id);
      return {
        ...r,
        diagnosis: d
          ? { severity: d.severity, costMinGrosze: d.costMinGrosze, costMaxGrosze: d.costMaxGrosze, topCause: d.topCause[0]?.cause ?? null }
          : null,
      };
    }),
    nextCursor: rows.length > opts.limit ? page.at(-1)!.lastMessageAt.toISOString() : null,
  };
}

/**
 * The latest diagnosis of a customer's session, as other features attach it (a chat with a workshop,
 * later a booking): summary, severity, costs in grosze, service categories, vehicle. Null when the
 * session is not this customer's or has no diagnosis yet.
 */
export async function latestDiagnosisOf(db: DbOrTx, sessionId: string, customerId: string) {
  const [row] = await db
    .select({
      sessionId: diagnoses.sessionId,
      summary: diagnoses.summary,
      severity: diagnoses.severity,
      costMinGrosze: diagnoses.costMinGrosze,
      costMaxGrosze: diagnoses.costMaxGrosze,
      urgentVisit: diagnoses.urgentVisit,
      causes: diagnoses.causes,
      serviceCategories: diagnoses.serviceCategories,
      vehicle: diagnoses.vehicle,
      createdAt: diagnoses.createdAt,
    })
    .from(diagnoses)
    .innerJoin(diagnosisSessions, eq(diagnosisSessions.id, diagnoses.sessionId))
    .where(and(eq(diagnoses.sessionId, sessionId), eq(diagnosisSessions.customerId, customerId)))
    .orderBy(desc(diagnoses.createdAt))
    .limit(1);
  return row ?? null;
}
export type AttachedDiagnosis = NonNullable<Awaited<ReturnType<typeof latestDiagnosisOf>>>;
