// What other features and the app may use of the messaging domain on the server.
export { messagingRouter } from "./router";
export { isConversationParticipant, participantOf, type Participant } from "./access";
export { recordPresenceEvents, type PresenceWebhookEvent } from "./presence";
export { saveUpload, readAttachment, UPLOAD_LIMIT } from "./attachments";
export { unreadEmailJob, aiModerationJob, unreadEmailSteps, aiModerationSteps, type UnreadEmailDeps } from "./jobs";
export { claimUnreadDigest, renderUnreadDigest } from "./unread-email";
export { SEND_LIMIT, sendProposal } from "./send";
export { bookingThreadOf, postSystemMessage, lockPendingProposal, settleProposal, publishProposal } from "./booking-thread";
