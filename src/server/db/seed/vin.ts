// VIN check digit per 49 CFR 565.15: transliterate letters to numbers, multiply by the position
// weights, sum, take the remainder of dividing by 11 ("X" for 10). I, O and Q are never used.

const TRANSLITERATION: Record<string, number> = {
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8,
  J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9,
  S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
};
const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2] as const;
const VIN_RE = /^[A-HJ-NPR-Z0-9]{17}$/;

/**
 * The check digit (position 9) a 17-character VIN must carry: "0"–"9" or "X".
 * The character at position 9 itself is ignored (its weight is 0).
 * @throws Error when the VIN is not 17 characters of the VIN alphabet.
 */
export function vinCheckDigit(vin: string): string {
  const value = vin.toUpperCase();
  if (!VIN_RE.test(value)) throw new Error(`Not a 17-character VIN: ${vin}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const ch = value[i]!;
    const n = ch >= "0" && ch <= "9" ? Number(ch) : TRANSLITERATION[ch]!;
    sum += n * WEIGHTS[i]!;
  }
  const remainder = sum % 11;
  return remainder === 10 ? "X" : String(remainder);
}

/** True for a well-formed VIN whose position 9 holds the right check digit (North-American rule). */
export function isValidVin(vin: string): boolean {
  const value = vin.toUpperCase();
  return VIN_RE.test(value) && value[8] === vinCheckDigit(value);
}

/**
 * A full VIN from a stem and a serial: the stem is 11 characters with "_" at position 9
 * (e.g. "1HGCM826_3A": WMI + VDS, check-digit slot, model-year code, plant code) and the serial
 * is positions 12–17 (6 characters). The check digit is computed.
 * @throws Error on a malformed stem or serial.
 */
export function buildVin(stem: string, serial: string): string {
  if (!/^[A-HJ-NPR-Z0-9]{8}_[A-HJ-NPR-Z0-9]{2}$/.test(stem)) throw new Error(`Bad VIN stem: ${stem}`);
  if (!/^[A-HJ-NPR-Z0-9]{6}$/.test(serial)) throw new Error(`Bad VIN serial: ${serial}`);
  const draft = `${stem.slice(0, 8)}0${stem.slice(9)}${serial}`;
  return `${draft.slice(0, 8)}${vinCheckDigit(draft)}${draft.slice(9)}`;
}
