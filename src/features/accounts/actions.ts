"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { homeForRole } from "@/lib/roles";
import { signIn, signOut } from "@/server/auth";
import { db } from "@/server/db";
import { safeReturnPath, signInSchema } from "./schemas";
import { roleOfEmail } from "./server";

export type SignInResult = { error: "invalid_credentials" | "rate_limited" | "invalid_input" | "internal" };

/**
 * Signs in with e-mail and password (Auth.js credentials, rate limited) and redirects to `returnTo`
 * (a path on this site) or, without one, to the person's home for their role. Returns an error
 * code instead of redirecting when it fails.
 */
export async function signInWithPassword(input: { email: string; password: string }, returnTo?: string | null): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { error: "invalid_input" };
  try {
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirect: false });
  } catch (error) {
    if (error instanceof AuthError) {
      const code = "code" in error ? (error as { code?: string }).code : undefined;
      if (code === "rate_limited") return { error: "rate_limited" };
      if (error.type === "CredentialsSignin") return { error: "invalid_credentials" };
    }
    console.error("Sign-in failed", error);
    return { error: "internal" };
  }
  redirect(safeReturnPath(returnTo, homeForRole(await roleOfEmail(db, parsed.data.email))));
}

export async function signOutAction() {
  await signOut({ redirectTo: "/" });
}
