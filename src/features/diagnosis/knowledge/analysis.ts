/**
 * What the offline engine derives from a conversation (codes, symptoms, questions asked and answered,
 * the weighted causes) and how informative a question would be. See `./engine.ts` for the method.
 */
import { SEVERITIES } from "../constants";
import type { Severity } from "../schemas";
import { DONT_KNOW, extractDtcCodes, matchPatternWords, recogniseAnswerWords } from "./extract";
import { type KnowledgeBase } from "./knowledge";
import { normalizeText, tokenizeNormalized } from "./normalize";
import type { Answer, DtcEntry, EngineInput, KnowledgeCause, Localized, Question, SymptomPattern } from "./types";
import { LEAD_IN_NORMALISED, type Locale } from "./texts";

export const MAX_QUESTIONS = 3;
export const CONFIDENT_TOP = 0.6;
/** Below this expected gain (bits) a question cannot meaningfully change the ranking. */
export const MIN_GAIN_BITS = 0.02;
/** Causes at or above this probability count towards the upper end of the cost range. */
export const COST_PROBABILITY = 0.15;
/** Questions every conversation may use, after the patterns' own, in this order. */
export const GENERIC_QUESTIONS = ["since_when", "warning_lights", "obd_codes"];
/** Answered as soon as the driver gives any code, whatever the wording. */
export const OBD_QUESTION = "obd_codes";
/** Asked when the only thing known is a code the offline base does not have. */
export const OTHER_SYMPTOMS_QUESTION = "other_symptoms";
export const MAX_ACTIONS = 5;
export const MAX_SYMPTOMS = 12;
export const MAX_CODES = 12;

export const severityRank = (s: Severity) => SEVERITIES.indexOf(s);
export const maxSeverity = (a: Severity, b: Severity): Severity => (severityRank(a) >= severityRank(b) ? a : b);

export type PreparedTurn = { index: number; role: "user" | "assistant"; norm: string; words: string[]; text: string };
export type AskedQuestion = { question: Question; turnIndex: number; reply: PreparedTurn | null; answers: Answer[] };
/** A candidate cause with its current probability. */
export type WeightedCause = { cause: KnowledgeCause; p: number };

/** Everything the engine derives from a conversation; the reply is built from it. */
export type Analysis = {
  locale: Locale;
  vehicle: string | null;
  userTurns: PreparedTurn[];
  /** Index of the last assistant turn that delivered a diagnosis, or -1. */
  lastDiagnosisIndex: number;
  codes: string[];
  knownCodes: DtcEntry[];
  unknownCodes: string[];
  patterns: SymptomPattern[];
  /** Patterns and codes first mentioned in the latest user turn. */
  newInLastTurn: { patterns: SymptomPattern[]; codes: string[] };
  newSinceDiagnosis: boolean;
  /** The latest user turn answered something (any question) or described something new. */
  lastTurnRecognised: boolean;
  asked: AskedQuestion[];
  /** Questions considered for this conversation, in the order they are preferred on a tie. */
  candidates: Question[];
  /** Ids of the candidates that belong to the recognised codes and patterns (not the generic ones). */
  specific: Set<string>;
  /** Recognised answers by question id (direct replies and answers already present in the driver's text). */
  answers: Map<string, Answer[]>;
  answered: Set<string>;
  keyQuestions: Question[];
  distribution: WeightedCause[];
  severity: Severity;
  stopDriving: boolean;
  facts: Record<"location" | "since" | "conditions", Localized[]>;
};

export function prepare(input: EngineInput): PreparedTurn[] {
  return input.turns.map((turn, index) => {
    const norm = normalizeText(turn.text);
    return { index, role: turn.role, text: turn.text, norm, words: tokenizeNormalized(norm) };
  });
}

export function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function isManufacturerCode(code: string): boolean {
  // SAE J2012: P1xxx and P30xx–P33xx, and B/C/U with 1 or 2 after the letter, are manufacturer-controlled.
  const [system, first, second] = code;
  if (system === "P") return first === "1" || (first === "3" && second !== undefined && "0123".includes(second));
  return first === "1" || first === "2";
}

export function codeMatchesPrefix(code: string, prefixes: readonly string[] | undefined): boolean {
  return !!prefixes && prefixes.some((prefix) => code.startsWith(prefix));
}

