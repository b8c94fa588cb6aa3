import { createHash } from "node:crypto";

/** RFC 4122 namespace under which every demo-data id is derived (itself uuidv5(URL, "urn:pitstop:demo-seed")). */
export const DEMO_UUID_NAMESPACE = "d7f5c410-762c-582e-b38f-0d9a0628dc53";

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * RFC 4122 version-5 UUID: SHA-1 of the namespace's 16 bytes followed by the UTF-8 name, with the
 * version (5) and variant (10xx) bits set. Same inputs, same UUID, on every machine.
 * @throws Error when `namespace` is not a UUID.
 */
export function uuidV5(name: string, namespace: string): string {
  if (!UUID_RE.test(namespace)) throw new Error(`Not a UUID: ${namespace}`);
  const ns = Buffer.from(namespace.replace(/-/g, ""), "hex");
  const bytes = createHash("sha1").update(ns).update(name, "utf8").digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The id of a demo row from its kind and natural key, e.g. `deterministicUuid("user", "klient@pitstop.local")`.
 * Re-running the seed produces the same ids, so `on conflict do nothing` makes it idempotent.
 */
export function deterministicUuid(kind: string, key: string): string {
  return uuidV5(`${kind}:${key}`, DEMO_UUID_NAMESPACE);
}
