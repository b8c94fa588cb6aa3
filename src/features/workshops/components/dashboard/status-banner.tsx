"use client";

import { Ban, CircleCheck, CircleX, ExternalLink, Hourglass } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";

type Status = "pending" | "active" | "suspended" | "rejected";

const look: Record<Status, { icon: React.ReactNode; className: string }> = {
  pending: { icon: <Hourglass />, className: "border-amber-500/50 bg-amber-50 dark:bg-amber-950/30" },
  active: { icon: <CircleCheck />, className: "border-emerald-600/40 bg-emerald-50 dark:bg-emerald-950/30" },
  suspended: { icon: <Ban />, className: "border-destructive/50 bg-red-50 dark:bg-red-950/30" },
  rejected: { icon: <CircleX />, className: "border-destructive/50 bg-red-50 dark:bg-red-950/30" },
};

/** Where the workshop stands with the platform, what that means for customers and what to do next. */
export function StatusBanner({ status, slug }: { status: Status; slug: string }) {
  const t = useTranslations("dashboard.status");
  const { icon, className } = look[status];
  return (
    <Alert role="status" className={cn("gap-y-1.5 py-4 text-foreground", className)}>
      {icon}
      <AlertTitle className="line-clamp-none text-base font-semibold">{t(`${status}.title`)}</AlertTitle>
      <AlertDescription className="text-foreground/80">
        <p>{t(`${status}.body`)}</p>
        {status === "pending" ? <p>{t("pending.meanwhile")}</p> : null}
        {status === "active" ? (
          <Button asChild variant="outline" size="sm" className="mt-2">
            <Link href={`/workshops/${slug}`}>
              <ExternalLink aria-hidden />
              {t("active.viewPublic")}
            </Link>
          </Button>
        ) : null}
      </AlertDescription>
    </Alert>
  );
}
