import "server-only";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/env";

let cached: string | undefined;

/**
 * The secret that signs session cookies: `AUTH_SECRET`, or one generated on first run and kept in
 * `.data/auth-secret` so a laptop install needs no configuration and sessions survive restarts.
 */
export function authSecret(): string {
  if (cached) return cached;
  const fromEnv = env.AUTH_SECRET?.trim();
  if (fromEnv) return (cached = fromEnv);
  const file = path.join(process.cwd(), ".data", "auth-secret");
  try {
    cached = readFileSync(file, "utf8").trim();
  } catch {
    mkdirSync(path.dirname(file), { recursive: true });
    const secret = randomBytes(32).toString("base64url");
    try {
      writeFileSync(file, secret, { flag: "wx", mode: 0o600 });
      cached = secret;
    } catch {
      cached = readFileSync(file, "utf8").trim(); // another process wrote it first
    }
  }
  return cached;
}
