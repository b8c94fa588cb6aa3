import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/layout/auth-card";
import { safeReturnPath, SignUpForm } from "@/features/accounts";
import { homeForRole } from "@/lib/roles";
import { auth } from "@/server/auth";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.signUp"))("title") };
}

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  const returnTo = safeReturnPath(callbackUrl, "") || null;
  const session = await auth();
  if (session?.user) redirect(returnTo ?? homeForRole(session.user.role));
  const t = await getTranslations("auth.signUp");
  const signInHref = returnTo ? `/sign-in?callbackUrl=${encodeURIComponent(returnTo)}` : "/sign-in";
  const link = "font-medium text-primary underline-offset-4 hover:underline";
  return (
    <AuthCard
      title={t("title")}
      description={t("description")}
      footer={
        <>
          <p>
            {t("haveAccount")}{" "}
            <Link href={signInHref} className={link}>
              {t("signInLink")}
            </Link>
          </p>
          <p>
            {t("workshopCta")}{" "}
            <Link href="/sign-up/workshop" className={link}>
              {t("workshopLink")}
            </Link>
          </p>
        </>
      }
    >
      <SignUpForm returnTo={returnTo} />
    </AuthCard>
  );
}
