import { Boxes, ChartLine, Coins, LayoutDashboard, Mail, Puzzle, ShieldAlert, ShoppingCart, Store, Users } from "lucide-react";
import { useTranslations } from "next-intl";
import { AppShell, type AppNavItem, type AppShellUser } from "./app-shell";

/** The admin area's frame; PrestaShop sync, analytics and AI-cost tools are listed as coming soon. */
export function AdminShell({ user, children }: { user: AppShellUser; children: React.ReactNode }) {
  const t = useTranslations("admin");
  const tm = useTranslations("mail");
  const tmod = useTranslations("messaging.moderation");
  const nav: AppNavItem[] = [
    { href: "/admin", label: t("nav.overview"), icon: <LayoutDashboard />, exact: true },
    { href: "/admin/workshops", label: t("nav.workshops"), icon: <Store /> },
    { href: "/admin/users", label: t("nav.users"), icon: <Users /> },
    { href: "/admin/moderation", label: tmod("nav"), icon: <ShieldAlert /> },
    { href: "/admin/mail", label: tm("nav"), icon: <Mail /> },
    { href: "/admin/compatibility", label: t("nav.compatibility"), icon: <Puzzle /> },
    { href: "/admin/catalog", label: t("nav.catalog"), icon: <Boxes /> },
    { href: "/admin/prestashop", label: t("nav.prestashop"), icon: <ShoppingCart />, soon: true },
    { href: "/admin/analytics", label: t("nav.analytics"), icon: <ChartLine />, soon: true },
    { href: "/admin/ai-costs", label: t("nav.aiCosts"), icon: <Coins />, soon: true },
  ];
  return (
    <AppShell user={user} areaLabel={t("area")} navLabel={t("nav.label")} soonLabel={t("nav.soon")} nav={nav}>
      {children}
    </AppShell>
  );
}
