import "server-only";
import pRetry from "p-retry";
import { env } from "@/env";
import { db } from "./db";
import { resolveDatabaseTarget } from "./db/client";
import { applyMigrations } from "./db/migrate";
import { isDemoSeeded, seedDemoData } from "./db/seed";

const CONNECTION_ERRORS = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "CONNECT_TIMEOUT", "57P03"]);

/**
 * Waits for the database (the embedded PGlite may still be starting next to us), applies pending
 * migrations, and loads the demo data on the first start unless SEED_DEMO=false.
 */
export async function prepareDatabase() {
  const target = resolveDatabaseTarget(env);
  const where = target.pglite ? "embedded PGlite" : "Postgres at DATABASE_URL";
  // Migrations open their own connection: retrying them is also the wait for the database.
  await pRetry(() => applyMigrations(target), {
    retries: 30,
    minTimeout: 250,
    maxTimeout: 2_000,
    onFailedAttempt: ({ attemptNumber }) => {
      if (attemptNumber === 4) console.log(`Waiting for the database (${where})…`);
    },
    // Only "not reachable yet" is worth waiting for; a failing migration is reported at once.
    shouldRetry: ({ error }) => CONNECTION_ERRORS.has((error as { code?: string }).code ?? ""),
  });
  if (env.SEED_DEMO && !(await isDemoSeeded(db))) {
    const started = Date.now();
    const summary = await seedDemoData(db);
    console.log(`Demo data loaded in ${Date.now() - started} ms:`, summary);
  }
}
