/**
 * Text normalisation and keyword matching shared by the knowledge engine, sentiment and escalation.
 *
 * Keywords in the data files are word stems or phrases of stems written without diacritics
 * ("zgrzyt przy hamow", "grinding"). A stem matches a word that starts with it, so one stem covers
 * Polish inflection ("hamow" ~ "hamowaniu", "hamowanie"); a stem of at most three characters must
 * equal the whole word, because short prefixes match far too much ("abs" ~ "absolutnie",
 * "tyl" ~ "tylko"). A phrase matches consecutive words.
 */

const POLISH_LETTERS: Record<string, string> = { ą: "a", ć: "c", ę: "e", ł: "l", ń: "n", ó: "o", ś: "s", ź: "z", ż: "z" };

/** Stems this short must match a whole word (see the module comment). */
const EXACT_STEM_MAX = 3;

/**
 * Lower-cases, removes Polish diacritics (ą→a, ć→c, ę→e, ł→l, ń→n, ó→o, ś→s, ź/ż→z) and any other
 * combining marks (é→e), collapses whitespace and trims. Punctuation is kept (see `tokenize`).
 */
export function normalizeText(text: string): string {
  let lower = text.toLowerCase().replace(/[ąćęłńóśźż]/g, (letter) => POLISH_LETTERS[letter] ?? letter);
  // Decomposing is the slow part; most messages have nothing left to decompose.
  if (/[^\u0000-\u007f]/.test(lower)) lower = lower.normalize("NFD").replace(/\p{M}/gu, "");
  return lower.replace(/\s+/g, " ").trim();
}

/**
 * Words of a text, normalised: apostrophes are dropped first so "doesn't" and "doesnt" give the same
 * word, then anything but a–z and digits separates words.
 */
export function tokenize(text: string): string[] {
  return tokenizeNormalized(normalizeText(text));
}

