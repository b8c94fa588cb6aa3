/**
 * Pure VIN rules (client-safe): normalising, the check digit, the region and the model year.
 *
 * Sources: ISO 3779 (VIN structure) and ISO 3780 (WMI regions by first character); the check
 * digit and the model-year code are defined by the US rule 49 CFR 565.15, which North America
 * and China mandate. Elsewhere (Europe, most of Asia) position 9 and position 10 are up to the
 * manufacturer: a "wrong" check digit there is normal, and position 10 is often not the year.
 */

export const VIN_LENGTH = 17;

/** Characters a VIN may contain: digits and Latin letters except I, O and Q. */
const VIN_CHARS = /^[A-HJ-NPR-Z0-9]*$/;
/** Letters people often type by mistake for 1 and 0. */
export const FORBIDDEN_VIN_LETTERS = ["I", "O", "Q"] as const;
export type ForbiddenVinLetter = (typeof FORBIDDEN_VIN_LETTERS)[number];

/** Position weights for the check digit (49 CFR 565.15(c)); position 9 itself weighs 0. */
const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2] as const;

/** Letter values for the check digit (49 CFR 565.15(c), table IV). */
const TRANSLITERATION: Readonly<Record<string, number>> = {
  A: 1,
  B: 2,
  C: 3,
  D: 4,
  E: 5,
  F: 6,
  G: 7,
  H: 8,
  J: 1,
  K: 2,
  L: 3,
  M: 4,
  N: 5,
  P: 7,
  R: 9,
  S: 2,
  T: 3,
  U: 4,
  V: 5,
  W: 6,
  X: 7,
  Y: 8,
  Z: 9,
};

/** Model-year codes in position 10, from 1980 (A) in 30-year cycles (49 CFR 565.15(b), table VI). */
const YEAR_CODES = "ABCDEFGHJKLMNPRSTVWXY123456789";
const FIRST_CODED_YEAR = 1980;
const YEAR_CYCLE = 30;

export type VinRegion = "north_america" | "china" | "asia" | "europe" | "africa" | "oceania" | "south_america" | "unknown";

export type VinProblem = "length" | "characters" | "checkDigit";

/** Upper-cases and removes whitespace (people copy VINs from documents with spaces). */
export function normalizeVin(raw: string): string {
  return raw.replace(/\s+/g, "").toUpperCase();
}

/**
 * The check digit (position 9) a 17-character VIN should have: "0"–"9" or "X".
 * Null when the VIN is not 17 valid characters.
 */
export function computeCheckDigit(vin: string): string | null {
  if (vin.length !== VIN_LENGTH || !VIN_CHARS.test(vin)) return null;
  let sum = 0;
  for (let i = 0; i < VIN_LENGTH; i++) {
    const char = vin.charAt(i);
    const value = /\d/.test(char) ? Number(char) : (TRANSLITERATION[char] ?? 0);
    sum += value * (WEIGHTS[i] ?? 0);
  }
  const remainder = sum % 11;
  return remainder === 10 ? "X" : String(remainder);
}

/** Whether position 9 holds the computed check digit. */
export function hasValidCheckDigit(vin: string): boolean {
  const expected = computeCheckDigit(vin);
  return expected !== null && vin.charAt(8) === expected;
}

/** Where the manufacturer is registered, from the first character (ISO 3780). */
export function vinRegion(vin: string): VinRegion {
  const first = vin.charAt(0).toUpperCase();
  if (/^[1-5]$/.test(first)) return "north_america";
  if (first === "L") return "china";
  if (/^[J-R]$/.test(first)) return "asia";
  if (/^[S-Z]$/.test(first)) return "europe";
  if (/^[A-H]$/.test(first)) return "africa";
  if (/^[67]$/.test(first)) return "oceania";
  if (/^[89]$/.test(first)) return "south_america";
  return "unknown";
}

/** Regions whose law requires the 49 CFR 565 check digit and model-year code. */
export function requiresCheckDigit(region: VinRegion): boolean {
  return region === "north_america" || region === "china";
}

