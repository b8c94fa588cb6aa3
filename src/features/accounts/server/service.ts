import "server-only";
import { eq } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import type { DbOrTx } from "@/server/db";
import { isUniqueViolation } from "@/server/db/errors";
import { users, workshopBays, workshopMembers, workshops } from "@/server/db/schema";
import { consume, reset, secondsBlocked, type LimiterSpec } from "@/server/rate-limit";
import {
  signInSchema,
  signUpSchema,
  updateProfileSchema,
  workshopSignUpSchema,
  type SignUpInput,
  type WorkshopSignUpInput,
} from "../schemas";
import { dummyPasswordHash, hashPassword, verifyPassword } from "./passwords";
import { findCity, uniqueWorkshopSlug } from "@/features/workshops/server";

/** Login rate limit: 5 failed tries per 5 minutes, counted per account and per IP address. */
export const LOGIN_LIMIT_ACCOUNT: LimiterSpec = { name: "login-account", points: 5, durationSeconds: 300 };
export const LOGIN_LIMIT_IP: LimiterSpec = { name: "login-ip", points: 5, durationSeconds: 300 };

/**
 * Creates a customer account.
 * @returns the new user's id and e-mail (lower-cased).
 * @throws AppError CONFLICT `errors.accounts.emailTaken` when the e-mail is registered.
 */
export async function registerCustomer(db: DbOrTx, input: SignUpInput) {
  const data = signUpSchema.parse(input);
  const passwordHash = await hashPassword(data.password);
  try {
    const [user] = await db
      .insert(users)
      .values({ name: data.name, email: data.email, passwordHash, role: "customer", locale: data.locale })
      .returning({ id: users.id, email: users.email });
    return user!;
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "errors.accounts.emailTaken");
    throw error;
  }
}

/**
 * Creates a provider account together with its workshop (status `pending` until an admin approves it)
 * and makes the person its owner — all or nothing. The workshop is placed at the city's centre
 * (GeoNames coordinates); the owner moves the pin from the dashboard.
 * @returns ids of the user and the workshop.
 * @throws AppError CONFLICT `errors.accounts.emailTaken`; BAD_REQUEST `errors.workshops.unknownCity`.
 */
export async function registerProvider(db: DbOrTx, input: WorkshopSignUpInput) {
  const data = workshopSignUpSchema.parse(input);
  const city = await findCity(data.workshop.city);
  if (!city) throw new AppError("BAD_REQUEST", "errors.workshops.unknownCity");
  const passwordHash = await hashPassword(data.password);
  try {
    return await db.transaction(async (tx) => {
      const [user] = await tx
        .insert(users)
        .values({ name: data.name, email: data.email, passwordHash, role: "provider", locale: data.locale })
        .returning({ id: users.id });
      const slug = await uniqueWorkshopSlug(tx, `${data.workshop.name} ${city.name}`);
      const [workshop] = await tx
        .insert(workshops)
        .values({
          slug,
          name: data.workshop.name,
          address: data.workshop.address,
          postalCode: data.workshop.postalCode,
          city: city.name,
          lat: city.lat,
          lng: city.lng,
          phone: data.workshop.phone,
          email: data.email,
          status: "pending",
        })
        .returning({ id: workshops.id, slug: workshops.slug });
      await tx.insert(workshopMembers).values({ workshopId: workshop!.id, userId: user!.id, role: "owner" });
      // One bay to start with, so the calendar works at once; owners add more in the booking settings.
      await tx
        .insert(workshopBays)
        .values({ workshopId: workshop!.id, name: data.locale === "en" ? "Bay 1" : "Stanowisko 1", position: 0 });
      return { userId: user!.id, workshopId: workshop!.id, workshopSlug: workshop!.slug };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "errors.accounts.emailTaken");
    throw error;
  }
}

export type CredentialsResult =
  | { ok: true; user: { id: string; email: string; name: string | null; role: "customer" | "provider" | "admin" } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

/**
 * Checks an e-mail and password, enforcing the login rate limit (5 failures / 5 min per account
 * and per IP). A success clears the account's failure count. Never says whether the e-mail exists.
 */
export async function verifyCredentials(db: DbOrTx, raw: unknown, ip: string): Promise<CredentialsResult> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;

  const blocked = Math.max(await secondsBlocked(LOGIN_LIMIT_ACCOUNT, email), await secondsBlocked(LOGIN_LIMIT_IP, ip));
  if (blocked > 0) return { ok: false, reason: "rate_limited", retryAfterSeconds: blocked };

  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.email, email))
    .limit(1);
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !user.passwordHash || !valid) {
    await Promise.all([consume(LOGIN_LIMIT_ACCOUNT, email), consume(LOGIN_LIMIT_IP, ip)]);
    return { ok: false, reason: "invalid" };
  }
  await reset(LOGIN_LIMIT_ACCOUNT, email);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}

/** Changes the person's display name and preferred language ("pl" | "en"). */
export async function updateProfile(db: DbOrTx, userId: string, input: { name: string; locale: "pl" | "en" }) {
  const data = updateProfileSchema.parse(input);
  await db.update(users).set(data).where(eq(users.id, userId));
  return { ok: true as const };
}

/** Remembers the language chosen with the switcher ("pl" | "en") for e-mails and later visits. */
export async function setPreferredLocale(db: DbOrTx, userId: string, locale: "pl" | "en") {
  await db.update(users).set({ locale }).where(eq(users.id, userId));
}
