/** `npm run bench`: prints figures for Pitstop's hot paths. Never fails on time. */
import { bookingsBench } from "./bookings.bench";
import { catalogBench } from "./catalog.bench";
import { diagnosisTtftBench } from "./diagnosis-ttft.bench";
import { geoSearchBench } from "./geo-search.bench";
import { messagingBench } from "./messaging.bench";
import { slotsBench } from "./slots.bench";
import { vinDecodeBench } from "./vin-decode.bench";

const only = process.argv[2];
const benches: Record<string, () => Promise<void>> = {
  geo: geoSearchBench,
  vin: vinDecodeBench,
  ai: diagnosisTtftBench,
  chat: messagingBench,
  slots: slotsBench,
  bookings: bookingsBench,
  catalog: catalogBench,
};
for (const [name, bench] of Object.entries(benches)) {
  if (only && only !== name) continue;
  await bench();
  console.log("");
}
process.exit(0);
