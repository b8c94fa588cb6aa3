// What other features and pages may import from the diagnosis domain (client-safe).
export { DiagnosisAssistant, type GarageChoice } from "./components/diagnosis-assistant";
export { DiagnosisHistory } from "./components/diagnosis-history";
export { DiagnosisCard, workshopSearchHref } from "./components/diagnosis-card";
export { SEVERITIES, SESSION_STATUSES, MESSAGE_MAX_CHARS } from "./constants";
export { diagnosisInputSchema, type DiagnosisInput } from "./schemas";
export type { AiProviderKind, DiagnosisUIMessage } from "./types";
