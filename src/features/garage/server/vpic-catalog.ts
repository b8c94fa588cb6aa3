import "server-only";
import type Database from "better-sqlite3";
import { looksLikeCompanyName, normalizeMakeName, pickWmiMake, type WmiMakeRow } from "./vpic-mapping";

/**
 * In-memory index of NHTSA vPIC's manufacturer tables (Wmi, Wmi_Make, Make, Manufacturer,
 * Wmi_VinSchema, Make_Model). The SQLite file has almost no indexes, so joins there take
 * seconds; reading the tables once takes ~100 ms and every lookup after that is a Map hit.
 */
export type VpicCatalog = {
  /** The make vPIC links to a WMI code (3 characters, or 6 for small makers), or null. */
  makeForWmiCode(code: string): string | null;
  /** Makes of cars, MPVs, trucks and motorcycles vPIC can decode (unsorted, vPIC spelling). */
  decodableMakes: string[];
  /** vPIC model names of a make, by normalised make name (see `normalizeMakeName`). */
  modelsOf(makeKey: string): string[];
};

/** Vehicle types whose makes the make list offers (vPIC table VehicleType). */
const LISTED_VEHICLE_TYPES = ["Passenger Car", "Multipurpose Passenger Vehicle (MPV)", "Truck", "Motorcycle"];
/** A make is listed when vPIC has at least this many VIN schemas and models for it. */
const MIN_SCHEMAS = 5;
const MIN_MODELS = 3;

export function buildVpicCatalog(db: Database.Database): VpicCatalog {
  const makeNames = new Map<number, string>();
  for (const row of db.prepare<[], { id: number; name: string }>("select Id as id, Name as name from Make").all()) {
    makeNames.set(row.id, row.name.trim());
  }
  const manufacturerNames = new Map<number, string>();
  for (const row of db.prepare<[], { id: number; name: string }>("select Id as id, Name as name from Manufacturer").all()) {
    manufacturerNames.set(row.id, row.name);
  }

  type WmiRow = { id: number; code: string; manufacturerId: number | null; makeId: number | null; vehicleTypeId: number | null };
  const wmis = db
    .prepare<[], WmiRow>(
      "select Id as id, Wmi as code, ManufacturerId as manufacturerId, MakeId as makeId, VehicleTypeId as vehicleTypeId from Wmi",
    )
    .all();
  const makesOfWmi = new Map<number, Set<number>>();
  const linksOfMake = new Map<number, number>();
  const link = (wmiId: number, makeId: number) => {
    const set = makesOfWmi.get(wmiId) ?? new Set<number>();
    if (!set.has(makeId)) {
      set.add(makeId);
      linksOfMake.set(makeId, (linksOfMake.get(makeId) ?? 0) + 1);
    }
    makesOfWmi.set(wmiId, set);
  };
  for (const wmi of wmis) if (wmi.makeId !== null) link(wmi.id, wmi.makeId);
  for (const row of db.prepare<[], { wmiId: number; makeId: number }>("select WmiId as wmiId, MakeId as makeId from Wmi_Make").all()) {
    link(row.wmiId, row.makeId);
  }

  const wmisByCode = new Map<string, WmiRow[]>();
  for (const wmi of wmis) wmisByCode.set(wmi.code, [...(wmisByCode.get(wmi.code) ?? []), wmi]);

  const makeIdsByKey = new Map<string, number[]>();
  for (const [id, name] of makeNames) {
    const key = normalizeMakeName(name);
    if (key) makeIdsByKey.set(key, [...(makeIdsByKey.get(key) ?? []), id]);
  }

  return {
    makeForWmiCode(code) {
      const rows: WmiMakeRow[] = [];
      for (const wmi of wmisByCode.get(code) ?? []) {
        const manufacturer = (wmi.manufacturerId !== null && manufacturerNames.get(wmi.manufacturerId)) || "";
        for (const makeId of makesOfWmi.get(wmi.id) ?? []) {
          const make = makeNames.get(makeId);
          if (make) rows.push({ make, manufacturer, weight: linksOfMake.get(makeId) ?? 0 });
        }
      }
      return pickWmiMake(rows);
    },
    decodableMakes: decodableMakes(db, wmis, makesOfWmi, makeNames),
    modelsOf(makeKey) {
      const ids = makeIdsByKey.get(makeKey) ?? [];
      if (ids.length === 0) return [];
      return db
        .prepare<number[], { name: string }>(
          `select distinct mo.Name as name from Make_Model mm join Model mo on mo.Id = mm.ModelId
           where mm.MakeId in (${ids.map(() => "?").join(",")})`,
        )
        .all(...ids)
        .map((row) => row.name.trim())
        .filter(Boolean);
    },
  };
}

function decodableMakes(
  db: Database.Database,
  wmis: { id: number; vehicleTypeId: number | null }[],
  makesOfWmi: Map<number, Set<number>>,
  makeNames: Map<number, string>,
): string[] {
  const typeIds = new Set(
    db
      .prepare<string[], { id: number }>(
        `select Id as id from VehicleType where Name in (${LISTED_VEHICLE_TYPES.map(() => "?").join(",")})`,
      )
      .all(...LISTED_VEHICLE_TYPES)
      .map((row) => row.id),
  );
  const listedWmis = new Set(wmis.filter((w) => w.vehicleTypeId !== null && typeIds.has(w.vehicleTypeId)).map((w) => w.id));

  const schemasOfMake = new Map<number, Set<number>>();
  for (const row of db
    .prepare<[], { wmiId: number; schemaId: number }>("select WmiId as wmiId, VinSchemaId as schemaId from Wmi_VinSchema")
    .all()) {
    if (!listedWmis.has(row.wmiId)) continue;
    for (const makeId of makesOfWmi.get(row.wmiId) ?? []) {
      const set = schemasOfMake.get(makeId) ?? new Set<number>();
      set.add(row.schemaId);
      schemasOfMake.set(makeId, set);
    }
  }
  const modelCounts = new Map<number, number>();
  for (const row of db
    .prepare<[], { makeId: number; models: number }>("select MakeId as makeId, count(*) as models from Make_Model group by MakeId")
    .all()) {
    modelCounts.set(row.makeId, row.models);
  }

  const names: string[] = [];
  for (const [makeId, schemas] of schemasOfMake) {
    const name = makeNames.get(makeId);
    if (!name || schemas.size < MIN_SCHEMAS || (modelCounts.get(makeId) ?? 0) < MIN_MODELS) continue;
    if (!looksLikeCompanyName(name)) names.push(name);
  }
  return names;
}
