import { afterAll } from "vitest";

// Each test file opens its own pool lazily (tests/helpers/db.ts); close it so the next file
// (one at a time on PGlite) gets the connection.
afterAll(async () => {
  const { testConnection } = await import("../helpers/db");
  await testConnection.sql.end({ timeout: 5 });
});
