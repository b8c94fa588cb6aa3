import "server-only";
import { createHash, randomBytes } from "node:crypto";

/**
 * Guests (signed-out visitors) are recognised by a random token in an HttpOnly cookie; the database
 * keeps only its SHA-256, so a leaked database row cannot be replayed as the cookie.
 */
export const GUEST_COOKIE = "pitstop_guest";
const MAX_AGE_SECONDS = 60 * 60 * 24 * 30;
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** The guest token from a request's Cookie header, or null when absent or malformed. */
export function readGuestToken(headers: Headers): string | null {
  const cookie = headers.get("cookie");
  if (!cookie) return null;
  for (const pair of cookie.split(";")) {
    const [name, ...rest] = pair.trim().split("=");
    if (name === GUEST_COOKIE) {
      const value = decodeURIComponent(rest.join("="));
      return TOKEN.test(value) ? value : null;
    }
  }
  return null;
}

/** 32 random bytes, base64url (43 characters). */
export const newGuestToken = () => randomBytes(32).toString("base64url");

/** Hex SHA-256 of a guest token, as stored in `guest_token_hash` columns. */
export const hashGuestToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** The Set-Cookie header value for a guest token (30 days, HttpOnly, SameSite=Lax; Secure in production). */
export function guestCookie(token: string): string {
  const secure = process.env.NODE_ENV === "production" ? "; Secure" : "";
  return `${GUEST_COOKIE}=${token}; Path=/; Max-Age=${MAX_AGE_SECONDS}; HttpOnly; SameSite=Lax${secure}`;
}
