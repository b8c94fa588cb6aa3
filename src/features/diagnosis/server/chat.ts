import "server-only";
import type { LanguageModelV3 } from "@ai-sdk/provider";
import {
  consumeStream,
  convertToModelMessages,
  createUIMessageStream,
  createUIMessageStreamResponse,
  generateId,
  stepCountIs,
  streamText,
  tool,
  zodSchema,
  type LanguageModelUsage,
} from "ai";
import { and, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { costUsdMicros, withFallback, type ConfiguredModel } from "@/server/ai";
import type { SessionUser } from "@/server/api/trpc";
import type { DbOrTx } from "@/server/db";
import { diagnoses, workshops, type StoredMessagePart } from "@/server/db/schema";
import { consume, type LimiterSpec } from "@/server/rate-limit";
import { isAppError } from "@/lib/errors";
import { DIAGNOSIS_TOOL } from "../constants";
import { detectEscalation } from "../knowledge";
import { chatRequestSchema, diagnosisInputSchema, type ServiceCategory } from "../schemas";
import type { AiProviderKind, DiagnosisUIMessage } from "../types";
import { OFFLINE_MODEL_ID, scriptedModel } from "./offline-model";
import { ESCALATION_REPLY, systemPrompt } from "./prompt";
import { conversationOf } from "./queries";
import {
  accessibleSession,
  describeVehicle,
  escalateSession,
  finishAssistantMessage,
  recordDiagnosis,
  saveAssistantProgress,
  saveUserMessage,
  startAssistantMessage,
  type SessionRow,
} from "./service";

/** Per-hour message limits (issue 3): 30 for signed-in customers, 10 per guest cookie, 60 per guest IP. */
export const CHAT_LIMIT_USER: LimiterSpec = { name: "diagnosis-user", points: 30, durationSeconds: 3600 };
export const CHAT_LIMIT_GUEST: LimiterSpec = { name: "diagnosis-guest", points: 10, durationSeconds: 3600 };
export const CHAT_LIMIT_GUEST_IP: LimiterSpec = { name: "diagnosis-guest-ip", points: 60, durationSeconds: 3600 };

// Built once: the AI SDK caches a schema's JSON Schema on the wrapper, and converting zod per request
// costs milliseconds of CPU on every answer.
const toolInputSchema = zodSchema(diagnosisInputSchema);
const toolOutputSchema = zodSchema(z.object({ diagnosisId: z.string() }));

export type ChatDeps = {
  db: DbOrTx;
  /** The provider the environment configures (null: the offline engine answers). */
  configured: ConfiguredModel | null;
  /** The offline engine, which also stands in when the configured provider fails. */
  offline: LanguageModelV3;
  /** Milliseconds to wait for the provider's first token and between tokens. */
  timeoutMs: number;
  /** Rate limits on (default); only the benchmark turns them off. */
  rateLimit?: boolean;
  /** Milliseconds between saves of the text streamed so far. */
  progressEveryMs?: number;
};

export type ChatCaller = { user: SessionUser | null; guestTokenHash: string | null; ip: string };

/** An error the chat client shows translated: `message` is an i18n key. */
function jsonError(status: number, message: string, params?: Record<string, string | number>): Response {
  return Response.json({ error: { message, params } }, { status });
}

/** Saves the streamed text at most every `everyMs`, in order; `flush` waits for the last save. */
function progressSaver(save: (text: string) => Promise<void>, everyMs: number) {
  let pending: string | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let chain = Promise.resolve();
  return {
    schedule(text: string) {
      pending = text;
      timer ??= setTimeout(() => {
        timer = null;
        const text = pending;
        pending = null;
        if (text !== null)
          chain = chain.then(() => save(text)).catch((error: unknown) => console.error("diagnosis: progress save failed", error));
      }, everyMs);
    },
    flush() {
      if (timer) clearTimeout(timer);
      timer = null;
      pending = null;
      return chain;
    },
  };
}

async function latestCategories(db: DbOrTx, sessionId: string): Promise<ServiceCategory[]> {
  const [row] = await db
    .select({ categories: diagnoses.serviceCategories })
    .from(diagnoses)
    .where(eq(diagnoses.sessionId, sessionId))
    .orderBy(desc(diagnoses.createdAt))
    .limit(1);
  return row?.categories.length ? row.categories : ["diagnostics"];
}

async function workshopName(db: DbOrTx, session: SessionRow): Promise<string | undefined> {
  if (!session.workshopId) return undefined;
  const [row] = await db
    .select({ name: workshops.name })
    .from(workshops)
    .where(and(eq(workshops.id, session.workshopId)));
  return row?.name;
}

async function overLimit(caller: ChatCaller): Promise<number> {
  if (caller.user) return consume(CHAT_LIMIT_USER, caller.user.id);
  const byCookie = await consume(CHAT_LIMIT_GUEST, caller.guestTokenHash ?? caller.ip);
  const byIp = await consume(CHAT_LIMIT_GUEST_IP, caller.ip);
  return Math.max(byCookie, byIp);
}

/**
 * `POST /api/diagnosis/chat`: one customer message in, the AI mechanic's answer out as an AI SDK UI
 * message stream (SSE). Body: `chatRequestSchema` (session id + the new user message, ≤ 2,000 characters).
 *
 * Order of work: validate → authorise (the session's customer or guest) → rate limit → store the user
 * message (idempotent on its id) → store an empty "streaming" assistant message → stream from the
 * configured model (the offline engine if none, or if it fails/times out: a `data-notice` part says
 * so) → save the streamed text every `progressEveryMs` → on the end, store the answer with tokens,
 * cost (USD micros), time to first token, and write `message_sent`. The model's `submitDiagnosis`
 * tool call is validated with zod and stored (`diagnosis_complete`); a critical one escalates. A
 * request for a person ("człowiek", "call me", …) escalates without calling the model.
 * The answer keeps streaming into the database when the client goes away (a reload shows it).
 *
 * Errors are JSON `{ error: { message: <i18n key>, params } }`: 400 validation, 404 not found,
 * 409 duplicate message, 429 rate limited (`params.minutes`).
 */
export async function handleChat(deps: ChatDeps, caller: ChatCaller, body: unknown): Promise<Response> {
  const received = performance.now();
  const parsed = chatRequestSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues.find((i) => i.message.startsWith("validation."));
    return jsonError(400, issue?.message ?? "errors.validation");
  }
  const { sessionId, message } = parsed.data;
  const text = message.parts[0]!.text;
  const { db } = deps;

  let session: SessionRow;
  try {
    session = await accessibleSession(db, sessionId, { user: caller.user, guestTokenHash: caller.guestTokenHash });
  } catch (error) {
    if (isAppError(error)) return jsonError(404, error.message);
    throw error;
  }
  if (session.status === "closed") return jsonError(409, "errors.diagnosis.closed");

  if (deps.rateLimit !== false) {
    const wait = await overLimit(caller);
    if (wait > 0) return jsonError(429, "errors.diagnosis.rateLimited", { minutes: Math.ceil(wait / 60) });
  }

  // The history is read while the message is stored (two connections, one round trip); the new
  // message is appended in memory.
  const [saved, earlier] = await Promise.all([saveUserMessage(db, session, message.id, text), conversationOf(db, session.id)]);
  if (!saved) return jsonError(409, "errors.diagnosis.duplicate");

  const locale = session.locale === "en" ? "en" : "pl";
  const vehicle = describeVehicle(session.vehicle);
  const escalation = detectEscalation(text);
  const history: DiagnosisUIMessage[] = [...earlier, { id: message.id, role: "user", parts: [{ type: "text", text }] }];
  const assistantId = generateId();
  // Not awaited here: the model is called at once; saves of the streamed text and the final answer wait for it.
  const placeholder = startAssistantMessage(db, session.id, assistantId);
  placeholder.catch((error: unknown) => console.error("diagnosis: storing the answer's placeholder failed", error));

  let firstTokenAt: number | null = null;
  let streamed = "";
  let usedFallback = false;
  let usage: LanguageModelUsage | null = null;
  const progress = progressSaver(async (t) => {
    await placeholder;
    await saveAssistantProgress(db, session.id, assistantId, t);
  }, deps.progressEveryMs ?? 300);
  const configured = escalation ? null : deps.configured;
  const answeredBy = (): { provider: AiProviderKind; modelId: string } =>
    configured && !usedFallback
      ? { provider: configured.kind, modelId: configured.modelId }
      : { provider: "offline", modelId: OFFLINE_MODEL_ID };

  const stream = createUIMessageStream<DiagnosisUIMessage>({
    originalMessages: history,
    generateId: () => assistantId,
    execute: async ({ writer }) => {
      // Our own start, so parts written before the model streams (escalation) belong to this message.
      writer.write({ type: "start", messageId: assistantId, messageMetadata: { ...answeredBy(), fallback: false } });
      let model: LanguageModelV3;
      if (escalation) {
        await escalateSession(db, session, `keyword:${escalation.keyword}`, text);
        writer.write({ type: "data-escalation", data: { reason: "keyword", categories: await latestCategories(db, session.id) } });
        model = scriptedModel(ESCALATION_REPLY[locale]);
      } else if (configured) {
        model = withFallback(configured.model, deps.offline, {
          timeoutMs: deps.timeoutMs,
          onFallback: (reason) => {
            usedFallback = true;
            console.warn(
              `diagnosis: ${configured.kind} provider failed, the offline engine answers:`,
              reason instanceof Error ? reason.message : reason,
            );
            writer.write({ type: "data-notice", data: { kind: "fallback" } });
          },
        });
      } else {
        model = deps.offline;
      }

      const tools = {
        [DIAGNOSIS_TOOL]: tool({
          description:
            "Hand over the structured diagnosis once enough is known. The app shows it to the driver as a card; do not repeat it as text.",
          inputSchema: toolInputSchema,
          outputSchema: toolOutputSchema,
          execute: async (input, { toolCallId }) => {
            const { diagnosisId } = await recordDiagnosis(db, session, toolCallId, input);
            if (input.severity === "critical" && (await escalateSession(db, session, "severity:critical"))) {
              writer.write({ type: "data-escalation", data: { reason: "critical", categories: input.serviceCategories } });
            }
            return { diagnosisId };
          },
        }),
      };

      const result = streamText({
        model,
        system: systemPrompt({ locale, vehicle, workshopName: await workshopName(db, session) }),
        messages: await convertToModelMessages(history, { tools, ignoreIncompleteToolCalls: true }),
        tools,
        stopWhen: stepCountIs(3),
        // Failures are handled by falling back to the offline engine, not by retrying.
        maxRetries: 0,
        providerOptions: { pitstop: { locale, ...(vehicle ? { vehicle } : {}) } },
        onChunk: ({ chunk }) => {
          if (chunk.type !== "text-delta") return;
          firstTokenAt ??= performance.now();
          streamed += chunk.text;
          progress.schedule(streamed);
        },
        onError: ({ error }) => console.error("diagnosis: model stream failed", error),
      });
      writer.merge(
        result.toUIMessageStream<DiagnosisUIMessage>({
          sendStart: false,
          messageMetadata: ({ part }) => (part.type === "finish" ? { ...answeredBy(), fallback: usedFallback } : undefined),
          onError: () => "errors.diagnosis.modelFailed",
        }),
      );
      usage = await result.totalUsage;
    },
    onError: (error) => {
      console.error("diagnosis: answer failed", error);
      return "errors.diagnosis.modelFailed";
    },
    onFinish: async ({ responseMessage, outcome }) => {
      await progress.flush();
      await placeholder.catch(() => {});
      const by = answeredBy();
      const inputTokens = usage?.inputTokens ?? 0;
      const outputTokens = usage?.outputTokens ?? 0;
      const answer = responseMessage.parts.map((p) => (p.type === "text" ? p.text : "")).join("");
      try {
        await finishAssistantMessage(db, session, assistantId, {
          parts: responseMessage.parts as StoredMessagePart[],
          text: answer,
          state: outcome.status === "failed" || !answer ? "error" : "complete",
          provider: by.provider,
          modelId: by.modelId,
          fallback: usedFallback,
          inputTokens,
          outputTokens,
          costUsdMicros: costUsdMicros(by.provider, by.modelId, inputTokens, outputTokens),
          latencyMs: firstTokenAt === null ? null : Math.round(firstTokenAt - received),
          durationMs: Math.round(performance.now() - received),
        });
      } catch (error) {
        console.error("diagnosis: storing the answer failed", error);
      }
    },
  });
  return createUIMessageStreamResponse({ stream, consumeSseStream: consumeStream });
}
