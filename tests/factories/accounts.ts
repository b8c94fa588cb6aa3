import { randomUUID } from "node:crypto";
import { hashPassword } from "../../src/features/accounts/server/passwords";
import type { SessionUser } from "../../src/server/api/trpc";
import { users } from "../../src/server/db/schema";
import { testDb } from "../helpers/db";

export const TEST_PASSWORD = "pitstop-test-1";
let passwordHash: Promise<string> | undefined;

/** A unique e-mail for a test (tests share one database and never clean up). */
export const uniqueEmail = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}@test.pitstop`;

async function createUser(role: SessionUser["role"], overrides: Partial<{ name: string; email: string; locale: "pl" | "en" }> = {}) {
  const [row] = await testDb
    .insert(users)
    .values({
      name: overrides.name ?? `Test ${role}`,
      email: overrides.email ?? uniqueEmail(role),
      role,
      locale: overrides.locale ?? "pl",
      passwordHash: await (passwordHash ??= hashPassword(TEST_PASSWORD)),
    })
    .returning({ id: users.id, email: users.email, name: users.name, role: users.role, locale: users.locale });
  return row! satisfies SessionUser;
}

/** A driver with an account (password: TEST_PASSWORD). */
export const createCustomer = (overrides?: Parameters<typeof createUser>[1]) => createUser("customer", overrides);
/** A platform admin. */
export const createAdmin = (overrides?: Parameters<typeof createUser>[1]) => createUser("admin", overrides);
/** A provider account without a workshop (see createWorkshop for one with). */
export const createProviderUser = (overrides?: Parameters<typeof createUser>[1]) => createUser("provider", overrides);
