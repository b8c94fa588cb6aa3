/** The driver's error inside whatever wrapped it (drizzle puts the postgres.js error in `cause`). */
function postgresError(error: unknown): { code: string; constraint_name?: string } | undefined {
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return e as { code: string; constraint_name?: string };
  }
  return undefined;
}

/** The Postgres SQLSTATE of an error, looking through wrappers. */
export const pgErrorCode = (error: unknown) => postgresError(error)?.code;

/** 23505: a unique index refused the row (that index only, when `constraint` is given). */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const pg = postgresError(error);
  return pg?.code === "23505" && (!constraint || pg.constraint_name === constraint);
}

/** 23P01: an exclusion constraint refused the row (e.g. overlapping bookings). */
export const isExclusionViolation = (error: unknown) => pgErrorCode(error) === "23P01";
