"use client";

import { useSuspenseQueries } from "@tanstack/react-query";
import { Ban, CircleCheck, CircleX, Hourglass } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { StatCard, StatGroup } from "@/components/layout/stat-card";
import { useTRPC } from "@/trpc/react";
import { WORKSHOP_STATUSES } from "./admin-workshop-filters";

const icons = { pending: <Hourglass />, active: <CircleCheck />, suspended: <Ban />, rejected: <CircleX /> };

function Counts() {
  const t = useTranslations("admin.overview");
  const ts = useTranslations("admin.workshopStatus");
  const locale = useLocale();
  const trpc = useTRPC();
  // The list procedure's `total` with one row per page: no separate counting procedure needed.
  const results = useSuspenseQueries({
    queries: WORKSHOP_STATUSES.map((status) => trpc.workshops.adminList.queryOptions({ status, page: 1, pageSize: 1 })),
  });
  const number = new Intl.NumberFormat(locale);
  return (
    <ul className="grid grid-cols-2 gap-3 lg:grid-cols-4">
      {WORKSHOP_STATUSES.map((status, i) => {
        const total = results[i]?.data.total ?? 0;
        return (
          <StatCard
            key={status}
            label={ts(status)}
            value={number.format(total)}
            icon={icons[status]}
            hint={status === "pending" ? (total > 0 ? t("pendingHint") : t("pendingNone")) : undefined}
            highlight={status === "pending" && total > 0}
            href={`/admin/workshops?status=${status}`}
          />
        );
      })}
    </ul>
  );
}

/** Workshops per status, each linking to the filtered list; pending ones stand out. */
export function WorkshopCounts() {
  const t = useTranslations("admin.overview");
  return (
    <StatGroup id="admin-workshop-counts" title={t("workshops")} cards={WORKSHOP_STATUSES.length}>
      <Counts />
    </StatGroup>
  );
}
