/**
 * Geo search: the 20 nearest active workshops within 50 km among 100,000, as `workshops.search`
 * runs it (earth_box prefilter + exact earth_distance + KNN order on the GiST index), on
 * Postgres and on PGlite. Baseline: the same query with index scans turned off (what the
 * query costs without the index). Prints figures; never fails on time.
 */
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { nearestWorkshops, searchWorkshops } from "../../src/features/workshops/server/search";
import { connect, type Database } from "../../src/server/db/client";
import { applyMigrations } from "../../src/server/db/migrate";
import { Rng } from "../../src/server/db/seed/random";
import { largestCities } from "../../src/features/workshops/server/cities";
import { startPglite } from "./pglite";
import { measure, printRow } from "./stats";

const WORKSHOPS = 100_000;
const QUERIES = 1_000;
const RADIUS_M = 50_000;
// Poland's bounding box (WGS84).
const BOX = { south: 49.0, north: 54.8, west: 14.1, east: 24.1 };

/** 70% of workshops around the 40 largest towns (Gaussian, σ ≈ 15 km), 30% anywhere in Poland. */
async function positions(count: number) {
  const towns = await largestCities(40);
  const rng = Rng.for("bench", "workshops");
  const lats = new Float64Array(count);
  const lngs = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    if (rng.next() < 0.7) {
      const town = towns[rng.int(0, towns.length - 1)]!;
      const [dx, dy] = gaussianPair(rng);
      lats[i] = town.lat + (dy * 15_000) / 111_320;
      lngs[i] = town.lng + (dx * 15_000) / (111_320 * Math.cos((town.lat * Math.PI) / 180));
    } else {
      lats[i] = rng.float(BOX.south, BOX.north);
      lngs[i] = rng.float(BOX.west, BOX.east);
    }
  }
  return { lats: [...lats], lngs: [...lngs] };
}

function gaussianPair(rng: Rng): [number, number] {
  const u = Math.max(rng.next(), 1e-12);
  const v = rng.next();
  const r = Math.sqrt(-2 * Math.log(u));
  return [r * Math.cos(2 * Math.PI * v), r * Math.sin(2 * Math.PI * v)];
}

/** Query origins: near towns (people search where they live) and a share anywhere. */
async function origins(count: number) {
  const towns = await largestCities(40);
  const rng = Rng.for("bench", "origins");
  return Array.from({ length: count }, () => {
    if (rng.next() < 0.8) {
      const town = towns[rng.int(0, towns.length - 1)]!;
      return { lat: town.lat + rng.float(-0.05, 0.05), lng: town.lng + rng.float(-0.08, 0.08) };
    }
    return { lat: rng.float(BOX.south, BOX.north), lng: rng.float(BOX.west, BOX.east) };
  });
}

async function fill(db: Database, rawSql: postgres.Sql) {
  const { lats, lngs } = await positions(WORKSHOPS);
  const started = performance.now();
  for (let offset = 0; offset < WORKSHOPS; offset += 20_000) {
    const la = lats.slice(offset, offset + 20_000);
    const ln = lngs.slice(offset, offset + 20_000);
    await rawSql`
      insert into workshops (slug, name, address, city, lat, lng, status, rating, rating_count)
      select 'bench-' || (${offset}::int + t.i), 'Bench ' || (${offset}::int + t.i), 'ul. Testowa 1', 'Bench', t.lat, t.lng, 'active',
             3 + (((${offset}::int + t.i) * 7919) % 21) / 10.0, ((${offset}::int + t.i) * 31) % 500
      from unnest(${la}::float8[], ${ln}::float8[]) with ordinality as t(lat, lng, i)`;
  }
  await rawSql`insert into workshop_services (workshop_id, category, name, price_from, duration_minutes)
    select id, 'brakes', 'Klocki', 20000 + (abs(hashtext(id::text)) % 20000), 60 from workshops where slug like 'bench-%' and abs(hashtext(id::text)) % 10 < 8`;
  await db.execute(sql`analyze`);
  return performance.now() - started;
}

async function run(label: string, url: string, pglite: boolean) {
  await applyMigrations({ url, pglite });
  const { db, sql: rawSql } = connect({ url, pglite }, { max: 1 });
  try {
    const loadMs = await fill(db, rawSql);
    console.log(`\n${label}: ${WORKSHOPS.toLocaleString("en")} workshops loaded in ${(loadMs / 1000).toFixed(1)} s`);
    const points = await origins(QUERIES);
    let found = 0;
    const indexed = await measure(QUERIES, async (i) => {
      const rows = await nearestWorkshops(db, points[Math.abs(i) % QUERIES]!, RADIUS_M, 20);
      if (i >= 0) found += rows.length;
    });
    printRow("20 nearest within 50 km (GiST + KNN)", indexed, `, ${(found / QUERIES).toFixed(1)} found on average`);

    const baselineRuns = pglite ? 30 : 100;
    const baseline = await db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_indexscan = off`);
      await tx.execute(sql`set local enable_bitmapscan = off`);
      return measure(baselineRuns, (i) => nearestWorkshops(tx, points[Math.abs(i) % QUERIES]!, RADIUS_M, 20), 3);
    });
    printRow("same query, index scans off (baseline)", baseline, `  → index ${(baseline.p50 / indexed.p50).toFixed(0)}× faster at p50`);

    const fullRuns = pglite ? 100 : 300;
    const full = await measure(fullRuns, (i) =>
      searchWorkshops(db, { near: points[Math.abs(i) % QUERIES]!, radiusM: RADIUS_M, category: "brakes" }),
    );
    printRow("whole search page: brakes, 50 km, + map pins", full);
  } finally {
    await rawSql.end();
  }
}

export async function geoSearchBench() {
  console.log("Geo search — 20 nearest workshops within 50 km among 100,000 (goal: p95 ≤ 5 ms Postgres, ≤ 50 ms PGlite)");
  const admin = process.env.BENCH_POSTGRES_URL ?? process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const server = postgres(admin, { max: 1, connect_timeout: 3, onnotice: () => {} });
  try {
    await server`drop database if exists pitstop_bench`;
    await server`create database pitstop_bench`;
    const url = new URL(admin);
    url.pathname = "/pitstop_bench";
    await run("Postgres", url.toString(), false);
    // BENCH_KEEP=1 leaves the 100,000 workshops there to look at (EXPLAIN ANALYZE…).
    if (!process.env.BENCH_KEEP) await server`drop database if exists pitstop_bench`;
  } catch (error) {
    console.log(`\nPostgres: skipped (${(error as Error).message}); set BENCH_POSTGRES_URL to a server where a database may be created.`);
  } finally {
    await server.end();
  }
  const pg = await startPglite();
  try {
    await run("PGlite (in-process, over its socket server)", pg.url, true);
  } finally {
    await pg.stop();
  }
}
