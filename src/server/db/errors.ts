/** The Postgres SQLSTATE of an error, looking through wrappers (drizzle puts the driver's error in `cause`). */
export function pgErrorCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

/** 23505: a unique index refused the row. */
export const isUniqueViolation = (error: unknown) => pgErrorCode(error) === "23505";
/** 23P01: an exclusion constraint refused the row (e.g. overlapping bookings). */
export const isExclusionViolation = (error: unknown) => pgErrorCode(error) === "23P01";
