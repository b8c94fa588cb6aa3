import { knowledge, type CompiledQuestion, type KnowledgeBase } from "./knowledge";
import { matchWords, mostSpecific, tokenize, type CompiledMatcher } from "./normalize";
import type { Answer, SymptomPattern } from "./types";

/**
 * OBD-II trouble codes as SAE J2012 writes them: P, B, C or U, then four hex digits, the first 0–3.
 * Only P codes may be split by a space or hyphen ("p 0301", "P-0301"): drivers type powertrain codes
 * that way, while "u 2010" in Polish is a preposition and a year, not a network code.
 */
const DTC_IN_TEXT = /(?<![a-z0-9])(?:([pbcu])([0-3][0-9a-f]{3})|(p)[\s-]([0-3][0-9a-f]{3}))(?![a-z0-9])/gi;

/**
 * The OBD-II codes in a text, upper-case, de-duplicated, in order of appearance
 * ("p0301, P0301 i p 0420" → ["P0301", "P0420"]). Codes outside the offline base are kept too.
 */
export function extractDtcCodes(text: string): string[] {
  const codes: string[] = [];
  for (const m of text.matchAll(DTC_IN_TEXT)) {
    const code = `${m[1] ?? m[3] ?? ""}${m[2] ?? m[4] ?? ""}`.toUpperCase();
    if (!codes.includes(code)) codes.push(code);
  }
  return codes;
}

function matchBoth(words: readonly string[], pl: CompiledMatcher, en: CompiledMatcher): Set<number> | null {
  const a = matchWords(words, pl);
  const b = matchWords(words, en);
  if (!a) return b;
  if (b) for (const index of b) a.add(index);
  return a;
}

/**
 * Symptom patterns whose Polish or English keywords occur in `words` (output of `tokenize`), in data
 * order. A pattern is dropped when a more specific one covers a strict superset of its words
 * ("check engine miga" is the flashing-light pattern, not also the steady one).
 */
export function matchPatternWords(words: readonly string[], kb: KnowledgeBase = knowledge): SymptomPattern[] {
  const matches: { item: SymptomPattern; covered: Set<number> }[] = [];
  for (const { pattern, pl, en } of kb.compiled.patterns) {
    const covered = matchBoth(words, pl, en);
    if (covered) matches.push({ item: pattern, covered });
  }
  return mostSpecific(matches);
}

/** Symptom patterns described in a text (see `matchPatternWords`). */
export function matchPatterns(text: string, kb: KnowledgeBase = knowledge): SymptomPattern[] {
  return matchPatternWords(tokenize(text), kb);
}

/** Id of the answer every question has for "don't know"; it carries no information. */
export const DONT_KNOW = "dont_know";

/**
 * The answers to `question` recognised in `words`. `reply` says whether the words are the driver's
 * direct reply to the question: only then do `replyOnly` answers ("tak", "no", "nie wiem") count.
 * The most specific answers win ("nie miga" over "miga"), and "don't know" is dropped when the driver
 * also gave a real answer ("nie wiem, chyba z przodu" answers "front").
 */
export function recogniseAnswerWords(words: readonly string[], question: CompiledQuestion, reply: boolean): Answer[] {
  const matches: { item: Answer; covered: Set<number> }[] = [];
  for (const { answer, pl, en } of question.answers) {
    if (answer.replyOnly && !reply) continue;
    const covered = matchBoth(words, pl, en);
    if (covered) matches.push({ item: answer, covered });
  }
  const answers = mostSpecific(matches);
  const informative = answers.filter((a) => a.id !== DONT_KNOW);
  return informative.length > 0 ? informative : answers;
}

/** The answers to a question (by id) recognised in a text; [] for an unknown question id. */
export function recogniseAnswers(text: string, questionId: string, reply: boolean, kb: KnowledgeBase = knowledge): Answer[] {
  const question = kb.compiled.questions.get(questionId);
  return question ? recogniseAnswerWords(tokenize(text), question, reply) : [];
}
