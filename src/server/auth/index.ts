import "server-only";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { verifyCredentials } from "@/features/accounts/server";
import { clientIp } from "@/server/api/trpc";
import { db } from "@/server/db";
import { accounts, sessions, users, verificationTokens } from "@/server/db/schema";
import { authConfig } from "./config";

/** Shown as `?code=rate_limited` to the sign-in page, which explains the wait. */
class RateLimited extends CredentialsSignin {
  override code = "rate_limited";
}
class InvalidCredentials extends CredentialsSignin {
  override code = "invalid_credentials";
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  // A wrong password is an answer, not a server error: keep it out of the error log.
  logger: {
    error(error) {
      if (error instanceof CredentialsSignin) return;
      console.error(error);
    },
  },
  adapter: DrizzleAdapter(db, {
    usersTable: users,
    accountsTable: accounts,
    sessionsTable: sessions,
    verificationTokensTable: verificationTokens,
  }),
  providers: [
    Credentials({
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, request) {
        const result = await verifyCredentials(db, credentials, clientIp(request.headers));
        if (result.ok) return result.user;
        if (result.reason === "rate_limited") throw new RateLimited();
        throw new InvalidCredentials();
      },
    }),
  ],
});
