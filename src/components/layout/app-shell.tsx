import { Wrench } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { AppNavItem } from "./app-shell-items";
import { AppShellMobileMenu } from "./app-shell-mobile-menu";
import { AppShellNav } from "./app-shell-nav";
import { AppShellTitle } from "./app-shell-title";
import { LanguageSwitcher } from "./language-switcher";
import { ThemeToggle } from "./theme-toggle";
import { UserMenu } from "./user-menu";

export type { AppNavItem } from "./app-shell-items";

/** The signed-in person, as the layout read it from the session (for the account menu). */
export type AppShellUser = { email: string; name?: string | null } | null;

type AppShellProps = {
  user: AppShellUser;
  /** Name of the area ("Panel warsztatu", "Administracja"), shown under the logo and atop the phone menu. */
  areaLabel: string;
  /** Accessible name of the sidebar navigation. */
  navLabel: string;
  /** Text of the badge on coming-soon items. */
  soonLabel: string;
  nav: AppNavItem[];
  /** Top-bar title when no nav item matches the page. */
  fallbackTitle?: string;
  /** Shown above the navigation (e.g. a workshop switcher), in the sidebar and in the phone menu. */
  sidebarSlot?: React.ReactNode;
  children: React.ReactNode;
};

/**
 * Frame of the signed-in work areas (provider dashboard, admin): a sidebar on desktop, a sheet menu on
 * phones, a top bar with the page title, language, theme and account menus, and a skip link to #main.
 */
export function AppShell({ user, areaLabel, navLabel, soonLabel, nav, fallbackTitle, sidebarSlot, children }: AppShellProps) {
  const t = useTranslations("common");
  return (
    <div className="min-h-dvh md:grid md:grid-cols-[16rem_minmax(0,1fr)]">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:fixed focus:start-2 focus:top-2 focus:z-50 focus:rounded focus:bg-background focus:px-3 focus:py-2 focus:shadow"
      >
        {t("skipToContent")}
      </a>
      <div className="sticky top-0 hidden h-dvh flex-col border-e bg-sidebar text-sidebar-foreground md:flex">
        <div className="flex h-14 shrink-0 items-center gap-2 border-b px-4">
          <Link
            href="/"
            className="flex items-center gap-2 rounded-md font-bold tracking-tight outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50"
          >
            <span className="grid size-8 place-items-center rounded-md bg-primary text-primary-foreground">
              <Wrench aria-hidden className="size-4" />
            </span>
            <span className="text-lg">{t("appName")}</span>
          </Link>
          <span className="truncate pt-0.5 text-xs text-muted-foreground">{areaLabel}</span>
        </div>
        <div className="flex-1 overflow-y-auto">
          {sidebarSlot ? <div className="px-3 pt-3">{sidebarSlot}</div> : null}
          <AppShellNav items={nav} label={navLabel} soonLabel={soonLabel} />
        </div>
      </div>
      <div className="flex min-h-dvh min-w-0 flex-col">
        <header className="sticky top-0 z-40 flex h-14 items-center gap-2 border-b bg-background/90 px-4 backdrop-blur supports-[backdrop-filter]:bg-background/75 md:px-6">
          <AppShellMobileMenu areaLabel={areaLabel} items={nav} navLabel={navLabel} soonLabel={soonLabel} sidebarSlot={sidebarSlot} />
          <AppShellTitle items={nav} fallback={fallbackTitle ?? areaLabel} />
          <div className="ms-auto flex shrink-0 items-center gap-1">
            <LanguageSwitcher />
            <ThemeToggle />
            {user ? <UserMenu email={user.email} name={user.name ?? null} /> : null}
          </div>
        </header>
        <main id="main" tabIndex={-1} className="flex-1 px-4 py-6 outline-none md:px-8 md:py-8">
          <div className="mx-auto w-full max-w-6xl">{children}</div>
        </main>
      </div>
    </div>
  );
}
