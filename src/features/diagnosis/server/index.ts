// What other features and the app may use of the diagnosis domain on the server.
export { diagnosisRouter } from "./router";
export { handleChat, CHAT_LIMIT_GUEST, CHAT_LIMIT_GUEST_IP, CHAT_LIMIT_USER, type ChatDeps, type ChatCaller } from "./chat";
export { offlineModel, scriptedModel, OFFLINE_MODEL_ID } from "./offline-model";
export { latestDiagnosisOf, type AttachedDiagnosis } from "./queries";
