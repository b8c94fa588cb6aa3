import "server-only";
import { and, count, desc, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/server/db";
import { users } from "@/server/db/schema";

/** Admin list of people, newest first, filtered by role and by name/e-mail. 1-based pages. */
export async function listUsers(
  db: DbOrTx,
  input: { role?: "customer" | "provider" | "admin"; q?: string; page: number; pageSize: number },
) {
  const pattern = input.q ? `%${input.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
  const conditions: (SQL | undefined)[] = [
    input.role ? eq(users.role, input.role) : undefined,
    pattern ? or(ilike(users.email, pattern), ilike(users.name, pattern)) : undefined,
  ];
  const where = and(...conditions);
  const [items, [total]] = await Promise.all([
    db
      .select({
        id: users.id,
        name: users.name,
        email: users.email,
        role: users.role,
        createdAt: users.createdAt,
        workshops: sql<number>`(select count(*)::int from workshop_members m where m.user_id = "users"."id")`,
        vehicles: sql<number>`(select count(*)::int from vehicles v where v.owner_id = "users"."id")`,
      })
      .from(users)
      .where(where)
      .orderBy(desc(users.createdAt), users.email)
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize),
    db.select({ value: count() }).from(users).where(where),
  ]);
  return { items, total: total?.value ?? 0, page: input.page, pageSize: input.pageSize };
}

/** The role of the account with this (lower-cased) e-mail, or undefined. */
export async function roleOfEmail(db: DbOrTx, email: string) {
  const [row] = await db.select({ role: users.role }).from(users).where(eq(users.email, email)).limit(1);
  return row?.role;
}
