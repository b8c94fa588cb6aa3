#!/usr/bin/env node
// Serves the embedded PGlite database over the Postgres wire protocol on 127.0.0.1 so the app
// reaches it through the same `postgres` driver it uses for a real Postgres. Started by
// `npm run dev` and `npm start` next to Next.js; does nothing when DATABASE_URL is set.
import { mkdirSync } from "node:fs";
import path from "node:path";
import nextEnv from "@next/env";
import { PGlite } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import { cube } from "@electric-sql/pglite/contrib/cube";
import { earthdistance } from "@electric-sql/pglite/contrib/earthdistance";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

nextEnv.loadEnvConfig(process.cwd(), process.env.npm_lifecycle_event?.startsWith("dev") ?? false, { info() {}, error: console.error });

if (process.env.DATABASE_URL) {
  console.log("DATABASE_URL is set: using that Postgres, not the embedded PGlite.");
  process.exit(0);
}

const dir = path.resolve(process.env.PGLITE_DIR || ".data/pglite");
const port = Number(process.env.PGLITE_PORT || 54329);
mkdirSync(path.dirname(dir), { recursive: true });

const db = await PGlite.create({ dataDir: dir, extensions: { cube, earthdistance, btree_gist, pg_trgm } });
// One connection at a time: PGlite is a single session, and the app keeps a pool of one.
const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port, maxConnections: 1 });
server.addEventListener("error", (event) => console.error("PGlite socket error:", event.detail ?? event));
try {
  await server.start();
} catch (error) {
  const inUse = error && typeof error === "object" && "code" in error && error.code === "EADDRINUSE";
  console.error(
    inUse
      ? `Port ${port} is taken: is another Pitstop running? Stop it or set PGLITE_PORT.`
      : `Could not start the embedded database: ${String(error)}`,
  );
  await db.close();
  process.exit(1);
}
console.log(`Embedded Postgres (PGlite) at postgres://postgres@127.0.0.1:${port}/postgres, data in ${dir}`);

let stopping = false;
async function shutdown() {
  if (stopping) return;
  stopping = true;
  await server.stop();
  await db.close(); // flushes to disk
  process.exit(0);
}
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
