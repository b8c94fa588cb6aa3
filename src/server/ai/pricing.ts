/**
 * Per-model prices for the cost column of `message_sent` events and `diagnosis_messages`.
 * Source: OpenAI's public API price list (standard tier, USD per 1M tokens), as published in 2025–2026.
 * Models run on your own hardware (OpenAI-compatible servers) and the offline engine cost nothing per token.
 */
export const PRICES_USD_PER_MTOK: Record<string, { input: number; output: number }> = {
  "gpt-4o-mini": { input: 0.15, output: 0.6 },
  "gpt-4o": { input: 2.5, output: 10 },
  "gpt-4.1": { input: 2, output: 8 },
  "gpt-4.1-mini": { input: 0.4, output: 1.6 },
  "gpt-4.1-nano": { input: 0.1, output: 0.4 },
  "gpt-5": { input: 1.25, output: 10 },
  "gpt-5-mini": { input: 0.25, output: 2 },
  "gpt-5-nano": { input: 0.05, output: 0.4 },
  "o4-mini": { input: 1.1, output: 4.4 },
};

/**
 * Cost of one answer in millionths of a US dollar (integer).
 * Takes the provider kind, model id (dated snapshots such as "gpt-4o-mini-2024-07-18" use their base
 * model's price) and token counts; returns 0 for local and offline models and for unknown models.
 */
export function costUsdMicros(
  provider: "openai" | "compatible" | "offline",
  modelId: string,
  inputTokens: number,
  outputTokens: number,
): number {
  if (provider !== "openai") return 0;
  const price = PRICES_USD_PER_MTOK[modelId] ?? PRICES_USD_PER_MTOK[modelId.replace(/-\d{4}-\d{2}-\d{2}$/, "")];
  if (!price) return 0;
  return Math.round(inputTokens * price.input + outputTokens * price.output);
}
