import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema";

/** Options shared by every Pitstop connection (casing maps camelCase fields to snake_case columns). */
export const drizzleOptions = { schema, casing: "snake_case" } as const;

export type DatabaseTarget = {
  /** postgres:// URL. */
  url: string;
  /**
   * The embedded PGlite is one session: a pool of one keeps transactions from interleaving, and
   * idle connections are closed after 2 s so tools (seed, drizzle-kit) get their turn.
   */
  pglite: boolean;
};

/**
 * Where the app's database is: `DATABASE_URL`, or the embedded PGlite on `PGLITE_PORT`. The app
 * passes its validated `env`; scripts (seed, migrate, bench) pass `process.env`.
 */
export function resolveDatabaseTarget(
  source: { DATABASE_URL?: string; PGLITE_PORT?: string | number } | NodeJS.ProcessEnv = process.env,
): DatabaseTarget {
  const url = source.DATABASE_URL?.trim();
  if (url) return { url, pglite: false };
  const port = Number(source.PGLITE_PORT ?? 54329);
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, pglite: true };
}

/** Opens a postgres.js pool and wraps it in drizzle. Callers own `sql.end()`. */
export function connect(target: DatabaseTarget, options: { max?: number } = {}) {
  const sql = postgres(target.url, {
    max: target.pglite ? 1 : (options.max ?? 10),
    idle_timeout: target.pglite ? 2 : 30,
    connect_timeout: 30,
    onnotice: () => {},
  });
  const db = drizzle(sql, drizzleOptions);
  return { sql, db };
}

export type Database = ReturnType<typeof connect>["db"];
/** A database handle or an open transaction: services accept either. */
export type DbOrTx = Database | Parameters<Parameters<Database["transaction"]>[0]>[0];