/** The first problem of a normalised VIN, in the order a person should fix them; null when valid. */
export function vinProblem(vin: string): VinProblem | null {
  if (!VIN_CHARS.test(vin)) return "characters";
  if (vin.length !== VIN_LENGTH) return "length";
  if (requiresCheckDigit(vinRegion(vin)) && !hasValidCheckDigit(vin)) return "checkDigit";
  return null;
}

/** The latest model year a vehicle can have now: next year's models are sold from mid-year. */
export function maxModelYear(now: Date = new Date()): number {
  return now.getFullYear() + 1;
}

/**
 * Every model year the code in position 10 can stand for, oldest first, up to `maxYear`
 * (e.g. "3" → [2003, 2033] before 2033 arrives, so [2003]). Empty for characters that are no
 * year code (0, U, Z, or an incomplete VIN).
 */
export function modelYearCandidates(vin: string, maxYear: number = maxModelYear()): number[] {
  const code = vin.charAt(9).toUpperCase();
  const index = code ? YEAR_CODES.indexOf(code) : -1;
  if (index < 0) return [];
  const years: number[] = [];
  for (let year = FIRST_CODED_YEAR + index; year <= maxYear; year += YEAR_CYCLE) years.push(year);
  return years;
}

/**
 * The model year by 49 CFR 565.15: a letter in position 7 means 2010–2039, a digit 1980–2009
 * (cars, MPVs and light trucks); when that lands after `maxYear`, the latest possible year.
 * Null when position 10 holds no year code. Says nothing about whether the region uses the code:
 * see `modelYearFromVin`.
 */
export function likelyModelYear(vin: string, maxYear: number = maxModelYear()): number | null {
  const candidates = modelYearCandidates(vin, maxYear);
  if (candidates.length === 0) return null;
  const index = YEAR_CODES.indexOf(vin.charAt(9).toUpperCase());
  const cycleStart = /[A-Z]/.test(vin.charAt(6).toUpperCase()) ? 2010 : FIRST_CODED_YEAR;
  const byPosition7 = cycleStart + index;
  return candidates.includes(byPosition7) ? byPosition7 : (candidates[candidates.length - 1] ?? null);
}

/**
 * The model year where it is unambiguous: only for regions that mandate the position-10 code
 * (North America, China). Null elsewhere: European makers often put something else there.
 */
export function modelYearFromVin(vin: string, maxYear: number = maxModelYear()): number | null {
  return requiresCheckDigit(vinRegion(vin)) ? likelyModelYear(vin, maxYear) : null;
}

/** Live hints for a VIN being typed. Positions are 1-based. */
export type VinHints = {
  /** The VIN as it will be sent (upper-cased, no spaces). */
  vin: string;
  length: number;
  /** 17 minus length (negative when too long). */
  remaining: number;
  /** I, O or Q where they were typed. */
  forbidden: { char: ForbiddenVinLetter; position: number }[];
  /** Other characters that cannot be in a VIN (punctuation, non-Latin letters). */
  invalid: { char: string; position: number }[];
  /** Only when the VIN is 17 valid characters: whether the check digit must and does match. */
  checkDigit: "valid" | "invalid" | "notRequired" | null;
  region: VinRegion | null;
};

export function vinHints(raw: string): VinHints {
  const vin = normalizeVin(raw);
  const forbidden: VinHints["forbidden"] = [];
  const invalid: VinHints["invalid"] = [];
  Array.from(vin).forEach((char, i) => {
    if ((FORBIDDEN_VIN_LETTERS as readonly string[]).includes(char)) {
      forbidden.push({ char: char as ForbiddenVinLetter, position: i + 1 });
    } else if (!/^[A-Z0-9]$/.test(char)) {
      invalid.push({ char, position: i + 1 });
    }
  });
  const length = Array.from(vin).length;
  const complete = length === VIN_LENGTH && forbidden.length === 0 && invalid.length === 0;
  const region = vin ? vinRegion(vin) : null;
  let checkDigit: VinHints["checkDigit"] = null;
  if (complete && region) {
    if (!requiresCheckDigit(region)) checkDigit = "notRequired";
    else checkDigit = hasValidCheckDigit(vin) ? "valid" : "invalid";
  }
  return { vin, length, remaining: VIN_LENGTH - length, forbidden, invalid, checkDigit, region };
}
