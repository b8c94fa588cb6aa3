import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { authSecret } from "@/server/auth/secret";

/**
 * PrestaShop webservice keys at rest: AES-256-GCM with a key derived (HKDF-SHA256) from the app
 * secret, so a database dump alone does not reveal them. Format: `v1.<iv>.<tag>.<ciphertext>`
 * (base64url). Rotating AUTH_SECRET makes stored keys unreadable: admins enter them again.
 */
function key(): Buffer {
  return Buffer.from(hkdfSync("sha256", authSecret(), "pitstop", "prestashop-api-key", 32));
}

/** Encrypts a shop's API key for the `shops.api_key_encrypted` column. */
export function encryptApiKey(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(".");
}

/** The plain key (for the PrestaShop sync); throws when the value was not made with this secret. */
export function decryptApiKey(stored: string): string {
  const [version, iv, tag, body] = stored.split(".");
  if (version !== "v1" || !iv || !tag || !body) throw new Error("Unknown API key format");
  const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
}
