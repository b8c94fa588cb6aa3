import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { InvalidStorageKeyError, isValidStorageKey, localStorage, type FileStorage } from "./index";

let dir: string;
let files: FileStorage;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "pitstop-storage-"));
  files = localStorage(dir);
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("localStorage", () => {
  it("stores, reads back and deletes a file with its content type", async () => {
    const data = Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x01]);
    await files.put("attachments/3f1c/full.webp", data, "image/webp");

    const stored = await files.get("attachments/3f1c/full.webp");
    expect(stored?.contentType).toBe("image/webp");
    expect(stored?.data.equals(data)).toBe(true);

    await files.delete("attachments/3f1c/full.webp");
    expect(await files.get("attachments/3f1c/full.webp")).toBeNull();
    // The sidecar goes with the file, and no temporary file is left behind.
    expect(await readdir(path.join(dir, "attachments", "3f1c"))).toEqual([]);
  });

  it("replaces a file and its content type on a second put", async () => {
    await files.put("a/b.bin", Buffer.from("one"), "application/pdf");
    await files.put("a/b.bin", Buffer.from("two"), "text/plain; charset=utf-8");
    const stored = await files.get("a/b.bin");
    expect(stored?.data.toString()).toBe("two");
    expect(stored?.contentType).toBe("text/plain; charset=utf-8");
    expect((await readdir(path.join(dir, "a"))).sort()).toEqual(["b.bin", "b.bin~type"]);
  });

  it("returns null for a missing key, and for a key that is a folder of other keys", async () => {
    expect(await files.get("nothing/here.pdf")).toBeNull();
    await files.put("folder/inside.txt", Buffer.from("x"), "text/plain");
    expect(await files.get("folder")).toBeNull();
    expect(await files.get("folder/inside.txt/deeper")).toBeNull();
  });

  it("deletes a missing key without complaint", async () => {
    await expect(files.delete("never/stored.webp")).resolves.toBeUndefined();
  });

  it("reads a file without a sidecar as application/octet-stream", async () => {
    await writeFile(path.join(dir, "manual.bin"), "copied in by hand");
    expect(await files.get("manual.bin")).toMatchObject({ contentType: "application/octet-stream" });
  });

  it.each([
    "../escape.txt",
    "a/../../escape.txt",
    "a/..",
    "./a",
    "/etc/passwd",
    "a//b",
    "a/",
    "",
    "A.txt",
    "a\\..\\b",
    "a~type",
    "..hidden",
    "a..b.txt",
    "ä.txt",
    "a\0b",
    "x".repeat(513),
  ])("rejects the key %j on put, get and delete", async (key) => {
    expect(isValidStorageKey(key)).toBe(false);
    await expect(files.put(key, Buffer.from("x"), "text/plain")).rejects.toBeInstanceOf(InvalidStorageKeyError);
    await expect(files.get(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
    await expect(files.delete(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
    expect(await readdir(dir)).toEqual([]);
  });

  it("accepts single dots inside names, such as file extensions and version suffixes", () => {
    expect(isValidStorageKey("attachments/2026-01/abc_def.v2.thumb.webp")).toBe(true);
    expect(isValidStorageKey(".well-known/x")).toBe(true);
  });

  it("refuses a content type that could smuggle header lines", async () => {
    await expect(files.put("a.txt", Buffer.from("x"), "text/html\r\nSet-Cookie: a=b")).rejects.toThrow("Invalid content type");
    await expect(files.put("a.txt", Buffer.from("x"), "nonsense")).rejects.toThrow("Invalid content type");
    expect(await readdir(dir)).toEqual([]);
  });
});
