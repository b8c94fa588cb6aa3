import { Bot, CalendarCog, CalendarDays, ChartLine, Clock, Inbox, LayoutDashboard, Store, Wrench } from "lucide-react";
import { useTranslations } from "next-intl";
import { AppShell, type AppNavItem, type AppShellUser } from "@/components/layout/app-shell";
import { PendingBookingsBadge } from "@/features/bookings";
import { UnreadBadge } from "@/features/messaging";
import { WorkshopSwitcher, type SwitcherWorkshop } from "./workshop-switcher";

/** Pages of one workshop's dashboard; later tools (AI, analytics) are listed as coming soon. */
function dashboardNav(workshopId: string, t: (key: string) => string): AppNavItem[] {
  const base = `/dashboard/${workshopId}`;
  return [
    { href: base, label: t("overview"), icon: <LayoutDashboard />, exact: true },
    { href: `${base}/profile`, label: t("profile"), icon: <Store /> },
    { href: `${base}/services`, label: t("services"), icon: <Wrench /> },
    { href: `${base}/hours`, label: t("hours"), icon: <Clock /> },
    { href: `${base}/inbox`, label: t("inbox"), icon: <Inbox />, badge: <UnreadBadge workshopId={workshopId} /> },
    { href: `${base}/calendar`, label: t("calendar"), icon: <CalendarDays />, badge: <PendingBookingsBadge workshopId={workshopId} /> },
    { href: `${base}/booking-settings`, label: t("bookingSettings"), icon: <CalendarCog /> },
    { href: `${base}/assistant`, label: t("assistant"), icon: <Bot />, soon: true },
    { href: `${base}/analytics`, label: t("analytics"), icon: <ChartLine />, soon: true },
  ];
}

/**
 * The provider dashboard's frame. `workshopId` is the current workshop (access already checked);
 * `workshops` are all the workshops the person works at, for the switcher. Without `workshopId`
 * (a person with no workshop yet) the sidebar has no pages.
 */
export function DashboardShell({
  user,
  workshopId,
  workshops,
  children,
}: {
  user: AppShellUser;
  workshopId?: string;
  workshops: SwitcherWorkshop[];
  children: React.ReactNode;
}) {
  const t = useTranslations("dashboard");
  const tn = useTranslations("dashboard.nav");
  const nav = workshopId ? dashboardNav(workshopId, (key) => tn(key)) : [];
  return (
    <AppShell
      user={user}
      areaLabel={t("area")}
      navLabel={t("nav.label")}
      soonLabel={t("nav.soon")}
      nav={nav}
      fallbackTitle={t("area")}
      sidebarSlot={workshopId ? <WorkshopSwitcher workshops={workshops} currentId={workshopId} /> : undefined}
    >
      {children}
    </AppShell>
  );
}
