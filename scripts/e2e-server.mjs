#!/usr/bin/env node
// The server the Playwright journeys run against: the production build via `npm start`,
// with DATABASE_URL when set, else a fresh embedded PGlite (own directory and port, so a
// running `npm run dev` is left alone).
import { rmSync } from "node:fs";
import { x } from "tinyexec";

const env = { ...process.env, NODE_ENV: "production" };
if (!env.DATABASE_URL) {
  env.PGLITE_DIR = ".data/e2e-pglite";
  env.PGLITE_PORT = env.E2E_PGLITE_PORT ?? "54339";
  rmSync(env.PGLITE_DIR, { recursive: true, force: true });
}
const proc = x("npm", ["start"], { nodeOptions: { stdio: "inherit", env } });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => proc.kill(signal));
const result = await proc;
process.exit(result.exitCode ?? 0);
