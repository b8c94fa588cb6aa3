/**
 * Live chat delivery (see messaging-worker.ts for what is measured). Runs in a child process: Pitstop
 * reads the realtime server's address from the environment once, when its modules load.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";

export async function messagingBench() {
  console.log("Live chat — message send to the other side's screen, next to the raw Pusher round trip (goal: p99 ≤ 50 ms and ≤ 2× raw)");
  const worker = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "tests/bench/messaging-worker.ts"], {
    stdio: "inherit",
    env: process.env,
  });
  const [code] = (await once(worker, "exit")) as [number | null];
  if (code !== 0) console.log(`  (the chat benchmark exited with ${code})`);
}
