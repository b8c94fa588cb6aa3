import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/i18n/messages/en/map.json";
import pl from "@/i18n/messages/pl/map.json";

const placeholders = (message: string) => [...message.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort();

/** Every `t("key")` in this folder's components. */
const usedKeys = readdirSync(import.meta.dirname)
  .filter((f) => f.endsWith(".tsx"))
  .flatMap((f) => [...readFileSync(join(import.meta.dirname, f), "utf8").matchAll(/\bt\("(\w+)"/g)].map((m) => m[1]));

describe("map messages", () => {
  it("has the same keys in Polish and English", () => {
    expect(Object.keys(pl).sort()).toEqual(Object.keys(en).sort());
  });

  it("uses the same placeholders in both languages", () => {
    for (const [key, message] of Object.entries(pl)) {
      expect(placeholders(message), key).toEqual(placeholders(en[key as keyof typeof en]));
    }
  });

  it("defines every key the components use", () => {
    expect(usedKeys.length).toBeGreaterThan(10);
    for (const key of usedKeys) expect(Object.keys(pl), key).toContain(key);
  });
});
