export {
  configuredModel,
  providerKind,
  DEFAULT_OPENAI_MODEL,
  DEFAULT_COMPATIBLE_MODEL,
  type ConfiguredModel,
  type AiEnv,
} from "./provider";
export { withFallback, type FallbackModel, type FallbackOptions } from "./fallback";
export { costUsdMicros, PRICES_USD_PER_MTOK } from "./pricing";
