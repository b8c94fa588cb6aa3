import "server-only";
import type {
  LanguageModelV3,
  LanguageModelV3CallOptions,
  LanguageModelV3Content,
  LanguageModelV3Prompt,
  LanguageModelV3StreamPart,
  LanguageModelV3StreamResult,
  LanguageModelV3Usage,
} from "@ai-sdk/provider";
import { DIAGNOSIS_TOOL } from "../constants";
import { respond, type EngineTurn } from "../knowledge";

export const OFFLINE_MODEL_ID = "pitstop-offline-kb-1";
export const OFFLINE_PROVIDER = "pitstop.offline";

/** What the route passes the offline engine through `providerOptions.pitstop`. */
export type OfflineProviderOptions = { locale?: "pl" | "en"; vehicle?: string };

const CLOSING: Record<"pl" | "en", string> = {
  pl: "Karta powyżej zbiera wszystko, co ustaliliśmy. To wstępna ocena na podstawie opisu, a nie ostateczna diagnoza — potwierdzi ją dopiero mechanik przy samochodzie. Jeśli coś się zmieni albo pojawią się nowe objawy, napisz.",
  en: "The card above sums up what we found. It is a first assessment from your description, not a definitive diagnosis — only a mechanic looking at the car can confirm it. Tell me if anything changes or new symptoms appear.",
};

/** Roughly 4 characters per token, the usual rule of thumb for English and Polish BPE tokenisers. */
const tokens = (text: string) => Math.ceil(text.length / 4);

function usage(input: number, output: number): LanguageModelV3Usage {
  return {
    inputTokens: { total: input, noCache: input, cacheRead: 0, cacheWrite: 0 },
    outputTokens: { total: output, text: output, reasoning: 0 },
  };
}

function promptToTurns(prompt: LanguageModelV3Prompt): { turns: EngineTurn[]; afterDiagnosis: boolean; promptText: string } {
  const turns: EngineTurn[] = [];
  let promptText = "";
  for (const message of prompt) {
    if (message.role === "system") {
      promptText += message.content;
      continue;
    }
    if (message.role === "tool") continue;
    const text = message.content
      .map((part) => (part.type === "text" ? part.text : ""))
      .join("")
      .trim();
    promptText += text;
    if (text) turns.push({ role: message.role, text });
  }
  const last = prompt.at(-1);
  const afterDiagnosis =
    last?.role === "tool" && last.content.some((part) => part.type === "tool-result" && part.toolName === DIAGNOSIS_TOOL);
  return { turns, afterDiagnosis, promptText };
}

function readOptions(call: LanguageModelV3CallOptions): OfflineProviderOptions {
  const raw = call.providerOptions?.pitstop as Record<string, unknown> | undefined;
  return {
    locale: raw?.locale === "en" ? "en" : raw?.locale === "pl" ? "pl" : undefined,
    vehicle: typeof raw?.vehicle === "string" ? raw.vehicle : undefined,
  };
}

type Planned = { text: string; toolCall: { id: string; input: string } | null; inputTokens: number };

function plan(call: LanguageModelV3CallOptions): Planned {
  const { turns, afterDiagnosis, promptText } = promptToTurns(call.prompt);
  const options = readOptions(call);
  const locale = options.locale ?? "pl";
  const inputTokens = tokens(promptText);
  if (afterDiagnosis) return { text: CLOSING[locale], toolCall: null, inputTokens };
  const reply = respond({ turns, locale, vehicle: options.vehicle });
  const canCallTool = call.tools?.some((t) => t.name === DIAGNOSIS_TOOL) ?? false;
  if (reply.kind === "diagnosis" && canCallTool) {
    return { text: reply.text, toolCall: { id: `offline-${crypto.randomUUID()}`, input: JSON.stringify(reply.diagnosis) }, inputTokens };
  }
  return { text: reply.text, toolCall: null, inputTokens };
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });

