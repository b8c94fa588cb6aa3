import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { LOGIN_LIMIT_ACCOUNT, verifyCredentials } from "../../src/features/accounts/server/service";
import { users, workshopMembers, workshops } from "../../src/server/db/schema";
import { callerFor, randomIp } from "../helpers/caller";
import { testDb } from "../helpers/db";
import { uniqueEmail } from "../factories/accounts";

const anon = () => callerFor(null);

async function rejection(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError & { cause?: unknown };
}

describe("sign-up", () => {
  it("creates a customer who can then sign in, with the e-mail normalised", async () => {
    const email = uniqueEmail("Driver").toUpperCase();
    await anon().accounts.register({ name: "Anna Nowak", email: `  ${email} `, password: "bezpieczne1", locale: "en" });
    const [row] = await testDb.select().from(users).where(eq(users.email, email.toLowerCase()));
    expect(row).toMatchObject({ role: "customer", locale: "en", name: "Anna Nowak" });
    expect(row!.passwordHash).toMatch(/^\$argon2id\$/);

    const result = await verifyCredentials(testDb, { email: email.toLowerCase(), password: "bezpieczne1" }, randomIp());
    expect(result).toMatchObject({ ok: true, user: { role: "customer" } });
  });

  it("refuses an e-mail that is already registered", async () => {
    const email = uniqueEmail("twice");
    await anon().accounts.register({ name: "First", email, password: "bezpieczne1" });
    const error = await rejection(anon().accounts.register({ name: "Second", email, password: "bezpieczne2" }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe("errors.accounts.emailTaken");
  });

  it("explains each password rule that is broken", async () => {
    const error = await rejection(anon().accounts.register({ name: "Weak", email: uniqueEmail("weak"), password: "short" }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toBe("errors.validation");
    const flattened = JSON.stringify(error.cause);
    expect(flattened).toContain("validation.password.tooShort");
    expect(flattened).toContain("validation.password.digit");
  });

  it("registers a workshop that waits for approval, with its owner", async () => {
    const email = uniqueEmail("owner");
    const result = await anon().accounts.registerWorkshop({
      name: "Piotr Mechanik",
      email,
      password: "warsztat123",
      workshop: { name: "Auto Naprawa Piotr", address: "ul. Krótka 2", postalCode: "30-001", city: "Kraków", phone: "+48 601 234 567" },
    });
    const [workshop] = await testDb.select().from(workshops).where(eq(workshops.id, result.workshopId));
    expect(workshop).toMatchObject({ status: "pending", city: "Kraków", name: "Auto Naprawa Piotr" });
    expect(workshop!.lat).toBeCloseTo(50.06, 1);
    const [member] = await testDb.select().from(workshopMembers).where(eq(workshopMembers.workshopId, result.workshopId));
    expect(member).toMatchObject({ userId: result.userId, role: "owner" });
    const [user] = await testDb.select().from(users).where(eq(users.id, result.userId));
    expect(user!.role).toBe("provider");
  });

  it("writes nothing when the workshop's city is unknown", async () => {
    const email = uniqueEmail("nowhere");
    const error = await rejection(
      anon().accounts.registerWorkshop({
        name: "Ktoś",
        email,
        password: "warsztat123",
        workshop: { name: "Nigdzie", address: "ul. Żadna 1", postalCode: "00-000", city: "Atlantyda", phone: "600700800" },
      }),
    );
    expect(error.message).toBe("errors.workshops.unknownCity");
    expect(await testDb.select().from(users).where(eq(users.email, email))).toEqual([]);
  });
});

describe("sign-in rate limit", () => {
  it("blocks an account for five minutes after five failed tries, even with the right password", async () => {
    const email = uniqueEmail("locked");
    await anon().accounts.register({ name: "Locked Out", email, password: "poprawne123" });
    for (let i = 0; i < 5; i++) {
      expect(await verifyCredentials(testDb, { email, password: "zle-haslo-1" }, randomIp())).toEqual({ ok: false, reason: "invalid" });
    }
    const blocked = await verifyCredentials(testDb, { email, password: "poprawne123" }, randomIp());
    expect(blocked).toMatchObject({ ok: false, reason: "rate_limited" });
    if (!blocked.ok && blocked.reason === "rate_limited") {
      expect(blocked.retryAfterSeconds).toBeGreaterThan(0);
      expect(blocked.retryAfterSeconds).toBeLessThanOrEqual(LOGIN_LIMIT_ACCOUNT.durationSeconds);
    }
  });

  it("blocks an IP address after five failed tries across accounts", async () => {
    const ip = randomIp();
    for (let i = 0; i < 5; i++) await verifyCredentials(testDb, { email: uniqueEmail("ghost"), password: "cokolwiek1" }, ip);
    const email = uniqueEmail("innocent");
    await anon().accounts.register({ name: "Innocent", email, password: "poprawne123" });
    expect(await verifyCredentials(testDb, { email, password: "poprawne123" }, ip)).toMatchObject({ reason: "rate_limited" });
    expect(await verifyCredentials(testDb, { email, password: "poprawne123" }, randomIp())).toMatchObject({ ok: true });
  });

  it("forgets earlier failures after a successful sign-in", async () => {
    const email = uniqueEmail("forgetful");
    await anon().accounts.register({ name: "Forgetful", email, password: "poprawne123" });
    for (let i = 0; i < 4; i++) await verifyCredentials(testDb, { email, password: "zle-haslo-1" }, randomIp());
    expect(await verifyCredentials(testDb, { email, password: "poprawne123" }, randomIp())).toMatchObject({ ok: true });
    for (let i = 0; i < 4; i++) await verifyCredentials(testDb, { email, password: "zle-haslo-1" }, randomIp());
    expect(await verifyCredentials(testDb, { email, password: "poprawne123" }, randomIp())).toMatchObject({ ok: true });
  });
});
