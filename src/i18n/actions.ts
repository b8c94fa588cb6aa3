"use server";

import { cookies } from "next/headers";
import { setPreferredLocale } from "@/features/accounts/server";
import { auth } from "@/server/auth";
import { db } from "@/server/db";
import { isLocale, LOCALE_COOKIE } from "./config";

/** Language switcher: remembers the choice in a cookie and, when signed in, on the account (for e-mails). */
export async function setLocale(locale: string) {
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 60 * 60, sameSite: "lax" });
  const session = await auth();
  if (session?.user?.id) await setPreferredLocale(db, session.user.id, locale);
}
