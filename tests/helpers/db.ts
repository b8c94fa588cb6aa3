import { inject } from "vitest";
import { connect } from "../../src/server/db/client";

/** The test database for this test file (see tests/setup/database.ts); closed after the file. */
export const testConnection = connect({ url: inject("databaseUrl"), pglite: inject("pglite") }, { max: 4 });
export const testDb = testConnection.db;
