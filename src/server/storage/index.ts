import "server-only";
import { randomUUID } from "node:crypto";
import { mkdir, readFile, rename, rm, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { env } from "@/env";

/**
 * Where uploaded files (chat attachments, their thumbnails) live. Callers only ever see this
 * interface, so an S3-compatible implementation (PutObject with `ContentType`, GetObject, DeleteObject)
 * can be added behind it later without touching them; only `localStorage` exists today.
 *
 * Keys are opaque paths chosen by the server (e.g. `attachments/<uuid>/full.webp`), never a user's file
 * name: lower-case ASCII letters, digits and `/ - _ .`, no leading `/`, no empty or `.` segment, no `..`,
 * at most 512 characters. Keys are meant to be written once; overwriting is allowed but not atomic
 * with respect to the content type (see `localStorage`).
 */
export type FileStorage = {
  /** Stores `data` under `key` with its MIME type. Throws `InvalidStorageKeyError` for a bad key, or the I/O error. */
  put(key: string, data: Buffer, contentType: string): Promise<void>;
  /** The stored bytes and MIME type, or null when nothing is stored under `key`. Throws `InvalidStorageKeyError` for a bad key. */
  get(key: string): Promise<{ data: Buffer; contentType: string } | null>;
  /** Removes `key`; removing a missing key is not an error (like S3's DeleteObject). Throws `InvalidStorageKeyError` for a bad key. */
  delete(key: string): Promise<void>;
};

/** A key outside the allowed alphabet or shape: a programming error (keys come from the server), not a user error. */
export class InvalidStorageKeyError extends Error {
  constructor(key: string) {
    super(`Invalid storage key: ${JSON.stringify(key.slice(0, 100))}`);
    this.name = "InvalidStorageKeyError";
  }
}

const KEY_PATTERN = /^[a-z0-9_.-]+(\/[a-z0-9_.-]+)*$/;
const MAX_KEY_LENGTH = 512;
/** The type stored when a sidecar is missing (a file copied in by hand). */
const FALLBACK_CONTENT_TYPE = "application/octet-stream";

/**
 * Whether `key` is acceptable: `[a-z0-9/_.-]`, no leading or trailing `/`, no `//`, no `..` anywhere,
 * no `.` segment. The pattern alone already rules out `\`, `~`, NUL and upper case (case-insensitive file
 * systems would otherwise merge keys).
 */
export function isValidStorageKey(key: string): boolean {
  if (key.length === 0 || key.length > MAX_KEY_LENGTH || !KEY_PATTERN.test(key)) return false;
  // Any `..` at all, not just a `..` segment: simpler to reason about, and no key we generate needs one.
  return !key.includes("..") && key.split("/").every((segment) => segment !== ".");
}

/** A MIME type worth storing: `type/subtype`, optional parameters, printable ASCII, at most 255 characters. */
function isValidContentType(contentType: string): boolean {
  return contentType.length <= 255 && /^[\w.+-]+\/[\w.+-]+(\s*;[\x20-\x7e]*)?$/.test(contentType);
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  // EISDIR/ENOTDIR: the key names a "folder" of other keys (or runs through a file), so nothing is stored under it.
  return code === "ENOENT" || code === "EISDIR" || code === "ENOTDIR";
}

/**
 * Writes through a temporary file in the same directory and renames it into place, so a reader sees
 * either the old file or the new one, never half of one. The `~` in the temporary name cannot occur
 * in a key, so it never collides with a stored file.
 */
async function writeAtomically(target: string, data: Buffer | string): Promise<void> {
  const temporary = `${target}.${randomUUID()}~tmp`;
  try {
    await writeFile(temporary, data, { flag: "wx" });
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * Files kept under `dir` (created on first write), one file per key at `<dir>/<key>`.
 *
 * The MIME type goes into a sidecar `<dir>/<key>~type` (plain text) rather than being derived from the
 * bytes: the caller already knows it, it mirrors an S3 object's `Content-Type`, and it works for any
 * content. `~` never occurs in a key, so a sidecar cannot shadow another key. Order of writes: sidecar
 * first, then the data file, whose rename is the commit point; deletes go the other way. So every
 * visible file has its type, and a crash leaves at most an orphan sidecar. A file without a sidecar
 * (copied in by hand) reads as `application/octet-stream`.
 *
 * Throws `Error` at once for an invalid content type on `put`; see `FileStorage` for the rest.
 */
export function localStorage(dir: string): FileStorage {
  const root = path.resolve(dir);

  const fileOf = (key: string): string => {
    if (!isValidStorageKey(key)) throw new InvalidStorageKeyError(key);
    const file = path.join(root, ...key.split("/"));
    // Belt and braces: the key check already rules out escaping the root.
    if (path.relative(root, file).startsWith("..")) throw new InvalidStorageKeyError(key);
    return file;
  };
  const sidecarOf = (file: string) => `${file}~type`;

  return {
    async put(key, data, contentType) {
      const file = fileOf(key);
      if (!isValidContentType(contentType)) throw new Error(`Invalid content type: ${JSON.stringify(contentType.slice(0, 100))}`);
      await mkdir(path.dirname(file), { recursive: true });
      await writeAtomically(sidecarOf(file), contentType);
      await writeAtomically(file, data);
    },

    async get(key) {
      const file = fileOf(key);
      let data: Buffer;
      try {
        data = await readFile(file);
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
      let contentType = FALLBACK_CONTENT_TYPE;
      try {
        const stored = (await readFile(sidecarOf(file), "utf8")).trim();
        if (isValidContentType(stored)) contentType = stored;
      } catch (error) {
        if (!isMissing(error)) throw error;
      }
      return { data, contentType };
    },

    async delete(key) {
      const file = fileOf(key);
      for (const target of [file, sidecarOf(file)]) {
        try {
          await unlink(target);
        } catch (error) {
          if (!isMissing(error)) throw error;
        }
      }
    },
  };
}

let instance: FileStorage | undefined;

/** The process-wide storage for uploads: local files under `env.UPLOADS_DIR` (relative paths from the working directory). */
export function storage(): FileStorage {
  instance ??= localStorage(env.UPLOADS_DIR);
  return instance;
}
