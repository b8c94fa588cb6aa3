#!/usr/bin/env node
// Local SMTP capture server for development: Pitstop's e-mails land in MAIL_CAPTURE_DIR as JSON
// files instead of inboxes, and /admin/mail shows them. Started by `npm run dev` and `npm start`
// next to Next.js; does nothing when SMTP_URL is set (mail then goes to that server).
import path from "node:path";
import nextEnv from "@next/env";
import { startMailCapture } from "./mail-capture-server.mjs";

nextEnv.loadEnvConfig(process.cwd(), process.env.npm_lifecycle_event?.startsWith("dev") ?? false, { info() {}, error: console.error });

if (process.env.SMTP_URL) {
  console.log("SMTP_URL is set: e-mails go to that server, the local capture server is not started.");
  process.exit(0);
}

const port = Number(process.env.MAIL_CAPTURE_PORT || 1025);
const dir = path.resolve(process.env.MAIL_CAPTURE_DIR || ".data/mail");

let capture;
try {
  capture = await startMailCapture({ port, dir });
} catch (error) {
  const inUse = error && typeof error === "object" && "code" in error && error.code === "EADDRINUSE";
  console.error(
    inUse
      ? `Port ${port} is taken: is another Pitstop (or another mail catcher) running? Stop it or set MAIL_CAPTURE_PORT.`
      : `Could not start the mail capture server: ${String(error)}`,
  );
  process.exit(1);
}
console.log(`Mail capture at smtp://127.0.0.1:${capture.port}, messages in ${dir} (see /admin/mail)`);

let stopping = false;
async function shutdown() {
  if (stopping) return;
  stopping = true;
  await capture.stop();
  process.exit(0);
}
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
