import type { UIMessage } from "ai";
import type { AI_PROVIDER_KINDS } from "./constants";
import type { DiagnosisInput, ServiceCategory } from "./schemas";

export type AiProviderKind = (typeof AI_PROVIDER_KINDS)[number];

/** Metadata of an assistant message: who answered and whether the offline engine stood in. */
export type DiagnosisMessageMetadata = { provider?: AiProviderKind; modelId?: string; fallback?: boolean };

/** Data parts the server adds to an answer. */
export type DiagnosisDataParts = {
  /** The configured provider failed or timed out; the offline engine answered. */
  notice: { kind: "fallback" };
  /** The session was escalated (the customer asked for a person, or the diagnosis is critical). */
  escalation: { reason: "keyword" | "critical"; categories: ServiceCategory[] };
};

/** The diagnosis tool as the UI sees it: the card is rendered from `input`. */
export type DiagnosisTools = {
  submitDiagnosis: { input: DiagnosisInput; output: { diagnosisId: string } };
};

/** A chat message end to end: stored in `diagnosis_messages.parts`, streamed, rendered by `useChat`. */
export type DiagnosisUIMessage = UIMessage<DiagnosisMessageMetadata, DiagnosisDataParts, DiagnosisTools>;
