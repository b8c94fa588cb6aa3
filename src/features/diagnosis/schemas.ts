import { z } from "zod";
import { SERVICE_CATEGORIES } from "@/features/workshops/schemas";
import { MESSAGE_MAX_CHARS, SESSION_STATUSES, SEVERITIES, URGENCIES, type SENTIMENTS } from "./constants";

/** Messages are i18n keys (src/i18n/messages/<locale>/validation.json). */

export { SERVICE_CATEGORIES };
export const severitySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof severitySchema>;
export const urgencySchema = z.enum(URGENCIES);
export type Urgency = z.infer<typeof urgencySchema>;
export const sessionStatusSchema = z.enum(SESSION_STATUSES);
export type SessionStatus = z.infer<typeof sessionStatusSchema>;
export type Sentiment = (typeof SENTIMENTS)[number];
export const serviceCategorySchema = z.enum(SERVICE_CATEGORIES);
export type ServiceCategory = z.infer<typeof serviceCategorySchema>;

/** A generic OBD-II trouble code as SAE J2012 writes it: P/B/C/U, then 4 hex digits (first 0–3). */
export const DTC_PATTERN = /^[PBCU][0-3][0-9A-F]{3}$/;
export const dtcCodeSchema = z.string().trim().toUpperCase().regex(DTC_PATTERN, { error: "validation.diagnosis.dtc" });

/** One possible cause on the card: probability 0–1, urgency on the severity scale. */
export const causeSchema = z.object({
  cause: z.string().trim().min(1).max(200).describe("The cause in the customer's language, e.g. 'Worn brake pads'"),
  probability: z.number().min(0).max(1).describe("Probability 0–1; causes are listed most likely first"),
  urgency: urgencySchema.describe("How soon this cause needs attention: low | medium | high | critical"),
});
export type Cause = z.infer<typeof causeSchema>;

/** A symptom as structured data: what, where, since when, under which conditions. */
export const symptomSchema = z.object({
  symptom: z.string().trim().min(1).max(200).describe("What the driver notices, e.g. 'grinding noise when braking'"),
  location: z.string().trim().max(100).optional().describe("Where on the car, e.g. 'front left wheel'"),
  since: z.string().trim().max(100).optional().describe("Since when, e.g. 'two weeks'"),
  conditions: z.string().trim().max(200).optional().describe("When it happens, e.g. 'worse in the rain'"),
});
export type Symptom = z.infer<typeof symptomSchema>;

/**
 * What the model hands over through the `submitDiagnosis` tool (and the offline engine builds).
 * Costs are whole PLN (models handle these better than grosze); the service stores grosze.
 * Service categories are the workshops' (`SERVICE_CATEGORIES`), so "find a workshop" can filter by them.
 */
export const diagnosisInputSchema = z
  .object({
    summary: z.string().trim().min(1).max(600).describe("Two or three sentences for the driver, in their language"),
    symptoms: z.array(symptomSchema).max(12).describe("Symptoms collected in the conversation"),
    dtcCodes: z.array(dtcCodeSchema).max(12).describe("OBD-II codes the driver reported, e.g. P0301"),
    causes: z.array(causeSchema).min(1).max(6).describe("Possible causes, most likely first"),
    severity: severitySchema.describe("low: can wait · medium: book a visit · high: repair soon · critical: stop driving"),
    recommendedActions: z.array(z.string().trim().min(1).max(300)).min(1).max(6).describe("Next steps, most important first"),
    costMinPln: z.number().int().min(0).max(1_000_000).describe("Lower end of parts + labour, whole PLN"),
    costMaxPln: z.number().int().min(0).max(1_000_000).describe("Upper end of parts + labour, whole PLN"),
    urgentVisit: z.boolean().describe("True when the car should see a workshop within days"),
    confidence: z.number().min(0).max(1).describe("How sure the diagnosis is, 0–1"),
    serviceCategories: z.array(serviceCategorySchema).min(1).max(4).describe("Workshop services that fix this"),
  })
  .refine((d) => d.costMinPln <= d.costMaxPln, { error: "validation.diagnosis.costRange", path: ["costMaxPln"] });
export type DiagnosisInput = z.infer<typeof diagnosisInputSchema>;

/** A vehicle a guest types (or the garage vehicle's fields): make and model required. */
export const typedVehicleSchema = z.object({
  make: z.string().trim().min(1, { error: "validation.vehicle.make" }).max(60),
  model: z.string().trim().min(1, { error: "validation.vehicle.model" }).max(60),
  year: z.number().int().min(1950).max(2100).optional(),
  fuel: z.string().trim().max(20).optional(),
  engine: z.string().trim().max(60).optional(),
});
export type TypedVehicle = z.infer<typeof typedVehicleSchema>;

/** `diagnosis.start`: a garage vehicle (customers) or a typed one (anyone), optionally from a workshop's page. */
export const startSessionInput = z.object({
  vehicleId: z.uuid().optional(),
  vehicle: typedVehicleSchema.optional(),
  workshopSlug: z.string().trim().min(1).max(120).optional(),
  locale: z.enum(["pl", "en"]),
});
export type StartSessionInput = z.infer<typeof startSessionInput>;

export const sessionIdInput = z.object({ sessionId: z.uuid({ error: "validation.invalid" }) });

/** `diagnosis.rate` (seed 000, `ChatFeedback`): rating 1–5, helpful, would use again, optional comment. */
export const rateSessionInput = z.object({
  sessionId: z.uuid({ error: "validation.invalid" }),
  rating: z
    .number({ error: "validation.diagnosis.rating" })
    .int()
    .min(1, { error: "validation.diagnosis.rating" })
    .max(5, { error: "validation.diagnosis.rating" }),
  helpful: z.boolean(),
  wouldUseAgain: z.boolean(),
  comment: z.string().trim().max(1000, { error: "validation.diagnosis.comment" }).optional(),
});
export type RateSessionInput = z.infer<typeof rateSessionInput>;

export const historyInput = z.object({
  cursor: z.iso.datetime().optional(),
  limit: z.number().int().min(1).max(50).default(20),
});

/** The customer's message text: 1–2,000 characters. */
export const messageTextSchema = z
  .string()
  .trim()
  .min(1, { error: "validation.diagnosis.messageEmpty" })
  .max(MESSAGE_MAX_CHARS, { error: "validation.diagnosis.messageTooLong" });

/**
 * Body of `POST /api/diagnosis/chat` (sent by `useChat` through `prepareSendMessagesRequest`):
 * the session and only the new user message; the server holds the history.
 */
export const chatRequestSchema = z.object({
  sessionId: z.uuid({ error: "validation.invalid" }),
  message: z.object({
    id: z.string().min(1).max(100),
    role: z.literal("user"),
    parts: z.array(z.object({ type: z.literal("text"), text: messageTextSchema })).length(1),
  }),
});
export type ChatRequest = z.infer<typeof chatRequestSchema>;
