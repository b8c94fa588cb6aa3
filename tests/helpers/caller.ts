import { createCaller } from "../../src/server/api/root";
import type { SessionUser } from "../../src/server/api/trpc";
import type { DbOrTx } from "../../src/server/db";
import { testDb } from "./db";

/**
 * The app router as `user` would call it (null = signed out), against the test database.
 * `ip` feeds the per-IP rate limits; give each test its own to keep them independent. `guestToken` plays the
 * guest cookie; cookies the procedures set are pushed to `cookies`. `db`: e.g. a transaction the test rolls back,
 * for changes to shared settings that other test files must not see.
 */
export function callerFor(
  user: SessionUser | null,
  opts: { ip?: string; guestToken?: string | null; cookies?: string[]; db?: DbOrTx } = {},
) {
  return createCaller({
    db: opts.db ?? testDb,
    user,
    ip: opts.ip ?? randomIp(),
    headers: new Headers(),
    guestToken: opts.guestToken ?? null,
    setCookie: (cookie) => opts.cookies?.push(cookie),
  });
}

export function randomIp(): string {
  const n = () => Math.floor(Math.random() * 254) + 1;
  return `10.${n()}.${n()}.${n()}`;
}
