// Loads the demo data: `npm run db:seed` (tsx --conditions=react-server scripts/db-seed.ts; the
// condition turns `server-only` into a no-op outside Next). Applies pending migrations first.
// With the embedded PGlite (no DATABASE_URL) run it while `npm run dev` serves the database; that
// server takes one connection at a time, so migrations and the seed each use one, one after the other.
import nextEnv from "@next/env";
import { connect, resolveDatabaseTarget } from "../src/server/db/client";
import { applyMigrations } from "../src/server/db/migrate";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoData } from "../src/server/db/seed";

nextEnv.loadEnvConfig(process.cwd());

const target = resolveDatabaseTarget();
console.log(`Seeding ${target.pglite ? "the embedded PGlite" : "the Postgres at DATABASE_URL"}…`);
await applyMigrations(target);

const { sql, db } = connect(target);
try {
  const started = performance.now();
  const summary = await seedDemoData(db, { log: (msg) => console.log(msg) });
  const inserted = Object.values(summary).some((n) => n > 0);
  console.log(inserted ? "Inserted:" : "Demo data was already there; nothing inserted.");
  if (inserted) console.table(summary);
  console.log(`Done in ${Math.round(performance.now() - started)} ms.`);
  console.log(`Sign in with ${Object.values(DEMO_ACCOUNTS).join(", ")} (or warsztat-001@…, klient-01@…), password "${DEMO_PASSWORD}".`);
} finally {
  await sql.end();
}
