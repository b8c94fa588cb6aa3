import type { TestProject } from "vitest/node";
import { startSoketi } from "../helpers/soketi";

declare module "vitest" {
  export interface ProvidedContext {
    /** The integration run's shared soketi (tests/setup/soketi.ts). */
    soketi: { host: string; port: number; appId: string; key: string; secret: string };
  }
}

/**
 * Starts one soketi for the integration run (scripts/soketi-server.mjs: Pusher's limits, client
 * events) on a free loopback port, and points Pitstop at it through PUSHER_HOST / PUSHER_PORT /
 * PUSHER_APP_ID / PUSHER_KEY / PUSHER_SECRET. Test workers are forked after global setup and inherit
 * this process's environment, so `@/env` (and `@/server/realtime`) read these values when they load.
 * A test that needs to stop or restart soketi starts its own with `startSoketi` (tests/helpers/soketi.ts).
 */
export default async function setup(project: TestProject) {
  const soketi = await startSoketi();
  Object.assign(process.env, soketi.env);
  delete process.env.PUSHER_CLUSTER;
  project.provide("soketi", { host: soketi.host, port: soketi.port, appId: soketi.appId, key: soketi.key, secret: soketi.secret });
  return () => soketi.stop();
}
