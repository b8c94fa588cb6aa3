import { PGlite } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import { cube } from "@electric-sql/pglite/contrib/cube";
import { earthdistance } from "@electric-sql/pglite/contrib/earthdistance";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "../../src/server/db/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    pglite: boolean;
  }
}

/**
 * Integration tests run against DATABASE_URL when it is set (CI: the machine's Postgres, a fresh
 * database made by .ci/run), else against an in-process PGlite served over the Postgres protocol,
 * so both go through the same postgres.js code path. Migrations are applied once here.
 */
export default async function setup(project: TestProject) {
  let url = process.env.DATABASE_URL;
  let teardown = async () => {};
  if (!url) {
    const pglite = await PGlite.create({ extensions: { cube, earthdistance, btree_gist, pg_trgm } });
    const server = new PGLiteSocketServer({ db: pglite, host: "127.0.0.1", port: 0, maxConnections: 1 });
    await server.start();
    const address = server.getServerConn();
    url = `postgres://postgres@${address}/postgres`;
    teardown = async () => {
      await server.stop();
      await pglite.close();
    };
  }
  const pglite = !process.env.DATABASE_URL;
  await applyMigrations({ url, pglite }, new URL("../../drizzle", import.meta.url).pathname);
  project.provide("databaseUrl", url);
  project.provide("pglite", pglite);
  console.log(`Integration tests on ${pglite ? "in-process PGlite" : "Postgres at DATABASE_URL"}`);
  return teardown;
}
