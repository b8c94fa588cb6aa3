import { getTranslations } from "next-intl/server";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { MessagingLive } from "@/features/messaging";
import { auth } from "@/server/auth";

export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  const [t, session] = await Promise.all([getTranslations("common"), auth()]);
  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded focus:bg-background focus:px-3 focus:py-2"
      >
        {t("skipToContent")}
      </a>
      <SiteHeader user={session?.user ?? null} />
      {session?.user.role === "customer" && <MessagingLive userId={session.user.id} side="customer" />}
      <main id="main" className="flex-1">
        {children}
      </main>
      <SiteFooter />
    </div>
  );
}
