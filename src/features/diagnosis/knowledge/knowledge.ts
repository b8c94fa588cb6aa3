import { z } from "zod";
import dtcCodesData from "./data/dtc-codes.json";
import questionsData from "./data/questions.json";
import sourcesDtcData from "./data/sources-dtc.json";
import sourcesSymptomsData from "./data/sources-symptoms.json";
import symptomsData from "./data/symptoms.json";
import { KeywordIndex, normalizeText, type CompiledMatcher } from "./normalize";
import {
  dtcEntrySchema,
  questionSchema,
  sourceSchema,
  symptomPatternSchema,
  type Answer,
  type DtcEntry,
  type KnowledgeSource,
  type Question,
  type SymptomPattern,
} from "./types";

/** An answer with its Polish and English matchers prepared. */
export type CompiledAnswer = { answer: Answer; pl: CompiledMatcher; en: CompiledMatcher };
/** A question with its texts normalised (to recognise it in assistant turns) and answers prepared. */
export type CompiledQuestion = { question: Question; texts: string[]; answers: CompiledAnswer[] };
/** A symptom pattern with its matchers prepared. */
export type CompiledPattern = { pattern: SymptomPattern; pl: CompiledMatcher; en: CompiledMatcher };

/** The validated, indexed knowledge base. */
export type KnowledgeBase = {
  /** Generic OBD-II codes by code ("P0301"). */
  codes: ReadonlyMap<string, DtcEntry>;
  /** Symptom patterns by id, in data order. */
  patterns: ReadonlyMap<string, SymptomPattern>;
  /** Questions by id, in data order. */
  questions: ReadonlyMap<string, Question>;
  /** Sources of both data sets by id (the first entry of an id wins). */
  sources: ReadonlyMap<string, KnowledgeSource>;
  /** The entry of a code written in any case, with or without a space ("p 0301"); undefined when not in the base. */
  lookupDtc: (code: string) => DtcEntry | undefined;
  /** Matchers prepared once, so that a reply costs no keyword normalisation. */
  compiled: {
    patterns: readonly CompiledPattern[];
    questions: ReadonlyMap<string, CompiledQuestion>;
    /** The questions whose text (either language) occurs in a normalised text, e.g. an assistant turn. */
    questionsIn: (normalized: string) => CompiledQuestion[];
  };
};

/** Raw data as read from the JSON files (validated by `buildKnowledge`). */
export type KnowledgeData = { codes: unknown; patterns: unknown; questions: unknown; sources: unknown[] };

function parse<T>(schema: z.ZodType<T>, data: unknown, file: string): T {
  const result = schema.safeParse(data);
  if (!result.success) throw new Error(`Invalid knowledge data in ${file}:\n${z.prettifyError(result.error)}`);
  return result.data;
}

function indexUnique<T extends { id: string }>(items: readonly T[], file: string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    if (map.has(item.id)) throw new Error(`Duplicate id "${item.id}" in ${file}`);
    map.set(item.id, item);
  }
  return map;
}

/**
 * Finds asked questions without trying every question text on every turn: texts ending in "?" are
 * looked up by the substring that ends at each "?" of the turn (one map lookup per distinct length).
 */
function questionFinder(questions: readonly CompiledQuestion[]): (normalized: string) => CompiledQuestion[] {
  const byText = new Map<string, CompiledQuestion>();
  const others: { text: string; question: CompiledQuestion }[] = [];
  for (const question of questions) {
    for (const text of question.texts) {
      if (text.endsWith("?")) byText.set(text, question);
      else others.push({ text, question });
    }
  }
  const lengths = [...new Set([...byText.keys()].map((t) => t.length))];
  return (normalized) => {
    const found = new Set<CompiledQuestion>();
    for (let end = normalized.indexOf("?"); end >= 0; end = normalized.indexOf("?", end + 1)) {
      for (const length of lengths) {
        if (length > end + 1) continue;
        const question = byText.get(normalized.slice(end + 1 - length, end + 1));
        if (question) found.add(question);
      }
    }
    for (const { text, question } of others) if (normalized.includes(text)) found.add(question);
    return questions.filter((q) => found.has(q));
  };
}

/**
 * Validates the data with the schemas of `./types` and indexes it. Throws on invalid data or a
 * duplicate pattern/question id (a data bug the tests catch before it ships); a duplicate code or
 * source id keeps the first entry, because the two data sets are written independently and share
 * some sources (e.g. "pitstop-pl-costs-2026").
 */
export function buildKnowledge(data: KnowledgeData): KnowledgeBase {
  const codeList = parse(z.array(dtcEntrySchema), data.codes, "dtc-codes.json");
  const patternList = parse(z.array(symptomPatternSchema), data.patterns, "symptoms.json");
  const questionList = parse(z.array(questionSchema), data.questions, "questions.json");

  const codes = new Map<string, DtcEntry>();
  for (const entry of codeList) if (!codes.has(entry.code)) codes.set(entry.code, entry);

  const sources = new Map<string, KnowledgeSource>();
  for (const [i, list] of data.sources.entries()) {
    for (const source of parse(z.array(sourceSchema), list, `sources file #${i + 1}`)) {
      if (!sources.has(source.id)) sources.set(source.id, source);
    }
  }

  const patterns = indexUnique(patternList, "symptoms.json");
  const questions = indexUnique(questionList, "questions.json");

  const index = new KeywordIndex();
  const compiledPatterns = patternList.map((pattern) => ({
    pattern,
    pl: index.compile(pattern.match.pl),
    en: index.compile(pattern.match.en),
  }));
  const compiledQuestions = new Map<string, CompiledQuestion>();
  for (const question of questionList) {
    compiledQuestions.set(question.id, {
      question,
      texts: [normalizeText(question.text.pl), normalizeText(question.text.en)],
      answers: question.answers.map((answer) => ({ answer, pl: index.compile(answer.match.pl), en: index.compile(answer.match.en) })),
    });
  }

  const lookupDtc = (code: string) => codes.get(code.replace(/[\s-]/g, "").toUpperCase());
  return {
    codes,
    patterns,
    questions,
    sources,
    lookupDtc,
    compiled: { patterns: compiledPatterns, questions: compiledQuestions, questionsIn: questionFinder([...compiledQuestions.values()]) },
  };
}

/**
 * The knowledge base of the offline AI mechanic, loaded and validated once per process:
 * OBD-II codes (`data/dtc-codes.json`), symptom patterns (`data/symptoms.json`), questions
 * (`data/questions.json`) and the sources both draw on (`data/sources-*.json`).
 */
export const knowledge: KnowledgeBase = buildKnowledge({
  codes: dtcCodesData,
  patterns: symptomsData,
  questions: questionsData,
  sources: [sourcesSymptomsData, sourcesDtcData],
});

/** The entry of an OBD-II code ("P0301", "p 0301") in the offline base, or undefined. */
export function lookupDtc(code: string): DtcEntry | undefined {
  return knowledge.lookupDtc(code);
}
