"use client";

import { Star, Users, Wrench } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";

type Props = { services: readonly { active: boolean }[]; rating: number; ratingCount: number };

/** Three numbers at a glance: active services, average rating and how many ratings it averages. */
export function QuickStats({ services, rating, ratingCount }: Props) {
  const t = useTranslations("dashboard.overview.stats");
  const locale = useLocale();
  const active = services.filter((s) => s.active).length;
  const ratingText =
    ratingCount > 0 ? new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(rating) : "—";
  const stats = [
    { key: "services", icon: <Wrench />, value: String(active), hint: t("servicesHint", { total: services.length }) },
    { key: "rating", icon: <Star />, value: ratingText, hint: ratingCount > 0 ? t("ratingHint") : t("noRatings") },
    { key: "ratingCount", icon: <Users />, value: new Intl.NumberFormat(locale).format(ratingCount), hint: t("ratingCountHint") },
  ] as const;
  return (
    <dl className="grid gap-3 sm:grid-cols-3">
      {stats.map((s) => (
        <div key={s.key} className="flex flex-col gap-1 rounded-xl border bg-card p-4 shadow-xs">
          <dt className="flex items-center gap-2 text-sm text-muted-foreground [&_svg]:size-4">
            <span aria-hidden className="contents">
              {s.icon}
            </span>
            {t(s.key)}
          </dt>
          <dd className="text-3xl font-semibold tabular-nums">{s.value}</dd>
          <dd className="text-xs text-muted-foreground">{s.hint}</dd>
        </div>
      ))}
    </dl>
  );
}