/** `tokenize` for a text already passed through `normalizeText`. */
export function tokenizeNormalized(normalized: string): string[] {
  return normalized
    .replace(/['’‘`]/g, "")
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}

type StemPart = { stem: string; exact: boolean };

/** A keyword (stem or phrase) prepared once for matching. */
export type CompiledKeyword = { keyword: string; parts: StemPart[] };

/** Prepares a data keyword; the keyword goes through the same normalisation as the driver's text. */
export function compileKeyword(keyword: string): CompiledKeyword {
  const parts = tokenize(keyword).map((stem) => ({ stem, exact: stem.length <= EXACT_STEM_MAX }));
  return { keyword, parts };
}

function partMatches(word: string | undefined, part: StemPart): boolean {
  if (word === undefined) return false;
  return part.exact ? word === part.stem : word.startsWith(part.stem);
}

/**
 * Words with their positions indexed by whole word and by every prefix, so that finding a keyword
 * costs a map lookup instead of a scan (the engine checks thousands of keywords per reply).
 */
type WordIndex = { exact: Map<string, number[]>; prefix: Map<string, number[]> };

/** Indexes are built once per words array (the engine reuses each turn's array for every keyword). */
const indexes = new WeakMap<readonly string[], WordIndex>();

function indexOf(words: readonly string[]): WordIndex {
  let index = indexes.get(words);
  if (index) return index;
  index = { exact: new Map(), prefix: new Map() };
  const add = (map: Map<string, number[]>, key: string, i: number) => {
    const list = map.get(key);
    if (list) list.push(i);
    else map.set(key, [i]);
  };
  words.forEach((word, i) => {
    add(index!.exact, word, i);
    for (let n = 1; n <= word.length; n++) add(index!.prefix, word.slice(0, n), i);
  });
  indexes.set(words, index);
  return index;
}

/**
 * Where a keyword occurs in `words` (output of `tokenize`): the word index of each occurrence.
 * An empty keyword (nothing left after normalisation) never matches.
 */
export function keywordPositions(words: readonly string[], keyword: CompiledKeyword): number[] {
  const { parts } = keyword;
  const first = parts[0];
  if (!first) return [];
  const index = indexOf(words);
  const starts = (first.exact ? index.exact : index.prefix).get(first.stem);
  if (!starts) return [];
  if (parts.length === 1) return starts;
  return starts.filter((start) => parts.every((part, k) => k === 0 || partMatches(words[start + k], part)));
}

/** True when the keyword occurs anywhere in `words`. */
export function hasKeyword(words: readonly string[], keyword: CompiledKeyword): boolean {
  return keywordPositions(words, keyword).length > 0;
}

/** A data matcher (`any` and optional `with`, see `matcherSchema`) prepared once. */
export type CompiledMatcher = {
  any: CompiledKeyword[];
  with: CompiledKeyword[] | null;
  /** The index it is registered in (see `KeywordIndex`), or null for a stand-alone matcher. */
  index: KeywordIndex | null;
  id: number;
};

export function compileMatcher(matcher: { any: string[]; with?: string[] }): CompiledMatcher {
  return { any: matcher.any.map(compileKeyword), with: matcher.with ? matcher.with.map(compileKeyword) : null, index: null, id: -1 };
}

/** Word indices covered by a matcher's `any` and `with` keywords in one text. */
type Cover = { any: Set<number> | null; with: Set<number> | null };
type Registered = { keyword: CompiledKeyword; matcher: number; role: "any" | "with" };

const firstKey = (part: StemPart) => (part.exact ? `=${part.stem}` : `^${part.stem}`);

function addCover(into: Set<number> | null, start: number, length: number): Set<number> {
  const set = into ?? new Set<number>();
  for (let k = 0; k < length; k++) set.add(start + k);
  return set;
}

/**
 * All matchers of a knowledge base, indexed by the first stem of their keywords. Scanning a text then
 * costs one lookup per word and prefix, and touches only keywords that can occur, instead of trying
 * every keyword of every pattern and answer (thousands) on every message.
 */
export class KeywordIndex {
  private readonly byFirst = new Map<string, Registered[]>();
  private readonly scans = new WeakMap<readonly string[], Map<number, Cover>>();
  private count = 0;

  /** Compiles a matcher and registers its keywords. */
  compile(matcher: { any: string[]; with?: string[] }): CompiledMatcher {
    const compiled: CompiledMatcher = { ...compileMatcher(matcher), index: this, id: this.count++ };
    const register = (keyword: CompiledKeyword, role: Registered["role"]) => {
      const first = keyword.parts[0];
      if (!first) return;
      const key = firstKey(first);
      const list = this.byFirst.get(key);
      const entry = { keyword, matcher: compiled.id, role };
      if (list) list.push(entry);
      else this.byFirst.set(key, [entry]);
    };
    for (const keyword of compiled.any) register(keyword, "any");
    for (const keyword of compiled.with ?? []) register(keyword, "with");
    return compiled;
  }

  /** The covers of every registered matcher with at least one keyword in `words` (cached per array). */
  scan(words: readonly string[]): Map<number, Cover> {
    const cached = this.scans.get(words);
    if (cached) return cached;
    const covers = new Map<number, Cover>();
    const visit = (key: string, start: number) => {
      for (const { keyword, matcher, role } of this.byFirst.get(key) ?? []) {
        const { parts } = keyword;
        if (!parts.every((part, k) => k === 0 || partMatches(words[start + k], part))) continue;
        const cover = covers.get(matcher) ?? { any: null, with: null };
        cover[role] = addCover(cover[role], start, parts.length);
        covers.set(matcher, cover);
      }
    };
    words.forEach((word, i) => {
      visit(`=${word}`, i);
      for (let n = 1; n <= word.length; n++) visit(`^${word.slice(0, n)}`, i);
    });
    this.scans.set(words, covers);
    return covers;
  }
}

function cover(words: readonly string[], keywords: readonly CompiledKeyword[], into: Set<number>): boolean {
  let found = false;
  for (const keyword of keywords) {
    for (const start of keywordPositions(words, keyword)) {
      found = true;
      addCover(into, start, keyword.parts.length);
    }
  }
  return found;
}

/**
 * Matches a matcher against words: null when it does not match (no `any` keyword, or `with` given and
 * none of its keywords), otherwise the set of word indices the matching keywords cover. The cover lets
 * callers prefer the more specific of two matches ("nie miga" over "miga", see `mostSpecific`).
 */
export function matchWords(words: readonly string[], matcher: CompiledMatcher): Set<number> | null {
  if (matcher.index) {
    const found = matcher.index.scan(words).get(matcher.id);
    if (!found?.any || (matcher.with && !found.with)) return null;
    return new Set([...found.any, ...(matcher.with ? (found.with ?? []) : [])]);
  }
  const covered = new Set<number>();
  if (!cover(words, matcher.any, covered)) return null;
  if (matcher.with && !cover(words, matcher.with, covered)) return null;
  return covered;
}

function isStrictSubset(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  if (a.size >= b.size) return false;
  for (const index of a) if (!b.has(index)) return false;
  return true;
}

/**
 * Drops every match whose covered words are a strict subset of another match's: "nie miga" (not
 * flashing) wins over "miga" (flashing), "front left" over "front", "check engine flashing" over
 * "check engine". Order of the remaining matches is kept.
 */
export function mostSpecific<T>(matches: readonly { item: T; covered: ReadonlySet<number> }[]): T[] {
  return matches.filter((m) => !matches.some((other) => other !== m && isStrictSubset(m.covered, other.covered))).map((m) => m.item);
}

/**
 * A lexicon entry (sentiment, escalation): words without diacritics, each either a whole word
 * ("again") or a stem marked with a trailing "*" ("wkurz*" ~ "wkurza", "wkurzony"). Unlike data
 * keywords, the author decides per word, because lexicon words are short and ambiguous.
 */
export type LexiconEntry = { entry: string; parts: StemPart[] };

export function compileLexiconEntry(entry: string): LexiconEntry {
  const parts = entry
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .map((w) => (w.endsWith("*") ? { stem: normalizeText(w.slice(0, -1)), exact: false } : { stem: normalizeText(w), exact: true }));
  return { entry, parts };
}

/** Word indices where a lexicon entry starts in `words` (output of `tokenize`). */
export function lexiconPositions(words: readonly string[], entry: LexiconEntry): number[] {
  return keywordPositions(words, { keyword: entry.entry, parts: entry.parts });
}
