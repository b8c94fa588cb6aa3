/** What the offline engine says, in Polish and English (the reasoning is in `./engine.ts`). */
import type { Severity } from "../schemas";
import { compileKeyword, normalizeText } from "./normalize";
import type { EngineInput } from "./types";

export type Locale = EngineInput["locale"];

/** "Just tell me" in either language: the driver wants the result now. */
export const GIVE_UP = [
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

export const LEAD_IN: Record<Locale, string> = {
  pl: "Na podstawie opisu przygotowałem wstępną diagnozę:",
  en: "Based on your description, here is my preliminary diagnosis:",
};
export const LEAD_IN_NORMALISED = Object.values(LEAD_IN).map((text) => normalizeText(text).replace(/:$/, ""));

export const TEXT = {
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

export function lowerFirst(text: string): string {
  // Keep acronyms and names ("ABS", "DPF", "Check engine" stays readable either way) upper-case.
  const second = text.charAt(1);
  return second && second === second.toLowerCase() ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

export function joinCodes(codes: readonly string[]): string {
  return codes.join(", ");
}
