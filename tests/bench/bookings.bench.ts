/**
 * Bookings against a real Postgres (see bookings-worker.ts for what is measured). Runs in a child
 * process: Pitstop reads the database, realtime and mail addresses from the environment once, when
 * its modules load.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";

export async function bookingsBench() {
  console.log("Bookings — slots for 30 days (10 bays, 500 bookings) and booking under contention (goal: slots p95 ≤ 10 ms)");
  const worker = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "tests/bench/bookings-worker.ts"], {
    stdio: "inherit",
    env: process.env,
  });
  const [code] = (await once(worker, "exit")) as [number | null];
  if (code !== 0) console.log(`  (the bookings benchmark exited with ${code})`);
}