function generated(planned: Planned) {
  const content: LanguageModelV3Content[] = [{ type: "text", text: planned.text }];
  if (planned.toolCall)
    content.push({ type: "tool-call", toolCallId: planned.toolCall.id, toolName: DIAGNOSIS_TOOL, input: planned.toolCall.input });
  return {
    content,
    finishReason: { unified: planned.toolCall ? ("tool-calls" as const) : ("stop" as const), raw: undefined },
    usage: usage(planned.inputTokens, tokens(planned.text) + tokens(planned.toolCall?.input ?? "")),
    response: { id: `offline-${crypto.randomUUID()}`, modelId: OFFLINE_MODEL_ID, timestamp: new Date() },
    warnings: [],
  };
}

/** Streams a planned answer word by word with real v3 stream parts (text, then the tool call if any). */
function streamed(planned: Planned, wordDelayMs: number, signal: AbortSignal | undefined): LanguageModelV3StreamResult {
  const words = planned.text.match(/\S+\s*/g) ?? [];
  const textId = "t0";
  const stream = new ReadableStream<LanguageModelV3StreamPart>({
    async start(controller) {
      try {
        controller.enqueue({ type: "stream-start", warnings: [] });
        controller.enqueue({
          type: "response-metadata",
          id: `offline-${crypto.randomUUID()}`,
          modelId: OFFLINE_MODEL_ID,
          timestamp: new Date(),
        });
        controller.enqueue({ type: "text-start", id: textId });
        for (const [i, word] of words.entries()) {
          if (i > 0 && wordDelayMs > 0) await sleep(wordDelayMs, signal);
          controller.enqueue({ type: "text-delta", id: textId, delta: word });
        }
        controller.enqueue({ type: "text-end", id: textId });
        if (planned.toolCall) {
          const { id, input } = planned.toolCall;
          controller.enqueue({ type: "tool-input-start", id, toolName: DIAGNOSIS_TOOL });
          controller.enqueue({ type: "tool-input-delta", id, delta: input });
          controller.enqueue({ type: "tool-input-end", id });
          controller.enqueue({ type: "tool-call", toolCallId: id, toolName: DIAGNOSIS_TOOL, input });
        }
        controller.enqueue({
          type: "finish",
          finishReason: { unified: planned.toolCall ? "tool-calls" : "stop", raw: undefined },
          usage: usage(planned.inputTokens, tokens(planned.text) + tokens(planned.toolCall?.input ?? "")),
        });
        controller.close();
      } catch (error) {
        controller.error(error);
      }
    },
  });
  return { stream };
}

/**
 * The offline AI mechanic as an AI SDK language model (specification v3: `doGenerate` and `doStream`
 * with real stream parts), so it streams through exactly the same `streamText` path as OpenAI.
 * Behind it is the curated knowledge base in `../knowledge` (OBD-II codes, symptom patterns). It reads
 * the conversation from the prompt, asks the most informative next question, and when it knows
 * enough calls the `submitDiagnosis` tool with a schema-valid diagnosis. After the tool result it
 * closes with a short note. `wordDelayMs` paces the words like a remote model would (0 in tests).
 */
export function offlineModel(options: { wordDelayMs?: number } = {}): LanguageModelV3 {
  return plannedModel(plan, options.wordDelayMs ?? 12);
}

/** A model that always answers `text` (the escalation reply), streamed like the offline engine's answers. */
export function scriptedModel(text: string, options: { wordDelayMs?: number } = {}): LanguageModelV3 {
  const planner = (call: LanguageModelV3CallOptions): Planned => ({
    text,
    toolCall: null,
    inputTokens: tokens(promptToTurns(call.prompt).promptText),
  });
  return plannedModel(planner, options.wordDelayMs ?? 12);
}

function plannedModel(planner: (call: LanguageModelV3CallOptions) => Planned, wordDelayMs: number): LanguageModelV3 {
  return {
    specificationVersion: "v3",
    provider: OFFLINE_PROVIDER,
    modelId: OFFLINE_MODEL_ID,
    supportedUrls: {},
    doGenerate: async (call) => generated(planner(call)),
    doStream: async (call) => streamed(planner(call), wordDelayMs, call.abortSignal),
  };
}
