/**
 * VIN decode throughput: offline NHTSA vPIC decoding (corgi over SQLite) as `garage.decodeVin`
 * runs it. Cold = VINs the process has not seen (every one a real decode); warm = the same VINs
 * again (served by the in-process LRU). Prints figures; never fails on time.
 */
import { decodeVinOffline } from "../../src/features/garage/server/vpic";
import { buildVin } from "../../src/server/db/seed/vin";
import { VIN_STEMS } from "../../src/server/db/seed/vin-stems";
import { measure, printRow } from "./stats";

const COUNT = 300;

export async function vinDecodeBench() {
  console.log(`VIN decode — ${COUNT} distinct VINs from ${VIN_STEMS.length} real vPIC stems (offline NHTSA vPIC)`);
  const vins = Array.from({ length: COUNT }, (_, i) => buildVin(VIN_STEMS[i % VIN_STEMS.length]!.stem, String(100_000 + i)));
  const opened = performance.now();
  await decodeVinOffline("1M8GDM9AXKP042788"); // opens the decoder (unpacks vPIC on a fresh machine)
  console.log(`  decoder ready in ${(performance.now() - opened).toFixed(0)} ms (first decode included)`);

  // One VIN per stem first: nothing of it is cached anywhere, the whole vPIC pattern match runs.
  const firstOfModel = VIN_STEMS.map((stem) => buildVin(stem.stem, "000777"));
  let decoded = 0;
  const cold = await measure(
    firstOfModel.length,
    async (i) => {
      if ((await decodeVinOffline(firstOfModel[i]!)).status === "decoded") decoded++;
    },
    0,
  );
  printRow("first VIN of a model (full vPIC match)", cold, `, ${(1000 / cold.mean).toFixed(1)} VINs/s, ${decoded}/${cold.runs} decoded`);
  // Then new VINs of models already seen: corgi reuses its pattern work for the shared prefix.
  const known = await measure(COUNT, (i) => decodeVinOffline(vins[i]!), 0);
  printRow("new VIN of a known model", known, `, ${(1000 / known.mean).toFixed(0)} VINs/s`);
  const warm = await measure(COUNT, (i) => decodeVinOffline(vins[Math.abs(i) % COUNT]!), 0);
  printRow(
    "same VIN again (LRU)",
    warm,
    `, ${(1000 / warm.mean).toFixed(0)} VINs/s → ${(cold.mean / warm.mean).toFixed(0)}× the first-VIN rate`,
  );
}
