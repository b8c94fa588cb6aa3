#!/usr/bin/env node
// The server the Playwright journeys run against: the production build via `npm start`,
// with DATABASE_URL when set, else a fresh embedded PGlite (own directory and port, so a
// running `npm run dev` is left alone).
import { rmSync } from "node:fs";
import { x } from "tinyexec";

const env = {
  ...process.env,
  NODE_ENV: "production",
  // Its own realtime and mail ports and folders, so a running `npm run dev` is left alone; e-mails about
  // unread messages after 3 s instead of 2 minutes, so the journey can wait for one.
  PUSHER_PORT: process.env.E2E_PUSHER_PORT ?? "6011",
  MAIL_CAPTURE_PORT: process.env.E2E_MAIL_PORT ?? "1035",
  MAIL_CAPTURE_DIR: ".data/e2e-mail",
  UPLOADS_DIR: ".data/e2e-uploads",
  MESSAGE_EMAIL_DELAY_SECONDS: "3",
};
rmSync(env.MAIL_CAPTURE_DIR, { recursive: true, force: true });
if (!env.DATABASE_URL) {
  env.PGLITE_DIR = ".data/e2e-pglite";
  env.PGLITE_PORT = env.E2E_PGLITE_PORT ?? "54339";
  rmSync(env.PGLITE_DIR, { recursive: true, force: true });
}
const proc = x("npm", ["start"], { nodeOptions: { stdio: "inherit", env } });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => proc.kill(signal));
const result = await proc;
process.exit(result.exitCode ?? 0);
