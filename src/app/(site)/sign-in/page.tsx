import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/layout/auth-card";
import { safeReturnPath, SignInForm } from "@/features/accounts";
import { homeForRole } from "@/lib/roles";
import { auth } from "@/server/auth";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.signIn"))("title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  const returnTo = safeReturnPath(callbackUrl, "") || null;
  const session = await auth();
  if (session?.user) redirect(returnTo ?? homeForRole(session.user.role));
  const t = await getTranslations("auth.signIn");
  const signUpHref = returnTo ? `/sign-up?callbackUrl=${encodeURIComponent(returnTo)}` : "/sign-up";
  return (
    <AuthCard
      title={t("title")}
      description={returnTo ? t("returnNotice") : t("description")}
      footer={
        <>
          <p>
            {t("noAccount")}{" "}
            <Link href={signUpHref} className="font-medium text-primary underline-offset-4 hover:underline">
              {t("signUpLink")}
            </Link>
          </p>
          <p className="text-xs">{t("demoHint")}</p>
        </>
      }
    >
      <SignInForm returnTo={returnTo} />
    </AuthCard>
  );
}
