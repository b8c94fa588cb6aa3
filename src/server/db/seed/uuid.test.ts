import { describe, expect, it } from "vitest";
import { DEMO_UUID_NAMESPACE, deterministicUuid, uuidV5 } from "./uuid";

const NAMESPACE_DNS = "6ba7b810-9dad-11d1-80b4-00c04fd430c8";
const NAMESPACE_URL = "6ba7b811-9dad-11d1-80b4-00c04fd430c8";

describe("uuidV5", () => {
  it("matches the RFC 4122 v5 reference values (Python's uuid.uuid5)", () => {
    expect(uuidV5("python.org", NAMESPACE_DNS)).toBe("886313e1-3b8a-5372-9b90-0c9aee199e5d");
    expect(uuidV5("urn:pitstop:demo-seed", NAMESPACE_URL)).toBe(DEMO_UUID_NAMESPACE);
  });

  it("rejects a namespace that is not a UUID", () => {
    expect(() => uuidV5("x", "not-a-uuid")).toThrow(/Not a UUID/);
  });
});

describe("deterministicUuid", () => {
  it("is stable, version 5 and RFC variant", () => {
    const id = deterministicUuid("user", "klient@pitstop.local");
    expect(id).toBe(deterministicUuid("user", "klient@pitstop.local"));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("differs by kind and by key", () => {
    const ids = new Set([
      deterministicUuid("user", "a"),
      deterministicUuid("user", "b"),
      deterministicUuid("workshop", "a"),
      deterministicUuid("workshop", "b"),
    ]);
    expect(ids.size).toBe(4);
  });
});
