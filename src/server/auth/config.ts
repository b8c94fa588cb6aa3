import type { NextAuthConfig } from "next-auth";
import { authSecret } from "./secret";

export type Role = "customer" | "provider" | "admin";

declare module "next-auth" {
  interface User {
    role?: Role;
  }
  interface Session {
    user: { id: string; role: Role; email: string; name?: string | null };
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    role?: Role;
  }
}

/**
 * The part of the Auth.js configuration that needs no database: used by `src/proxy.ts` for route
 * protection and extended with the adapter and credentials provider in `./index.ts`.
 * Sessions are signed JWT cookies (Auth.js requires JWT sessions with the credentials provider);
 * the role in the token guides redirects only — tRPC re-reads it from the database on every call.
 */
export const authConfig = {
  secret: authSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/sign-in" },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.role = user.role ?? "customer";
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) {
        session.user.id = token.sub;
        session.user.role = token.role ?? "customer";
      }
      return session;
    },
  },
} satisfies NextAuthConfig;
