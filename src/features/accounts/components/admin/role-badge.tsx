"use client";

import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/utils";
import type { UserRole } from "./admin-user-filters";

const tone: Record<UserRole, string> = {
  customer: "border-sky-300 bg-sky-100 text-sky-900 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-200",
  provider: "border-violet-300 bg-violet-100 text-violet-900 dark:border-violet-800 dark:bg-violet-950 dark:text-violet-200",
  admin: "border-amber-300 bg-amber-100 text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200",
};

/** A person's role as a coloured label (the text carries the meaning). */
export function RoleBadge({ role }: { role: UserRole }) {
  const t = useTranslations("admin.roles");
  return (
    <Badge variant="outline" className={cn("font-medium", tone[role])}>
      {t(`${role}.one`)}
    </Badge>
  );
}
