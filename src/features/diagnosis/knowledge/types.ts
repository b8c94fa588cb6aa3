import { z } from "zod";
import { SEVERITIES } from "../constants";
import { SERVICE_CATEGORIES, type DiagnosisInput } from "../schemas";

/**
 * Shapes of the offline knowledge base (data files in `./data`, validated with these schemas on load).
 * All texts are in Polish and English; costs are whole PLN for parts + labour in a Polish independent
 * workshop (see `sources.json` for where figures come from).
 */

export const localizedSchema = z.object({ pl: z.string().min(1), en: z.string().min(1) });
export type Localized = z.infer<typeof localizedSchema>;

const severity = z.enum(SEVERITIES);
const category = z.enum(SERVICE_CATEGORIES);
const pln = z.number().int().min(0).max(200_000);
export const costRangeSchema = z.tuple([pln, pln]).refine(([a, b]) => a <= b, "cost range min > max");

/** A ranked possible cause. `id` is stable (snake_case) so questions can re-weight it. */
export const knowledgeCauseSchema = z.object({
  id: z.string().regex(/^[a-z0-9_]+$/),
  cause: localizedSchema,
  /** Prior probability 0–1 given the code/pattern; a list is ordered most likely first. */
  probability: z.number().min(0).max(1),
  urgency: severity,
  /** Typical repair cost for this cause, whole PLN [min, max]. */
  costPln: costRangeSchema,
  category,
});
export type KnowledgeCause = z.infer<typeof knowledgeCauseSchema>;

/** One generic OBD-II code (SAE J2012 / ISO 15031-6 generic range). */
export const dtcEntrySchema = z.object({
  code: z.string().regex(/^[PBCU][0-3][0-9A-F]{3}$/),
  title: localizedSchema,
  causes: z.array(knowledgeCauseSchema).min(1).max(6),
  severity,
  /** When true, the car should not be driven (e.g. flashing MIL misfire, overheating, oil pressure). */
  stopDriving: z.boolean().default(false),
  advice: z.array(localizedSchema).min(1).max(5),
  categories: z.array(category).min(1).max(3),
  /** Ids from sources.json. */
  sources: z.array(z.string()).min(1),
});
export type DtcEntry = z.infer<typeof dtcEntrySchema>;

export const sourceSchema = z.object({ id: z.string(), title: z.string(), url: z.string().optional(), note: z.string().optional() });
export type KnowledgeSource = z.infer<typeof sourceSchema>;

/**
 * Keywords matched against the customer's text after lower-casing and removing Polish diacritics
 * ("hamowanie" ~ "hamowanie", "zgrzyt" ~ "zgrzyt"). Each entry is a word stem or phrase; a pattern
 * matches when any entry of `any` matches (and, if given, any entry of `with` too).
 */
export const matcherSchema = z.object({
  any: z.array(z.string().min(2)).min(1),
  with: z.array(z.string().min(2)).optional(),
});

/** An answer to a question, recognised in the reply and re-weighting causes (multipliers). */
export const answerSchema = z.object({
  id: z.string(),
  match: z.object({ pl: matcherSchema, en: matcherSchema }),
  /** causeId → multiplier applied to its weight (e.g. 2 = twice as likely, 0.2 = much less). */
  weights: z.record(z.string(), z.number().min(0).max(20)).default({}),
  /** Raises the severity to at least this level (e.g. a flashing warning light → critical). */
  severityAtLeast: severity.optional(),
  /** Structured fact recorded on the diagnosis, e.g. location "front left", since "a week". */
  fact: z.object({ field: z.enum(["location", "since", "conditions"]), value: localizedSchema }).optional(),
  /**
   * Recognised only in the driver's direct reply to this question, never in other text: short replies
   * ("tak", "no", "nie wiem") mean something only right after the question.
   */
  replyOnly: z.boolean().optional(),
});
export type Answer = z.infer<typeof answerSchema>;
export type Matcher = z.infer<typeof matcherSchema>;

export const questionSchema = z.object({
  id: z.string().regex(/^[a-z0-9_]+$/),
  text: localizedSchema,
  answers: z.array(answerSchema).min(1),
  /**
   * OBD-II code prefixes (e.g. "P030" for misfires) for which this is the key question: the engine asks it
   * before diagnosing such a code, and diagnoses once it is answered.
   */
  keyForCodes: z.array(z.string().regex(/^[PBCU][0-9A-F]{0,4}$/)).optional(),
});
export type Question = z.infer<typeof questionSchema>;

/** A symptom pattern (noise, smell, warning light, leak, vibration, starting, charging, …). */
export const symptomPatternSchema = z.object({
  id: z.string().regex(/^[a-z0-9_]+$/),
  kind: z.enum(["noise", "smell", "warning_light", "leak", "vibration", "starting", "charging", "handling", "performance", "other"]),
  label: localizedSchema,
  match: z.object({ pl: matcherSchema, en: matcherSchema }),
  causes: z.array(knowledgeCauseSchema).min(1).max(6),
  severity,
  stopDriving: z.boolean().default(false),
  advice: z.array(localizedSchema).min(1).max(5),
  categories: z.array(category).min(1).max(3),
  /** Question ids (questions.json) worth asking for this pattern. */
  questions: z.array(z.string()),
  sources: z.array(z.string()).min(1),
});
export type SymptomPattern = z.infer<typeof symptomPatternSchema>;

/** The conversation as the engine sees it (plain text of each turn, oldest first). */
export type EngineTurn = { role: "user" | "assistant"; text: string };

export type EngineInput = {
  turns: EngineTurn[];
  locale: "pl" | "en";
  /** e.g. "Toyota Corolla 2015, petrol" — used only for wording. */
  vehicle?: string;
};

/**
 * What the engine answers next:
 * - question: ask the most informative question (text in the locale);
 * - diagnosis: enough is known; `text` introduces the card, `diagnosis` is the tool input;
 * - clarify: nothing recognised yet; ask the driver to describe symptoms or read codes.
 */
export type EngineReply =
  | { kind: "question"; questionId: string; text: string }
  | { kind: "diagnosis"; text: string; diagnosis: DiagnosisInput }
  | { kind: "clarify"; text: string };
