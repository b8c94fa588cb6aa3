"use client";

import { useQuery, useSuspenseQuery } from "@tanstack/react-query";
import { Clock, Lock, Wrench } from "lucide-react";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { useErrorMessage } from "@/hooks/use-error-message";
import { formatDuration } from "@/lib/format";
import { useTRPC } from "@/trpc/react";
import { BaysEditor } from "./bays-editor";
import { OverridesEditor } from "./overrides-editor";
import { SettingsRulesForm } from "./settings-rules-form";

function SettingsCard({ id, title, description, children }: { id: string; title: string; description: string; children: React.ReactNode }) {
  return (
    <Card aria-labelledby={id} role="region">
      <CardHeader>
        <h2 id={id} className="text-lg leading-snug font-semibold">
          {title}
        </h2>
        <CardDescription>{description}</CardDescription>
      </CardHeader>
      <CardContent>{children}</CardContent>
    </Card>
  );
}

/**
 * The workshop's booking settings: rules (interval, notice, horizon, cancellation deadline,
 * auto-confirm), bays, dates with different hours, and links to the weekly hours and services
 * (durations, buffers). Every member sees them; only the owner changes them (`errors.ownerOnly`).
 */
export function BookingSettingsPage({ workshopId }: { workshopId: string }) {
  const t = useTranslations("calendar.settings");
  const locale = useLocale();
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const { myRole } = useSuspenseQuery(trpc.workshops.manage.queryOptions({ workshopId })).data;
  const readOnly = myRole !== "owner";
  const query = useQuery(trpc.bookings.staff.settings.queryOptions({ workshopId }));
  const base = `/dashboard/${workshopId}`;

  if (query.isError) {
    return (
      <p role="alert" className="text-destructive">
        {errorMessage(query.error)}
      </p>
    );
  }
  const data = query.data;
  return (
    <div className="flex flex-col gap-6">
      <p className="max-w-prose text-muted-foreground">{t("intro")}</p>
      {readOnly ? (
        <Alert role="note">
          <Lock aria-hidden />
          <AlertDescription>{t("readOnly")}</AlertDescription>
        </Alert>
      ) : null}
      {!data ? (
        <div className="grid gap-6" aria-busy>
          <Skeleton className="h-72 rounded-xl" />
          <Skeleton className="h-48 rounded-xl" />
        </div>
      ) : (
        <div className="grid grid-cols-1 items-start gap-6 lg:grid-cols-2">
          <div className="grid min-w-0 grid-cols-1 gap-6">
            <SettingsCard id="booking-rules" title={t("rules.title")} description={t("rules.description")}>
              <SettingsRulesForm workshopId={workshopId} settings={data.settings} readOnly={readOnly} />
            </SettingsCard>
            <SettingsCard id="booking-links" title={t("links.title")} description={t("links.description")}>
              <div className="grid gap-4">
                {data.services.length ? (
                  <details className="group rounded-lg border">
                    <summary className="cursor-pointer rounded-lg px-3 py-2 text-sm font-medium outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50">
                      {t("links.servicesList", { count: data.services.length })}
                    </summary>
                    <ul className="grid gap-1.5 border-t px-3 py-2 text-sm">
                      {data.services.map((s) => (
                        <li key={s.id} className="flex flex-wrap justify-between gap-x-3">
                          <span className="font-medium">{s.name}</span>
                          <span className="text-muted-foreground">
                            {formatDuration(s.durationMinutes, locale)}
                            {s.bufferBeforeMinutes || s.bufferAfterMinutes
                              ? ` · ${t("links.buffers", {
                                  before: formatDuration(s.bufferBeforeMinutes, locale),
                                  after: formatDuration(s.bufferAfterMinutes, locale),
                                })}`
                              : ""}
                          </span>
                        </li>
                      ))}
                    </ul>
                  </details>
                ) : null}
                <div className="flex flex-wrap gap-2">
                  <Button asChild variant="outline">
                    <Link href={`${base}/hours`}>
                      <Clock aria-hidden />
                      {t("links.hours")}
                    </Link>
                  </Button>
                  <Button asChild variant="outline">
                    <Link href={`${base}/services`}>
                      <Wrench aria-hidden />
                      {t("links.services")}
                    </Link>
                  </Button>
                </div>
              </div>
            </SettingsCard>
          </div>
          <div className="grid min-w-0 grid-cols-1 gap-6">
            <SettingsCard id="booking-bays" title={t("bays.title")} description={t("bays.description")}>
              <BaysEditor workshopId={workshopId} bays={data.bays} readOnly={readOnly} />
            </SettingsCard>
            <SettingsCard
              id="booking-overrides"
              title={t("overrides.title")}
              description={t("overrides.description", { timeZone: data.timeZone })}
            >
              <OverridesEditor workshopId={workshopId} timeZone={data.timeZone} overrides={data.overrides} readOnly={readOnly} />
            </SettingsCard>
          </div>
        </div>
      )}
    </div>
  );
}
