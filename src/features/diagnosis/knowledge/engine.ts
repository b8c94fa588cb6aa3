import { DONT_KNOW } from "./extract";
import { knowledge, type KnowledgeBase } from "./knowledge";
import { hasKeyword } from "./normalize";
import type { DtcEntry, EngineInput, EngineReply, Question, SymptomPattern } from "./types";
import { CONFIDENT_TOP, MAX_QUESTIONS, MIN_GAIN_BITS, type Analysis, type AskedQuestion, analyse, informationGain } from "./analysis";
import { diagnose, unknownCodeNotes } from "./diagnose";

export { informationGain, type WeightedCause } from "./analysis";
import { GIVE_UP, TEXT, lowerFirst, type Locale } from "./texts";

/**
 * The offline AI mechanic: reads a conversation and decides whether to ask one more question,
 * hand over a structured diagnosis, or ask the driver to describe the problem.
 *
 * Stateless and deterministic: everything is derived from the turns on every call (no clock, no
 * randomness), so the same conversation always gets the same reply. Domain facts come from the data
 * files (see `./knowledge.ts` and the sources they cite); this module only holds the reasoning.
 *
 * Question selection. Candidate causes are the union of the causes of the recognised codes and
 * symptom patterns, weighted by their prior probability and multiplied by the weights of every
 * recognised answer. Each candidate question is scored by its expected information gain over that
 * distribution: an answer's multiplier for a cause is read as a relative likelihood
 * P(answer | cause) = w(answer, cause) / Σ w(·, cause) (unlisted causes weigh 1), and the gain is
 * H(causes) − Σ P(answer)·H(causes | answer). It is an approximation (answers are treated as
 * mutually exclusive, and "don't know" and short yes/no duplicates are left out) that ranks
 * questions well enough and costs microseconds.
 *
 * Order. A known code's key question comes first (e.g. "is the check-engine light flashing?" for
 * misfire codes); then, while nothing critical is known, a question of the recognised symptoms whose
 * answer can reveal a stop-driving condition; then the question with the highest gain, skipping any
 * below `MIN_GAIN_BITS`. A question is asked at most once: an assistant turn containing its text (in
 * either language) counts as asking it, the next user turn as the reply, and a question whose answer
 * the driver already gave unprompted ("worse in the rain", "front left") is never asked.
 *
 * Stopping. At most `MAX_QUESTIONS` questions; a diagnosis as soon as the top cause reaches
 * `CONFIDENT_TOP` after an answered question, a known code's key question is answered, the driver
 * says they don't know or wants the result, or no question can change the ranking (a symptom alone
 * still gets one question first). After a diagnosis only new symptoms or codes start a new round.
 */

function labelOf(pattern: SymptomPattern, locale: Locale): string {
  return lowerFirst(pattern.label[locale]);
}

function acknowledgement(a: Analysis, askedSince: AskedQuestion[]): string {
  const t = TEXT[a.locale];
  const parts: string[] = [];
  const first = askedSince.length === 0;
  const newPatterns = first ? a.patterns : a.newInLastTurn.patterns;
  const newCodes = first ? a.codes : a.newInLastTurn.codes;
  const things = [
    ...newCodes
      .map((code) => a.knownCodes.find((e) => e.code === code))
      .filter((e): e is DtcEntry => e !== undefined)
      .map((e) => t.code(e.code, e.title[a.locale])),
    ...newPatterns.slice(0, 2).map((p) => labelOf(p, a.locale)),
  ];
  if (things.length > 0) parts.push(t.understood(things.join(", ")));
  else if (!first) {
    parts.push(a.lastTurnRecognised ? (t.thanks[(askedSince.length - 1) % t.thanks.length] ?? "") : t.notUnderstood);
  }
  if (newCodes.some((c) => a.unknownCodes.includes(c))) {
    const unknownNow = a.unknownCodes.filter((c) => newCodes.includes(c));
    parts.push(...unknownCodeNotes({ ...a, unknownCodes: unknownNow }));
  }
  if (a.stopDriving && first) parts.push(t.safety);
  return parts.filter((p) => p.length > 0).join(" ");
}

