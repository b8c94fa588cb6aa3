import { createCaller } from "../../src/server/api/root";
import type { SessionUser } from "../../src/server/api/trpc";
import { testDb } from "./db";

/**
 * The app router as `user` would call it (null = signed out), against the test database.
 * `ip` feeds the per-IP rate limits; give each test its own to keep them independent.
 */
export function callerFor(user: SessionUser | null, opts: { ip?: string } = {}) {
  return createCaller({ db: testDb, user, ip: opts.ip ?? randomIp(), headers: new Headers() });
}

export function randomIp(): string {
  const n = () => Math.floor(Math.random() * 254) + 1;
  return `10.${n()}.${n()}.${n()}`;
}
