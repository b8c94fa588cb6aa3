import "server-only";
import { sql, type SQL } from "drizzle-orm";

/**
 * One Postgres array parameter (`'{a,b}'::uuid[]`) instead of drizzle's expansion of a JS array
 * into a list of parameters: keeps big batches (10,000 cells) at a handful of parameters and lets
 * `unnest` zip several arrays. Only for values without commas, quotes or braces (uuids, enum labels).
 */
export function pgArray(values: readonly string[], type: "uuid" | "fitment_type"): SQL {
  return sql`${`{${values.join(",")}}`}::${sql.raw(type)}[]`;
}

/** A text[] parameter for arbitrary strings (brands, names), quoted as Postgres array elements. */
export function pgTextArray(values: readonly string[]): SQL {
  const quoted = values.map((v) => `"${v.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`);
  return sql`${`{${quoted.join(",")}}`}::text[]`;
}

/** `%term%` for ILIKE with the user's % and _ taken literally. */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