function ask(a: Analysis, question: Question, askedSince: AskedQuestion[]): EngineReply {
  const lead = acknowledgement(a, askedSince);
  const text = lead ? `${lead} ${question.text[a.locale]}` : question.text[a.locale];
  return { kind: "question", questionId: question.id, text };
}

function clarify(a: Analysis): EngineReply {
  const variants = TEXT[a.locale].clarify;
  const index = Math.max(0, a.userTurns.length - 1) % variants.length;
  return { kind: "clarify", text: variants[index] ?? variants[0] ?? "" };
}

function wantsResult(a: Analysis): boolean {
  return a.userTurns.some((t) => t.index > a.lastDiagnosisIndex && GIVE_UP.some((k) => hasKeyword(t.words, k)));
}

/**
 * The engine's next reply to a conversation.
 *
 * @param input the turns (plain text, oldest first), the locale of the reply, and optionally the
 *   vehicle (used only in the diagnosis summary).
 * @param kb the knowledge base; defaults to the shipped one (tests may pass their own).
 * @returns a question (one, in the locale, containing the question's text verbatim so that the next
 *   call recognises it as asked), a diagnosis whose `diagnosis` passes `diagnosisInputSchema`, or a
 *   request to describe the problem when nothing in the turns is recognised. Instructions hidden in
 *   the text ("ignore previous instructions…") are not symptoms and change nothing.
 */
export function respond(input: EngineInput, kb: KnowledgeBase = knowledge): EngineReply {
  const a = analyse(input, kb);
  if (a.codes.length === 0 && a.patterns.length === 0) return clarify(a);
  if (a.lastDiagnosisIndex >= 0 && !a.newSinceDiagnosis) return { kind: "clarify", text: TEXT[a.locale].afterDiagnosis };

  const askedSince = a.asked.filter((q) => q.turnIndex > a.lastDiagnosisIndex);
  const saidDontKnow = askedSince.some((q) => q.reply !== null && q.answers.length > 0 && q.answers.every((x) => x.id === DONT_KNOW));
  if (wantsResult(a) || saidDontKnow || askedSince.length >= MAX_QUESTIONS) return diagnose(a);

  // Never ask twice, not even a question asked before an earlier diagnosis.
  const open = (q: Question) => !a.answered.has(q.id) && !a.asked.some((x) => x.question.id === q.id);
  const pendingKey = a.keyQuestions.find(open);
  if (pendingKey) return ask(a, pendingKey, askedSince);
  if (a.keyQuestions.length > 0) return diagnose(a);

  const answeredSince = askedSince.filter((q) => q.answers.some((x) => x.id !== DONT_KNOW)).length;
  const top = a.distribution[0]?.p ?? 0;
  if (answeredSince >= 1 && top >= CONFIDENT_TOP) return diagnose(a);

  const openCandidates = a.candidates.filter(open);
  // Safety before ranking: a question of these symptoms whose answer can reveal a stop-driving
  // condition (a flashing engine light, a pedal to the floor, steam, a fuel puddle) comes first.
  const safety =
    a.severity === "critical"
      ? undefined
      : openCandidates.find((q) => a.specific.has(q.id) && q.answers.some((x) => x.severityAtLeast === "critical"));
  if (safety) return ask(a, safety, askedSince);
  let best: { question: Question; gain: number } | null = null;
  for (const question of openCandidates) {
    const gain = informationGain(a.distribution, question);
    if (!best || gain > best.gain + 1e-12) best = { question, gain };
  }
  if (best && best.gain >= MIN_GAIN_BITS) return ask(a, best.question, askedSince);
  // A symptom alone is never diagnosed without at least one question (a mechanic would ask something).
  const fallback = openCandidates[0];
  if (a.codes.length === 0 && askedSince.length === 0 && fallback) return ask(a, fallback, askedSince);
  if (a.knownCodes.length === 0 && a.patterns.length === 0 && askedSince.length === 0 && fallback) return ask(a, fallback, askedSince);
  return diagnose(a);
}
