#!/usr/bin/env node
// Runs soketi, the open-source Pusher-protocol server, for Pitstop's realtime layer: started by
// `npm run dev` and `npm start` next to Next.js, configured from the same PUSHER_* settings
// (scripts/soketi-config.mjs). Does nothing when PUSHER_CLUSTER or a non-local PUSHER_HOST says the
// realtime server lives elsewhere. soketi's own SOKETI_* variables (SOKETI_DEBUG=1,
// SOKETI_ADAPTER_DRIVER=redis, SOKETI_HOST=127.0.0.1...) apply on top; see docs/realtime.md.
import { createRequire } from "node:module";
import path from "node:path";
import nextEnv from "@next/env";
import { localRealtime, soketiOptions } from "./soketi-config.mjs";
import { patchUwsFallback, usesUwsFallback } from "./soketi-node-compat.mjs";

nextEnv.loadEnvConfig(process.cwd(), process.env.npm_lifecycle_event?.startsWith("dev") ?? false, { info() {}, error: console.error });

const target = localRealtime(process.env);
if (!target.local) {
  console.log(`${target.reason}; no local soketi.`);
  process.exit(0);
}

const require = createRequire(import.meta.url);
const { Cli, Log } = loadSoketi();
const cli = new Cli();
const server = cli.server;
server.setOptions(soketiOptions(process.env));
// soketi's documented SOKETI_* variables win over Pitstop's defaults (and read .env, as soketi does).
cli.overwriteOptionsFromEnv();
const options = server.options;
if (!options.debug) quietLogs(Log);

process.on("uncaughtException", (error) => fail(`soketi crashed: ${error?.stack ?? error}`));
process.on("unhandledRejection", (error) => fail(`soketi failed: ${error?.stack ?? error}`));

let started = false;
server.start(() => {
  // soketi reports "up and running" even when the port was taken: its listen socket is then `false`.
  if (!server.serverProcess) {
    fail(`Port ${options.port} is taken: is another Pitstop running? Stop it or set PUSHER_PORT.`);
    return;
  }
  started = true;
  const app = options.appManager.array.apps[0];
  const hooks = (Array.isArray(app.webhooks) ? app.webhooks.map((hook) => hook.url ?? hook.lambda_function).join(", ") : "") || "none";
  console.log(`Realtime (soketi) at ws://${options.host}:${options.port}, app ${app.id}, webhooks to ${hooks}`);
});

let stopping = false;
async function shutdown() {
  if (stopping) return;
  stopping = true;
  if (!started) process.exit(0);
  // A stuck socket must not keep `npm run dev` from exiting.
  setTimeout(() => process.exit(0), 3000).unref();
  await server.stop();
  process.exit(0);
}
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
// Started by a test or benchmark with an IPC channel: stop with that parent, even if it is killed.
if (process.send) process.on("disconnect", shutdown);

function fail(message) {
  console.error(message);
  process.exit(1);
}

/**
 * Loads soketi without its start-up noise: the AWS SDK v2 end-of-support notice (soketi requires
 * it for optional Lambda/SQS/DynamoDB drivers) and µWebSockets.js' fallback notice. µWS ships native
 * builds for Node 16/18/20 only; on Node 22/24 its Node implementation takes over, patched for
 * soketi (scripts/soketi-node-compat.mjs).
 */
function loadSoketi() {
  process.env.AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE ??= "1";
  const fromSoketi = createRequire(require.resolve("@soketi/soketi"));
  const uwsDir = path.dirname(fromSoketi.resolve("uWebSockets.js/package.json"));
  const fallback = usesUwsFallback(uwsDir);
  if (fallback) process.env.UWS_USE_FALLBACK = "1";
  const { log, warn } = console;
  console.log = console.warn = () => {};
  try {
    const uws = fromSoketi("uWebSockets.js");
    if (fallback) patchUwsFallback(uwsDir);
    listenExclusively(uws);
    return { Cli: require("@soketi/soketi/dist/cli/cli.js").Cli, Log: require("@soketi/soketi").Log };
  } finally {
    Object.assign(console, { log, warn });
  }
}

/**
 * soketi listens with µWS' default SO_REUSEPORT, so a second soketi on the same port would start
 * "fine" and silently share the connections with the first. Exclusive listening makes it fail.
 */
function listenExclusively(uws) {
  const EXCLUSIVE_PORT = 1; // uWS.ListenOptions.LIBUS_LISTEN_EXCLUSIVE_PORT
  for (const factory of ["App", "SSLApp"]) {
    const create = uws[factory];
    if (typeof create !== "function") continue; // the Node fallback has no SSLApp
    uws[factory] = (...args) => {
      const app = create(...args);
      const listen = app.listen.bind(app);
      app.listen = (host, port, callback) =>
        typeof host === "string" && typeof callback === "function"
          ? listen(host, port, EXCLUSIVE_PORT, callback)
          : listen(host, port, callback);
      return app;
    };
  }
}

/** Keeps soketi's errors, drops its banners and per-event chatter (SOKETI_DEBUG=1 brings them back). */
function quietLogs(log) {
  const silent = () => {};
  for (const name of Object.getOwnPropertyNames(log)) {
    if (typeof log[name] === "function" && name !== "prefixWithTime" && name !== "log") log[name] = silent;
  }
  log.error = (message) => console.error("soketi:", message);
  log.errorTitle = (message) => console.error("soketi:", message);
}
