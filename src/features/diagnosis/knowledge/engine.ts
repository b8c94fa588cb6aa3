import { SEVERITIES } from "../constants";
import type { Cause, DiagnosisInput, ServiceCategory, Severity, Symptom } from "../schemas";
import { DONT_KNOW, extractDtcCodes, matchPatternWords, recogniseAnswerWords } from "./extract";
import { knowledge, type KnowledgeBase } from "./knowledge";
import { compileKeyword, hasKeyword, normalizeText, tokenizeNormalized } from "./normalize";
import type { Answer, DtcEntry, EngineInput, EngineReply, KnowledgeCause, Localized, Question, SymptomPattern } from "./types";

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

type Locale = EngineInput["locale"];

const MAX_QUESTIONS = 3;
const CONFIDENT_TOP = 0.6;
/** Below this expected gain (bits) a question cannot meaningfully change the ranking. */
const MIN_GAIN_BITS = 0.02;
/** Causes at or above this probability count towards the upper end of the cost range. */
const COST_PROBABILITY = 0.15;
/** Questions every conversation may use, after the patterns' own, in this order. */
const GENERIC_QUESTIONS = ["since_when", "warning_lights", "obd_codes"];
/** Answered as soon as the driver gives any code, whatever the wording. */
const OBD_QUESTION = "obd_codes";
/** Asked when the only thing known is a code the offline base does not have. */
const OTHER_SYMPTOMS_QUESTION = "other_symptoms";
const MAX_ACTIONS = 5;
const MAX_SYMPTOMS = 12;
const MAX_CODES = 12;

const severityRank = (s: Severity) => SEVERITIES.indexOf(s);
const maxSeverity = (a: Severity, b: Severity): Severity => (severityRank(a) >= severityRank(b) ? a : b);

/** "Just tell me" in either language: the driver wants the result now. */
const GIVE_UP = [
  "po prostu powiedz",
  "powiedz po prostu",
  "po prostu napisz",
  "daj diagnoz",
  "dawaj diagnoz",
  "podaj diagnoz",
  "bez pytan",
  "dosc pytan",
  "koniec pytan",
  "just tell me",
  "tell me what it is",
  "give me the diagnosis",
  "skip the questions",
  "no more questions",
  "enough questions",
].map(compileKeyword);

const LEAD_IN: Record<Locale, string> = {
  pl: "Na podstawie opisu przygotowałem wstępną diagnozę:",
  en: "Based on your description, here is my preliminary diagnosis:",
};
const LEAD_IN_NORMALISED = Object.values(LEAD_IN).map((text) => normalizeText(text).replace(/:$/, ""));

