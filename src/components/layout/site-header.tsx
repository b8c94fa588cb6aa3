import { MessageCircle, Wrench } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { UnreadBadge } from "@/features/messaging";
import { LanguageSwitcher } from "./language-switcher";
import { MobileNav } from "./mobile-nav";
import { navLinksFor } from "./nav-links";
import { ThemeToggle } from "./theme-toggle";
import { UserMenu } from "./user-menu";

export type HeaderUser = { email: string; name?: string | null; role: "customer" | "provider" | "admin" } | null;

/** The site's top bar; `user` comes from the session (read by the layout). */
export async function SiteHeader({ user }: { user: HeaderUser }) {
  const t = await getTranslations("nav");
  const links = navLinksFor(user?.role).map((l) => ({
    href: l.href,
    label: t(l.key),
    badge: l.key === "messages" ? <UnreadBadge /> : undefined,
  }));
  return (
    <header className="sticky top-0 z-40 border-b bg-background/90 backdrop-blur supports-[backdrop-filter]:bg-background/75">
      <div className="mx-auto flex h-14 max-w-7xl items-center gap-2 px-4">
        <MobileNav links={links} signedIn={!!user} />
        <Link href="/" className="flex items-center gap-2 font-bold tracking-tight" aria-label="Pitstop">
          <span className="grid size-8 place-items-center rounded-md bg-primary text-primary-foreground">
            <Wrench aria-hidden className="size-4" />
          </span>
          <span className="text-lg">Pitstop</span>
        </Link>
        <nav aria-label={t("mainNavigation")} className="ms-6 hidden items-center gap-1 lg:flex">
          {links.map((l) => (
            <Button key={l.href} variant="ghost" size="sm" asChild>
              <Link href={l.href} className="gap-2">
                {l.label}
                {l.badge}
              </Link>
            </Button>
          ))}
        </nav>
        <div className="ms-auto flex items-center gap-1">
          {user?.role === "customer" && (
            <Button variant="ghost" size="sm" asChild className="relative lg:hidden">
              <Link href="/messages" aria-label={t("messages")}>
                <MessageCircle aria-hidden className="size-5" />
                <span className="absolute -end-1 -top-1">
                  <UnreadBadge />
                </span>
              </Link>
            </Button>
          )}
          <LanguageSwitcher />
          <ThemeToggle />
          {user ? (
            <UserMenu email={user.email} name={user.name ?? null} />
          ) : (
            <>
              <Button variant="ghost" size="sm" asChild className="hidden sm:inline-flex">
                <Link href="/sign-in">{t("signIn")}</Link>
              </Button>
              <Button size="sm" asChild>
                <Link href="/sign-up">{t("signUp")}</Link>
              </Button>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
