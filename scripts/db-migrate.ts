// `npm run db:migrate`: applies pending migrations from drizzle/ to DATABASE_URL (or the embedded
// PGlite served by `npm run dev`). The app also does this on start.
import nextEnv from "@next/env";
import { resolveDatabaseTarget } from "../src/server/db/client";
import { applyMigrations } from "../src/server/db/migrate";

nextEnv.loadEnvConfig(process.cwd());
const target = resolveDatabaseTarget();
await applyMigrations(target);
console.log(`Migrations applied (${target.pglite ? "embedded PGlite" : "DATABASE_URL"}).`);