const TEXT = {
  pl: {
    understood: (what: string) => `Rozumiem — ${what}.`,
    thanks: ["Dziękuję.", "Jasne.", "Dobrze."],
    notUnderstood: "Nie jestem pewien, czy dobrze zrozumiałem odpowiedź — przejdźmy dalej.",
    safety: "To może być poważne — jeśli możesz, nie kontynuuj jazdy.",
    code: (code: string, title: string) => `kod ${code} (${lowerFirst(title)})`,
    unknownCodeMaker: (codes: string) =>
      `Kodu ${codes} nie mam w mojej bazie offline — to kod specyficzny dla producenta, którego znaczenie warsztat odczyta oprogramowaniem marki.`,
    unknownCodeGeneric: (codes: string) =>
      `Kodu ${codes} nie mam w mojej bazie offline; warsztat sprawdzi jego znaczenie w dokumentacji serwisowej.`,
    unknownCodeShort: (codes: string) => `Kodu ${codes} nie ma w bazie offline — warsztat odczyta go oprogramowaniem producenta.`,
    critical: "Najważniejsze: nie kontynuuj jazdy, dopóki auto nie zostanie sprawdzone.",
    stopAction: "Nie jedź dalej — zatrzymaj się w bezpiecznym miejscu, wyłącz silnik i wezwij pomoc drogową lub lawetę.",
    readCodeAction: (codes: string) =>
      `Odczytaj w warsztacie kod ${codes} oprogramowaniem producenta i sprawdź zapisane dane zamrożone (freeze frame).`,
    genericAction: "Umów wizytę w warsztacie na diagnostykę.",
    vehicle: (v: string) => `Pojazd: ${v}.`,
    symptoms: (list: string) => `Objawy: ${list}.`,
    codes: (list: string) => `Kody: ${list}.`,
    top: (cause: string, percent: number) => `Najbardziej prawdopodobna przyczyna: ${lowerFirst(cause)} (ok. ${percent}%).`,
    severity: {
      low: "Usterka może poczekać, ale warto ją sprawdzić przy najbliższym serwisie.",
      medium: "Umów wizytę w warsztacie w najbliższym czasie.",
      high: "Naprawa jest pilna — zaplanuj wizytę w ciągu kilku dni.",
      critical: "Nie kontynuuj jazdy — to może być niebezpieczne albo grozić poważną awarią.",
    } satisfies Record<Severity, string>,
    disclaimer: "To wstępna ocena na podstawie opisu — potwierdzi ją mechanik przy samochodzie.",
    unknownCause: "Usterka zgłoszona kodem spoza bazy offline — wymaga odczytu oprogramowaniem producenta",
    codeSymptom: (code: string, title: string) => `${code}: ${title}`,
    unknownCodeSymptom: (code: string) => `${code}: kod spoza bazy offline`,
    clarify: [
      "Opisz proszę, co dokładnie zauważasz w samochodzie — na przykład dźwięk (pisk, stuk, zgrzyt), zapach, kontrolkę na desce, wyciek albo drgania — kiedy to się dzieje i czy masz kody błędów z OBD (np. P0301).",
      "Nie rozpoznałem jeszcze objawu. Napisz własnymi słowami, np. „piszczy przy hamowaniu”, „świeci kontrolka silnika”, „czuć słodki zapach w kabinie” albo „plama oleju pod autem”. Jeśli masz kod błędu, wpisz go (np. P0420).",
      "Wciąż nie wiem, czego dotyczy problem. Spróbuj jednym zdaniem: co słychać, czuć lub widać, kiedy (przy hamowaniu, skręcaniu, na zimnym silniku) i z której strony auta — np. „stuka z przodu na nierównościach” albo „auto nie odpala, tylko klika”.",
    ],
    afterDiagnosis:
      "Wstępna diagnoza jest już gotowa powyżej. Jeśli zauważysz nowe objawy albo odczytasz kody błędów, opisz je — uwzględnię je w nowej ocenie.",
  },
  en: {
    understood: (what: string) => `Understood — ${what}.`,
    thanks: ["Thanks.", "Got it.", "OK."],
    notUnderstood: "I'm not sure I understood that answer — let's move on.",
    safety: "This may be serious — if you can, don't keep driving.",
    code: (code: string, title: string) => `code ${code} (${lowerFirst(title)})`,
    unknownCodeMaker: (codes: string) =>
      `I don't have ${codes} in my offline base; it's manufacturer-specific, so a workshop will read its meaning with the brand's software.`,
    unknownCodeGeneric: (codes: string) =>
      `I don't have ${codes} in my offline base; a workshop will look it up in the service documentation.`,
    unknownCodeShort: (codes: string) => `${codes} is not in the offline base — a workshop will read it with the manufacturer's software.`,
    critical: "Most important: don't keep driving until the car has been checked.",
    stopAction: "Stop driving — pull over somewhere safe, switch off the engine and call roadside assistance or a tow truck.",
    readCodeAction: (codes: string) =>
      `Have a workshop read ${codes} with the manufacturer's software and check the stored freeze-frame data.`,
    genericAction: "Book a diagnostic visit at a workshop.",
    vehicle: (v: string) => `Vehicle: ${v}.`,
    symptoms: (list: string) => `Symptoms: ${list}.`,
    codes: (list: string) => `Codes: ${list}.`,
    top: (cause: string, percent: number) => `Most likely cause: ${lowerFirst(cause)} (about ${percent}%).`,
    severity: {
      low: "It can wait, but have it checked at the next service.",
      medium: "Book a workshop visit soon.",
      high: "The repair is urgent — plan a visit within a few days.",
      critical: "Don't keep driving — it may be dangerous or cause serious damage.",
    } satisfies Record<Severity, string>,
    disclaimer: "This is a first assessment from your description — a mechanic at the car will confirm it.",
    unknownCause: "Fault reported by a code outside the offline base — needs reading with the manufacturer's software",
    codeSymptom: (code: string, title: string) => `${code}: ${title}`,
    unknownCodeSymptom: (code: string) => `${code}: code outside the offline base`,
    clarify: [
      "Please describe what you notice with the car — for example a noise (squeal, knock, grinding), a smell, a warning light on the dashboard, a leak or a vibration — when it happens, and whether you have any OBD fault codes (e.g. P0301).",
      "I haven't recognised a symptom yet. Try your own words, for example “squeals when braking”, “check-engine light is on”, “sweet smell inside the car” or “oil puddle under the car”. If you have a fault code, type it (e.g. P0420).",
      "I still can't tell what the problem is. Try one sentence: what you hear, smell or see, when it happens (braking, turning, cold engine) and which side of the car — e.g. “knocking from the front over bumps” or “won't start, just clicks”.",
    ],
    afterDiagnosis:
      "Your preliminary diagnosis is ready above. If you notice new symptoms or read any fault codes, describe them and I'll take them into account in a new assessment.",
  },
};