export function analyse(input: EngineInput, kb: KnowledgeBase): Analysis {
  const turns = prepare(input);
  const userTurns = turns.filter((t) => t.role === "user");
  const lastUser = userTurns.at(-1);

  let lastDiagnosisIndex = -1;
  for (const turn of turns) {
    if (turn.role === "assistant" && LEAD_IN_NORMALISED.some((lead) => turn.norm.includes(lead))) lastDiagnosisIndex = turn.index;
  }

  // Codes and patterns in order of first mention.
  const codes: string[] = [];
  const patterns: SymptomPattern[] = [];
  const firstSeen = new Map<string, number>();
  for (const turn of userTurns) {
    for (const code of extractDtcCodes(turn.text)) {
      if (!codes.includes(code)) {
        codes.push(code);
        firstSeen.set(`code:${code}`, turn.index);
      }
    }
    for (const pattern of matchPatternWords(turn.words, kb)) {
      if (!patterns.includes(pattern)) {
        patterns.push(pattern);
        firstSeen.set(`pattern:${pattern.id}`, turn.index);
      }
    }
  }
  if (patterns.length === 0 && userTurns.length > 1) {
    // A description spread over several messages ("coś piszczy" … "przy hamowaniu").
    const words = userTurns.flatMap((t) => t.words);
    for (const pattern of matchPatternWords(words, kb)) {
      patterns.push(pattern);
      firstSeen.set(`pattern:${pattern.id}`, lastUser?.index ?? 0);
    }
  }
  const knownCodes = codes.map((c) => kb.lookupDtc(c)).filter((e): e is DtcEntry => e !== undefined);
  const unknownCodes = codes.filter((c) => !kb.lookupDtc(c));
  const lastIndex = lastUser?.index ?? -1;
  const newInLastTurn = {
    patterns: patterns.filter((p) => firstSeen.get(`pattern:${p.id}`) === lastIndex),
    codes: codes.filter((c) => firstSeen.get(`code:${c}`) === lastIndex),
  };
  const newSinceDiagnosis = [...firstSeen.values()].some((index) => index > lastDiagnosisIndex);

  // Questions already asked: an assistant turn containing the question's text, answered by the next user turn.
  const asked: AskedQuestion[] = [];
  for (const turn of turns) {
    if (turn.role !== "assistant") continue;
    for (const compiled of kb.compiled.questionsIn(turn.norm)) {
      const reply = turns.find((t) => t.index > turn.index && t.role === "user") ?? null;
      const direct = reply ? recogniseAnswerWords(reply.words, compiled, true) : [];
      asked.push({ question: compiled.question, turnIndex: turn.index, reply, answers: direct });
    }
  }

  const keyQuestions = [...kb.questions.values()].filter((q) => knownCodes.some((entry) => codeMatchesPrefix(entry.code, q.keyForCodes)));
  const candidateIds: string[] = keyQuestions.map((q) => q.id);
  for (const pattern of patterns) candidateIds.push(...pattern.questions);
  const specificCount = uniqueBy(candidateIds, (id) => id).length;
  if (patterns.length === 0 && knownCodes.length === 0 && unknownCodes.length > 0) candidateIds.push(OTHER_SYMPTOMS_QUESTION);
  candidateIds.push(...GENERIC_QUESTIONS);
  const candidates = uniqueBy(
    candidateIds.map((id) => kb.questions.get(id)).filter((q): q is Question => q !== undefined),
    (q) => q.id,
  );
  const specific = new Set(uniqueBy(candidateIds, (id) => id).slice(0, specificCount));

  // Answers: the direct reply to an asked question, plus answers already in the driver's own words.
  const answers = new Map<string, Answer[]>();
  let lastTurnRecognised = newInLastTurn.patterns.length > 0 || newInLastTurn.codes.length > 0;
  const considered = uniqueBy([...candidates, ...asked.map((a) => a.question)], (q) => q.id);
  for (const question of considered) {
    const compiled = kb.compiled.questions.get(question.id);
    if (!compiled) continue;
    const direct = asked.filter((a) => a.question.id === question.id);
    const found: Answer[] = direct.flatMap((a) => a.answers);
    if (direct.some((a) => a.reply?.index === lastIndex && a.answers.length > 0)) lastTurnRecognised = true;
    for (const turn of userTurns) {
      const implicit = recogniseAnswerWords(turn.words, compiled, false);
      if (turn.index === lastIndex && implicit.length > 0) lastTurnRecognised = true;
      found.push(...implicit);
    }
    const unique = uniqueBy(found, (a) => a.id);
    const informative = unique.filter((a) => a.id !== DONT_KNOW);
    const chosen = informative.length > 0 ? informative : unique;
    if (chosen.length > 0) answers.set(question.id, chosen);
  }
  const answered = new Set(answers.keys());
  if (codes.length > 0) answered.add(OBD_QUESTION);

  // Candidate causes: priors of codes and patterns, re-weighted by every recognised answer.
  const weights = new Map<string, { cause: KnowledgeCause; weight: number }>();
  for (const source of [...knownCodes, ...patterns]) {
    for (const cause of source.causes) {
      const entry = weights.get(cause.id);
      // A zero prior still deserves a place on the list once evidence points at it.
      const prior = Math.max(cause.probability, 0.01);
      if (entry) entry.weight += prior;
      else weights.set(cause.id, { cause, weight: prior });
    }
  }
  const appliedAnswers = [...answers.values()].flat();
  for (const answer of appliedAnswers) {
    for (const [causeId, multiplier] of Object.entries(answer.weights)) {
      const entry = weights.get(causeId);
      if (entry) entry.weight *= multiplier;
    }
  }
  const distribution = normalise([...weights.values()]);

  let severity: Severity = "low";
  let stopDriving = false;
  for (const source of [...knownCodes, ...patterns]) {
    severity = maxSeverity(severity, source.severity);
    stopDriving ||= source.stopDriving;
  }
  if (unknownCodes.length > 0) severity = maxSeverity(severity, "medium");
  for (const answer of appliedAnswers) if (answer.severityAtLeast) severity = maxSeverity(severity, answer.severityAtLeast);
  if (severity === "critical") stopDriving = true;
  if (stopDriving) severity = "critical";

  const facts: Analysis["facts"] = { location: [], since: [], conditions: [] };
  for (const answer of appliedAnswers) {
    if (!answer.fact) continue;
    const list = facts[answer.fact.field];
    const value = answer.fact.value;
    if (!list.some((v) => v.pl === value.pl)) list.push(value);
  }

  return {
    locale: input.locale,
    vehicle: input.vehicle?.replace(/\s+/g, " ").trim().slice(0, 80) || null,
    userTurns,
    lastDiagnosisIndex,
    codes,
    knownCodes,
    unknownCodes,
    patterns,
    newInLastTurn,
    newSinceDiagnosis,
    lastTurnRecognised,
    asked,
    candidates,
    specific,
    answers,
    answered,
    keyQuestions,
    distribution,
    severity,
    stopDriving,
    facts,
  };
}

