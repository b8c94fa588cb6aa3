import { compileLexiconEntry, lexiconPositions, tokenize } from "./normalize";

/**
 * Recognises a driver asking for a person instead of the AI mechanic, so the session can be escalated
 * to a workshop. Matching is on whole words of the normalised text (lower-case, no diacritics); "*"
 * marks a stem, so "człowiek*" covers "z człowiekiem" but "mechanic" does not match "mechanical".
 * Entries are editorial (Pitstop), in Polish and English.
 */
const REQUESTS: { keyword: string; entry: string }[] = [
  { keyword: "człowiek", entry: "czlowiek*" },
  { keyword: "prawdziwa osoba", entry: "prawdziw* osob*" },
  { keyword: "żywa osoba", entry: "zyw* osob*" },
  { keyword: "mechanik", entry: "mechanik*" },
  { keyword: "konsultant", entry: "konsultant*" },
  { keyword: "zadzwoń", entry: "zadzwon" },
  { keyword: "zadzwońcie", entry: "zadzwoncie" },
  { keyword: "zadzwonić", entry: "zadzwonic" },
  { keyword: "niech ktoś zadzwoni", entry: "ktos zadzwoni" },
  { keyword: "oddzwońcie", entry: "oddzwon*" },
  { keyword: "proszę o telefon", entry: "prosze o telefon" },
  { keyword: "porozmawiać z kimś", entry: "porozmawiac z kims" },
  { keyword: "rozmowa z kimś", entry: "rozmow* z kims" },
  { keyword: "human", entry: "human" },
  { keyword: "human", entry: "humans" },
  { keyword: "real person", entry: "real person" },
  { keyword: "real person", entry: "real people" },
  { keyword: "live person", entry: "live person" },
  { keyword: "mechanic", entry: "mechanic" },
  { keyword: "mechanic", entry: "mechanics" },
  { keyword: "call me", entry: "call me" },
  { keyword: "call me", entry: "call me back" },
  { keyword: "phone me", entry: "phone me" },
  { keyword: "ring me", entry: "ring me" },
  { keyword: "agent", entry: "agent" },
  { keyword: "agent", entry: "agents" },
  { keyword: "operator", entry: "operator" },
  { keyword: "representative", entry: "representative" },
  { keyword: "talk to someone", entry: "talk to someone" },
  { keyword: "talk to someone", entry: "speak to someone" },
  { keyword: "talk to someone", entry: "talk to somebody" },
  { keyword: "talk to someone", entry: "speak with someone" },
  { keyword: "talk to someone", entry: "talk to a person" },
  { keyword: "talk to someone", entry: "speak to a person" },
];

const COMPILED = REQUESTS.map((r) => ({ keyword: r.keyword, entry: compileLexiconEntry(r.entry) }));

/** "My mechanic said…" mentions a mechanic without asking for one. */
const POSSESSIVES = new Set(["my", "our", "moj", "moja", "mojego", "moim", "mojemu", "nasz", "naszego", "naszym", "swojego", "swoim"]);
const REPORTING = [
  "said",
  "says",
  "told",
  "thinks",
  "powiedzial",
  "powiedziala",
  "mowi",
  "mowil",
  "stwierdzil",
  "twierdzi",
  "uwaza",
  "sprawdzal",
];

function isMention(words: readonly string[], start: number, length: number): boolean {
  const before = words[start - 1];
  const after = words[start + length];
  return (before !== undefined && POSSESSIVES.has(before)) || (after !== undefined && REPORTING.some((r) => after.startsWith(r)));
}

/**
 * @param text the driver's message as typed
 * @returns the canonical keyword of the first request for a human found ("człowiek", "call me", …),
 *   or null. A mechanic merely mentioned ("mój mechanik powiedział…", "my mechanic said…") is not a request.
 */
export function detectEscalation(text: string): { keyword: string } | null {
  const words = tokenize(text);
  for (const { keyword, entry } of COMPILED) {
    const positions = lexiconPositions(words, entry);
    if (positions.some((start) => !isMention(words, start, entry.parts.length))) return { keyword };
  }
  return null;
}
