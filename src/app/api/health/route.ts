import { sql } from "drizzle-orm";
import { db } from "@/server/db";

/** Liveness and readiness: 200 once the database answers (migrations and demo data run before the server listens). */
export async function GET() {
  try {
    await db.execute(sql`select 1`);
    return Response.json({ ok: true });
  } catch {
    return Response.json({ ok: false }, { status: 503 });
  }
}
