"use client";

import { useSuspenseQueries } from "@tanstack/react-query";
import { Car, ShieldCheck, Users, Wrench } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { StatCard, StatGroup } from "@/components/layout/stat-card";
import { useTRPC } from "@/trpc/react";
import { USER_ROLES } from "./admin-user-filters";

const icons = { customer: <Car />, provider: <Wrench />, admin: <ShieldCheck /> };

function Counts() {
  const t = useTranslations("admin.overview");
  const tr = useTranslations("admin.roles");
  const locale = useLocale();
  const trpc = useTRPC();
  const results = useSuspenseQueries({
    queries: USER_ROLES.map((role) => trpc.accounts.listUsers.queryOptions({ role, page: 1, pageSize: 1 })),
  });
  const number = new Intl.NumberFormat(locale);
  const totals = USER_ROLES.map((_, i) => results[i]?.data.total ?? 0);
  const all = totals.reduce((a, b) => a + b, 0);
  return (
    <ul className="grid grid-cols-2 gap-3 lg:grid-cols-4">
      <StatCard label={t("allUsers")} value={number.format(all)} icon={<Users />} href="/admin/users" />
      {USER_ROLES.map((role, i) => (
        <StatCard
          key={role}
          label={tr(`${role}.plural`)}
          value={number.format(totals[i] ?? 0)}
          icon={icons[role]}
          href={`/admin/users?role=${role}`}
        />
      ))}
    </ul>
  );
}

/** People by role, each linking to the filtered user list. */
export function UserCounts() {
  const t = useTranslations("admin.overview");
  return (
    <StatGroup id="admin-user-counts" title={t("users")} cards={4}>
      <Counts />
    </StatGroup>
  );
}
