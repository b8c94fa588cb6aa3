import "server-only";
import { env } from "@/env";
import { connect, resolveDatabaseTarget } from "./client";

export type { Database, DbOrTx } from "./client";

// One pool per process, shared by every module instance Next creates (route handlers, RSC, instrumentation).
const globalForDb = globalThis as unknown as { __pitstopDb?: ReturnType<typeof connect> };
const connection = (globalForDb.__pitstopDb ??= connect(resolveDatabaseTarget(env)));

export const db = connection.db;
export const sql = connection.sql;
