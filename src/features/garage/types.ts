import type { VinDecodeSnapshot } from "@/server/db/schema/garage";
import type { FuelType } from "./schemas";

export type { VinDecodeSnapshot };

/** What a decoded VIN says about the vehicle (NHTSA vPIC), mapped to Pitstop's fields. */
export type DecodedVehicle = {
  make: string;
  model: string;
  year: number;
  /** Null when vPIC has no fuel for the VIN. */
  fuel: FuelType | null;
  /** e.g. "2.0 L, 4 cyl", "3.5 L V6", "V6 (J30A4)"; "" when unknown. */
  engine: string;
  trim: string | null;
  bodyStyle: string | null;
};

/** Why a VIN could not be fully decoded: i18n keys (garage namespace). */
export const VIN_DECODE_REASONS = [
  "garage.decode.reasons.notInVpic",
  "garage.decode.reasons.modelUnknown",
  "garage.decode.reasons.yearUnknown",
  "garage.decode.reasons.unavailable",
] as const;
export type VinDecodeReason = (typeof VIN_DECODE_REASONS)[number];

/** What could still be derived from an undecodable VIN (make from the WMI, year where mandated). */
export type VinPrefill = { make?: string; model?: string; year?: number };

/**
 * Result of decoding a VIN offline.
 * - decoded: make, model and year are known (the customer may still correct them);
 * - partial: something could be derived (at least the make) and is in `prefill`;
 * - undecodable: nothing could be derived.
 */
export type VinDecodeResult =
  | { status: "decoded"; vin: string; vehicle: DecodedVehicle; snapshot: VinDecodeSnapshot }
  | { status: "partial" | "undecodable"; vin: string; reason: VinDecodeReason; prefill: VinPrefill };