export function normalise(entries: readonly { cause: KnowledgeCause; weight: number }[]): WeightedCause[] {
  const total = entries.reduce((sum, e) => sum + e.weight, 0);
  const list = entries.map((e) => ({ cause: e.cause, p: total > 0 ? e.weight / total : 1 / entries.length }));
  // Stable sort keeps data order (most likely first there) on ties.
  return list.map((e, i) => ({ ...e, i })).sort((a, b) => b.p - a.p || a.i - b.i);
}

export function entropy(ps: readonly number[]): number {
  let h = 0;
  for (const p of ps) if (p > 0) h -= p * Math.log2(p);
  return h;
}

/** Expected entropy reduction (bits) of asking `question` over `distribution` (see the module comment). */
export function informationGain(distribution: readonly WeightedCause[], question: Question): number {
  const answers = question.answers.filter((a) => !a.replyOnly && a.id !== DONT_KNOW);
  if (answers.length < 2 || distribution.length < 2) return 0;
  const likelihood = answers.map((a) => distribution.map((d) => a.weights[d.cause.id] ?? 1));
  const norms = distribution.map((_, c) => likelihood.reduce((sum, row) => sum + (row[c] ?? 0), 0));
  const prior = distribution.map((d) => d.p);
  let expected = 0;
  for (const row of likelihood) {
    const joint = prior.map((p, c) => {
      const z = norms[c] ?? 0;
      return z > 0 ? (p * (row[c] ?? 0)) / z : 0;
    });
    const pAnswer = joint.reduce((a, b) => a + b, 0);
    if (pAnswer <= 0) continue;
    expected += pAnswer * entropy(joint.map((j) => j / pAnswer));
  }
  return Math.max(0, entropy(prior) - expected);
}
