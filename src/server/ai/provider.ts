import { createOpenAI } from "@ai-sdk/openai";
import type { LanguageModelV3 } from "@ai-sdk/provider";

export type ConfiguredModel = { kind: "openai" | "compatible"; modelId: string; model: LanguageModelV3 };

export type AiEnv = { OPENAI_API_KEY?: string; OPENAI_BASE_URL?: string; OPENAI_MODEL?: string };

export const DEFAULT_OPENAI_MODEL = "gpt-4o-mini";
/** Ollama's common default; local servers name their models, so set OPENAI_MODEL to what yours serves. */
export const DEFAULT_COMPATIBLE_MODEL = "llama3.1";

/**
 * The language model the environment configures, or null when none is (then the offline engine answers).
 * - `OPENAI_BASE_URL` set (key optional): an OpenAI-compatible server through the Chat Completions API,
 *   which Ollama, vLLM and llama.cpp all implement.
 * - only `OPENAI_API_KEY` set: OpenAI through its Responses API (`@ai-sdk/openai`'s default).
 * `OPENAI_MODEL` picks the model in both cases.
 */
export function configuredModel(env: AiEnv): ConfiguredModel | null {
  if (env.OPENAI_BASE_URL) {
    const provider = createOpenAI({ baseURL: env.OPENAI_BASE_URL, apiKey: env.OPENAI_API_KEY ?? "not-needed", name: "openai-compatible" });
    const modelId = env.OPENAI_MODEL ?? DEFAULT_COMPATIBLE_MODEL;
    return { kind: "compatible", modelId, model: provider.chat(modelId) };
  }
  if (env.OPENAI_API_KEY) {
    const provider = createOpenAI({ apiKey: env.OPENAI_API_KEY });
    const modelId = env.OPENAI_MODEL ?? DEFAULT_OPENAI_MODEL;
    return { kind: "openai", modelId, model: provider(modelId) };
  }
  return null;
}

/** Which provider answers, without building it (for labels such as "offline engine" in the UI). */
export function providerKind(env: AiEnv): "openai" | "compatible" | "offline" {
  if (env.OPENAI_BASE_URL) return "compatible";
  if (env.OPENAI_API_KEY) return "openai";
  return "offline";
}
