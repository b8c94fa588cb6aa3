/**
 * The offline knowledge engine of the AI mechanic: OBD-II codes and symptom patterns as data, and a
 * pure engine that reads a conversation and decides what to say next. Server-side (the data is large).
 */
export { respond } from "./engine";
export { knowledge, lookupDtc, buildKnowledge, type KnowledgeBase } from "./knowledge";
export { extractDtcCodes, matchPatterns } from "./extract";
export { detectSentiment } from "./sentiment";
export { detectEscalation } from "./escalation";
export { normalizeText } from "./normalize";
export type {
  Answer,
  DtcEntry,
  EngineInput,
  EngineReply,
  EngineTurn,
  KnowledgeCause,
  KnowledgeSource,
  Localized,
  Question,
  SymptomPattern,
} from "./types";
