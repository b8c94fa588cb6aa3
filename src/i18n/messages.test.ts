import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { locales, namespaces } from "./config";
import { loadMessages } from "./messages";

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(full, value);
    else for (const [k, v] of leaves(value, full)) out.set(k, v);
  }
  return out;
}

/** `{name}`, `{count, plural, …}` → the argument names an ICU message uses. */
const argumentsOf = (message: string) => [...message.matchAll(/\{\s*([a-zA-Z0-9_]+)\s*[,}]/g)].map((m) => m[1]).sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe("messages", () => {
  it("has every namespace file for every language", () => {
    for (const locale of locales) {
      const files = readdirSync(path.join(__dirname, "messages", locale)).map((f) => f.replace(/\.json$/, ""));
      expect(files.sort(), locale).toEqual([...namespaces].sort());
    }
  });

  it("says the same things in Polish and English (same keys, same placeholders)", async () => {
    const [pl, en] = await Promise.all(locales.map(async (l) => leaves((await loadMessages(l)) as Tree)));
    expect([...en!.keys()].sort()).toEqual([...pl!.keys()].sort());
    for (const [key, polish] of pl!) expect(argumentsOf(en!.get(key)!), key).toEqual(argumentsOf(polish));
  });

  it("has a message for every error and validation key the code can send", async () => {
    const pl = leaves((await loadMessages("pl")) as Tree);
    const root = path.join(__dirname, "..");
    const used = new Set<string>();
    for (const file of sourceFiles(root)) {
      for (const match of readFileSync(file, "utf8").matchAll(/["'`]((?:errors|validation)\.[a-zA-Z0-9_.]+)["'`]/g)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((key) => !pl.has(key))).toEqual([]);
  });
});