function lowerFirst(text: string): string {
  // Keep acronyms and names ("ABS", "DPF", "Check engine" stays readable either way) upper-case.
  const second = text.charAt(1);
  return second && second === second.toLowerCase() ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

type PreparedTurn = { index: number; role: "user" | "assistant"; norm: string; words: string[]; text: string };
type AskedQuestion = { question: Question; turnIndex: number; reply: PreparedTurn | null; answers: Answer[] };
/** A candidate cause with its current probability. */
export type WeightedCause = { cause: KnowledgeCause; p: number };

/** Everything the engine derives from a conversation; the reply is built from it. */
type Analysis = {
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

function prepare(input: EngineInput): PreparedTurn[] {
  return input.turns.map((turn, index) => {
    const norm = normalizeText(turn.text);
    return { index, role: turn.role, text: turn.text, norm, words: tokenizeNormalized(norm) };
  });
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function isManufacturerCode(code: string): boolean {
  // SAE J2012: P1xxx and P30xx–P33xx, and B/C/U with 1 or 2 after the letter, are manufacturer-controlled.
  const [system, first, second] = code;
  if (system === "P") return first === "1" || (first === "3" && second !== undefined && "0123".includes(second));
  return first === "1" || first === "2";
}

function codeMatchesPrefix(code: string, prefixes: readonly string[] | undefined): boolean {
  return !!prefixes && prefixes.some((prefix) => code.startsWith(prefix));
}

function analyse(input: EngineInput, kb: KnowledgeBase): Analysis {
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

function normalise(entries: readonly { cause: KnowledgeCause; weight: number }[]): WeightedCause[] {
  const total = entries.reduce((sum, e) => sum + e.weight, 0);
  const list = entries.map((e) => ({ cause: e.cause, p: total > 0 ? e.weight / total : 1 / entries.length }));
  // Stable sort keeps data order (most likely first there) on ties.
  return list.map((e, i) => ({ ...e, i })).sort((a, b) => b.p - a.p || a.i - b.i);
}

function entropy(ps: readonly number[]): number {
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

function labelOf(pattern: SymptomPattern, locale: Locale): string {
  return lowerFirst(pattern.label[locale]);
}

function joinCodes(codes: readonly string[]): string {
  return codes.join(", ");
}

function unknownCodeNotes(a: Analysis): string[] {
  const t = TEXT[a.locale];
  const maker = a.unknownCodes.filter(isManufacturerCode);
  const generic = a.unknownCodes.filter((c) => !isManufacturerCode(c));
  const notes: string[] = [];
  if (maker.length > 0) notes.push(t.unknownCodeMaker(joinCodes(maker)));
  if (generic.length > 0) notes.push(t.unknownCodeGeneric(joinCodes(generic)));
  return notes;
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

function unknownCodeCause(): WeightedCause {
  return {
    p: 1,
    cause: {
      id: "unknown_code",
      cause: { pl: TEXT.pl.unknownCause, en: TEXT.en.unknownCause },
      probability: 1,
      urgency: "medium",
      costPln: [150, 400],
      category: "diagnostics",
    },
  };
}

function buildSymptoms(a: Analysis): Symptom[] {
  const t = TEXT[a.locale];
  const fact = (field: keyof Analysis["facts"], max: number) => {
    const values = a.facts[field].map((v) => v[a.locale]);
    return values.length > 0 ? truncate(values.join("; "), max) : undefined;
  };
  const facts = { location: fact("location", 100), since: fact("since", 100), conditions: fact("conditions", 200) };
  const list: Symptom[] = [
    ...a.patterns.map((p) => ({ symptom: truncate(p.label[a.locale], 200) })),
    ...a.codes.map((code) => {
      const entry = a.knownCodes.find((e) => e.code === code);
      return { symptom: truncate(entry ? t.codeSymptom(code, entry.title[a.locale]) : t.unknownCodeSymptom(code), 200) };
    }),
  ].slice(0, MAX_SYMPTOMS);
  const first = list[0];
  if (first) {
    // The facts were given about the problem the driver described first.
    for (const [field, value] of Object.entries(facts) as [keyof typeof facts, string | undefined][]) if (value) first[field] = value;
  }
  return list;
}

function buildSummary(a: Analysis, top: WeightedCause, symptoms: readonly Symptom[]): string {
  const t = TEXT[a.locale];
  const describe = (s: Symptom) => {
    // "Flashing check-engine light (check-engine light flashing)" says nothing twice.
    const same = (d: string) => normalizeText(d).replace(/[^a-z0-9]/g, "") === normalizeText(s.symptom).replace(/[^a-z0-9]/g, "");
    const details = [s.location, s.conditions, s.since].filter((d): d is string => !!d && !same(d));
    return details.length > 0 ? `${lowerFirst(s.symptom)} (${details.join("; ")})` : lowerFirst(s.symptom);
  };
  const patternSymptoms = symptoms.slice(0, a.patterns.length).slice(0, 3);
  const head = [
    a.vehicle ? t.vehicle(a.vehicle) : null,
    patternSymptoms.length > 0 ? t.symptoms(patternSymptoms.map(describe).join(", ")) : null,
  ];
  if (a.codes.length > 0) {
    const titled = a.codes.map((code) => {
      const entry = a.knownCodes.find((e) => e.code === code);
      return entry ? `${code} (${lowerFirst(entry.title[a.locale])})` : code;
    });
    head.push(t.codes(titled.join(", ")));
  }
  const body = [t.top(top.cause.cause[a.locale], Math.round(top.p * 100)), t.severity[a.severity]];
  if (a.unknownCodes.length > 0) body.push(t.unknownCodeShort(joinCodes(a.unknownCodes)));
  const parts = [...head.filter((p): p is string => !!p), ...body];
  let summary = [...parts, t.disclaimer].join(" ");
  if (summary.length > 600) summary = parts.join(" ");
  return truncate(summary, 600);
}

function buildActions(a: Analysis, distribution: readonly WeightedCause[]): string[] {
  const t = TEXT[a.locale];
  const weightOf = new Map(distribution.map((d) => [d.cause.id, d.p]));
  const relevance = (source: { causes: readonly KnowledgeCause[] }) => Math.max(0, ...source.causes.map((c) => weightOf.get(c.id) ?? 0));
  const sources = [...a.knownCodes, ...[...a.patterns].sort((x, y) => relevance(y) - relevance(x))];
  const actions: string[] = [];
  if (a.severity === "critical") actions.push(t.stopAction);
  // Interleave the sources' advice so the most relevant source does not crowd out the others.
  const depth = Math.max(0, ...sources.map((s) => s.advice.length));
  for (let i = 0; i < depth; i++) for (const source of sources) if (source.advice[i]) actions.push(source.advice[i]![a.locale]);
  if (a.unknownCodes.length > 0) actions.push(t.readCodeAction(joinCodes(a.unknownCodes)));
  if (actions.length === 0) actions.push(t.genericAction);
  return uniqueBy(
    actions.map((x) => truncate(x, 300)),
    (x) => normalizeText(x),
  ).slice(0, MAX_ACTIONS);
}

function diagnose(a: Analysis): EngineReply {
  const t = TEXT[a.locale];
  const distribution = a.distribution.length > 0 ? a.distribution : [unknownCodeCause()];
  const top = distribution[0] as WeightedCause;

  const chosen = distribution.filter((d, i) => i === 0 || (i < 3 && d.p >= 0.02) || (i < 5 && d.p >= 0.08));
  const causes: Cause[] = chosen.map((d) => ({
    cause: truncate(d.cause.cause[a.locale], 200),
    probability: Math.min(1, Math.round(d.p * 100) / 100),
    urgency: d.cause.urgency,
  }));

  const costMinPln = top.cause.costPln[0];
  const costMaxPln = Math.max(costMinPln, ...chosen.filter((d, i) => i === 0 || d.p >= COST_PROBABILITY).map((d) => d.cause.costPln[1]));

  const evidence =
    a.knownCodes.length +
    Math.min(a.patterns.length, 2) +
    Math.min([...a.answers.values()].filter((list) => list.some((x) => x.id !== DONT_KNOW)).length, 3);
  const onlyUnknown = a.knownCodes.length === 0 && a.patterns.length === 0;
  const confidence = onlyUnknown
    ? 0.3
    : Math.round(Math.min(0.9, Math.max(0.3, 0.3 + 0.5 * top.p + 0.04 * Math.min(evidence, 5))) * 100) / 100;

  const categories: ServiceCategory[] = uniqueBy(
    chosen.map((d) => d.cause.category),
    (c) => c,
  );
  const needsDiagnostics = a.codes.length > 0 || confidence < 0.5;
  let serviceCategories = categories.slice(0, 4);
  if (needsDiagnostics && !serviceCategories.includes("diagnostics")) serviceCategories = [...serviceCategories.slice(0, 3), "diagnostics"];

  const symptoms = buildSymptoms(a);
  const diagnosis: DiagnosisInput = {
    summary: buildSummary(a, top, symptoms),
    symptoms,
    dtcCodes: a.codes.slice(0, MAX_CODES),
    causes,
    severity: a.severity,
    recommendedActions: buildActions(a, distribution),
    costMinPln,
    costMaxPln,
    urgentVisit: a.severity === "high" || a.severity === "critical",
    confidence,
    serviceCategories,
  };

  const notes = a.stopDriving ? [t.critical] : unknownCodeNotes(a).slice(0, 1);
  return { kind: "diagnosis", text: [...notes, LEAD_IN[a.locale]].join(" "), diagnosis };
}
