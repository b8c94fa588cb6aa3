import type { Sentiment } from "../schemas";
import { compileLexiconEntry, lexiconPositions, tokenize } from "./normalize";

/**
 * Sentiment of a driver's message, for the session analytics (seed 000, `ChatMessage.sentiment`).
 *
 * A lexicon heuristic, not a model: a handful of Polish and English words and signals, chosen by the
 * Pitstop editors. Frustration wins over everything ("znowu", "wkurza", "ile można", "nothing works",
 * "!!!", a message shouted in capitals); otherwise negative words beat positive ones on a tie ("thanks,
 * but it's worse" is negative); no cue at all is neutral. Entries are written without diacritics; "*"
 * marks a stem.
 */

const FRUSTRATED = [
  "znow*",
  "wkurz*",
  "wkurw*",
  "frustr*",
  "ile mozna",
  "mam dosc",
  "mam juz dosc",
  "nic nie dziala",
  "do niczego",
  "beznadziej*",
  "zenad*",
  "skandal*",
  "kolejny raz",
  "po raz kolejny",
  "trzeci raz",
  "szlag",
  "cholera",
  "again",
  "nothing works",
  "fed up",
  "sick of",
  "ridiculous",
  "useless",
  "waste of",
  "annoying",
  "annoyed",
  "frustrat*",
  "third time",
  "still not",
  "still broken",
  "ugh",
  "wtf",
].map(compileLexiconEntry);

const NEGATIVE = [
  "zle",
  "zly",
  "zla",
  "problem*",
  "gorzej",
  "gorszy",
  "niestety",
  "martwi*",
  "boje sie",
  "obawiam sie",
  "awari*",
  "zepsu*",
  "psuje",
  "nie dziala",
  "drogo",
  "drogie",
  "kiepsk*",
  "niepokoj*",
  "worse",
  "bad",
  "broken",
  "worried",
  "worrying",
  "afraid",
  "scared",
  "unfortunately",
  "expensive",
  "terrible",
  "awful",
  "problem*",
  "issue*",
  "not working",
  "doesnt work",
  "not great",
].map(compileLexiconEntry);

const POSITIVE = [
  "dzieki",
  "dziekuje",
  "dziekuj*",
  "super",
  "swietnie",
  "swietn*",
  "extra",
  "ekstra",
  "pomocn*",
  "pomogl*",
  "dobra robota",
  "rewelac*",
  "git",
  "great",
  "thanks",
  "thank you",
  "thx",
  "perfect",
  "awesome",
  "helpful",
  "excellent",
  "brilliant",
  "cheers",
  "appreciate*",
  "good job",
].map(compileLexiconEntry);

/** Acronyms drivers type in capitals without shouting. */
const ACRONYMS =
  /\b(?:ABS|ASR|ESP|ESC|DPF|FAP|EGR|TPMS|OBD|MIL|SRS|ECU|LPG|CNG|VIN|DSG|CVT|TDI|HDI|CDI|DCI|TSI|AC|OK|PLN|[PBCU][0-3][0-9A-F]{3})\b/g;

function isShouting(text: string): boolean {
  const letters = text.replace(ACRONYMS, "").replace(/[^\p{L}]/gu, "");
  if (letters.length < 12) return false;
  const upper = letters.replace(/[^\p{Lu}]/gu, "").length;
  return upper / letters.length >= 0.7;
}

function count(words: readonly string[], lexicon: typeof NEGATIVE): number {
  return lexicon.reduce((n, entry) => n + (lexiconPositions(words, entry).length > 0 ? 1 : 0), 0);
}

/**
 * @param text the driver's message as typed
 * @returns "frustrated" | "negative" | "positive" | "neutral" (see the module comment for the rules)
 */
export function detectSentiment(text: string): Sentiment {
  if (/!{3,}/.test(text) || isShouting(text)) return "frustrated";
  const words = tokenize(text);
  if (count(words, FRUSTRATED) > 0) return "frustrated";
  const negative = count(words, NEGATIVE);
  const positive = count(words, POSITIVE);
  if (negative > 0 && negative >= positive) return "negative";
  if (positive > 0) return "positive";
  return "neutral";
}
