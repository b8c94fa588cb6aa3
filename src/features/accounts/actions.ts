"use server";

import { AuthError } from "next-auth";
import { unstable_rethrow } from "next/navigation";
import { signIn, signOut } from "@/server/auth";
import { safeReturnPath, signInSchema } from "./schemas";

export type SignInResult = { error: "invalid_credentials" | "rate_limited" | "invalid_input" | "internal" };

/**
 * Signs in with e-mail and password and redirects to `returnTo` (a path on this site) or, without one,
 * to the person's home for their role. Returns an error code instead of redirecting when it fails.
 */
export async function signInWithPassword(input: { email: string; password: string }, returnTo?: string | null): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { error: "invalid_input" };
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: `/after-sign-in?to=${encodeURIComponent(safeReturnPath(returnTo, ""))}`,
    });
    return { error: "internal" }; // signIn redirects on success
  } catch (error) {
    unstable_rethrow(error); // the success redirect
    if (error instanceof AuthError) {
      const code = "code" in error ? (error as { code?: string }).code : undefined;
      if (code === "rate_limited") return { error: "rate_limited" };
      if (error.type === "CredentialsSignin") return { error: "invalid_credentials" };
    }
    console.error("Sign-in failed", error);
    return { error: "internal" };
  }
}

export async function signOutAction() {
  await signOut({ redirectTo: "/" });
}
