import { computeCheckDigit, hasValidCheckDigit } from "@/features/garage/server";

const CHARS = "[A-HJ-NPR-Z0-9]";

/** True for a 17-character VIN whose position 9 holds the right check digit (49 CFR 565). */
export const isValidVin = (vin: string) => hasValidCheckDigit(vin.toUpperCase());

/**
 * A full VIN from a stem and a serial: the stem is 11 characters with "_" at position 9
 * (e.g. "1HGCM826_3A": WMI + VDS, check-digit slot, model-year code, plant code) and the serial
 * is positions 12–17 (6 characters). The check digit is computed (garage's 49 CFR 565 rule).
 * @throws Error on a malformed stem or serial.
 */
export function buildVin(stem: string, serial: string): string {
  if (!new RegExp(`^${CHARS}{8}_${CHARS}{2}$`).test(stem)) throw new Error(`Bad VIN stem: ${stem}`);
  if (!new RegExp(`^${CHARS}{6}$`).test(serial)) throw new Error(`Bad VIN serial: ${serial}`);
  const draft = `${stem.slice(0, 8)}0${stem.slice(9)}${serial}`;
  return `${draft.slice(0, 8)}${computeCheckDigit(draft)}${draft.slice(9)}`;
}
