import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/layout/auth-card";
import { WorkshopSignUpForm } from "@/features/accounts";
import { homeForRole } from "@/lib/roles";
import { auth } from "@/server/auth";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.workshopSignUp"))("title") };
}

export default async function WorkshopSignUpPage() {
  const session = await auth();
  if (session?.user) redirect(homeForRole(session.user.role));
  const t = await getTranslations("auth");
  return (
    <AuthCard
      wide
      title={t("workshopSignUp.title")}
      description={t("workshopSignUp.description")}
      footer={
        <p>
          {t("signUp.haveAccount")}{" "}
          <Link href="/sign-in" className="font-medium text-primary underline-offset-4 hover:underline">
            {t("signUp.signInLink")}
          </Link>
        </p>
      }
    >
      <WorkshopSignUpForm />
    </AuthCard>
  );
}
