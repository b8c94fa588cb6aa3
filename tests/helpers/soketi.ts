import { spawn } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { soketiWebhooks } from "../../scripts/soketi-config.mjs";
import type { RealtimeEnv } from "../../src/server/realtime/config";

const SERVER_SCRIPT = fileURLToPath(new URL("../../scripts/soketi-server.mjs", import.meta.url));
const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export type SoketiHandle = {
  host: string;
  port: number;
  appId: string;
  key: string;
  secret: string;
  /** The PUSHER_* variables that point Pitstop at this soketi. */
  env: Record<"PUSHER_HOST" | "PUSHER_PORT" | "PUSHER_APP_ID" | "PUSHER_KEY" | "PUSHER_SECRET", string>;
  /** Stops soketi (its connections close at once) and waits for its process to exit. */
  stop: () => Promise<void>;
};

/** A free loopback TCP port, as the OS hands it out (free now; taken again by whoever binds it first). */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, "close");
  return port;
}

/**
 * Starts a soketi of its own through `scripts/soketi-server.mjs`, exactly as `npm run dev` does
 * (Pusher's limits, client events, user authentication), on 127.0.0.1 and a free port (or `port`,
 * e.g. to restart one on the same port after stopping it). Credentials default to the app's
 * (PUSHER_APP_ID / PUSHER_KEY / PUSHER_SECRET, else src/env.ts defaults) so signatures made by
 * `@/server/realtime` are accepted. Webhooks go to `webhookUrl` only (none when omitted).
 * Resolves once soketi accepts connections (about 0.6 s); rejects with soketi's output if it exits first.
 */
export async function startSoketi(opts: { port?: number; webhookUrl?: string } = {}): Promise<SoketiHandle> {
  const host = "127.0.0.1";
  const port = opts.port ?? (await freePort());
  const appId = process.env.PUSHER_APP_ID || "pitstop";
  const key = process.env.PUSHER_KEY || "pitstop-key";
  const secret = process.env.PUSHER_SECRET || "pitstop-secret";
  const env = { PUSHER_HOST: host, PUSHER_PORT: String(port), PUSHER_APP_ID: appId, PUSHER_KEY: key, PUSHER_SECRET: secret };
  const child = spawn(process.execPath, [SERVER_SCRIPT], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...env,
      PUSHER_CLUSTER: "",
      // Tests need no LAN access; soketi's own variable wins over Pitstop's 0.0.0.0.
      SOKETI_HOST: host,
      SOKETI_DEFAULT_APP_WEBHOOKS: JSON.stringify(opts.webhookUrl ? soketiWebhooks(opts.webhookUrl) : []),
    },
    // The IPC channel ties soketi's life to this process (the script stops when it disconnects).
    stdio: ["ignore", "pipe", "pipe", "ipc"],
  });
  // Both pipes exist: stdio above asks for them.
  const stdout = child.stdout!;
  const stderr = child.stderr!;
  let output = "";
  stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = once(child, "exit").then(([code]) => code as number | null);
  const ready = new Promise<void>((resolve) => {
    createInterface({ input: stdout }).on("line", (line) => {
      output += `${line}\n`;
      if (line.startsWith("Realtime (soketi) at")) resolve();
    });
  });
  const started = await Promise.race([ready.then(() => true), exited.then(() => false)]);
  if (!started) throw new Error(`soketi did not start on port ${port}:\n${output}`);
  child.unref();
  child.channel?.unref();

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGTERM");
    const killer = setTimeout(() => child.kill("SIGKILL"), 3_000);
    await exited;
    clearTimeout(killer);
  };
  return { host, port, appId, key, secret, env, stop };
}

/** Pitstop's realtime settings pointing at `soketi` (for `createPusher`), as PUSHER_* would give them. */
export function realtimeEnvFor(soketi: Pick<SoketiHandle, "appId" | "key" | "secret" | "host" | "port">): RealtimeEnv {
  return {
    PUSHER_APP_ID: soketi.appId,
    PUSHER_KEY: soketi.key,
    PUSHER_SECRET: soketi.secret,
    PUSHER_CLUSTER: undefined,
    PUSHER_HOST: soketi.host,
    PUSHER_PORT: soketi.port,
    PUSHER_USE_TLS: false,
    PUSHER_PUBLIC_HOST: undefined,
    PUSHER_PUBLIC_PORT: undefined,
    PUSHER_PUBLIC_TLS: undefined,
  };
}
