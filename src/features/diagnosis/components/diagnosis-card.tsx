"use client";

import { AlertTriangle, Gauge, MapPin, MessageCircle, Wrench, CalendarPlus } from "lucide-react";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useId } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { formatMoney } from "@/lib/format";
import { cn } from "@/lib/utils";
import type { DiagnosisInput } from "../schemas";
import { SEVERITY_STYLES } from "./severity";

function CardSection({ title, children }: { title: string; children: React.ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <h3 id={id} className="mb-2 font-semibold">
        {title}
      </h3>
      {children}
    </section>
  );
}

/**
 * The workshop search for a diagnosis: the first matching service, near the customer, nearest first.
 * With `sessionId`, the workshops found offer to attach this diagnosis when the customer writes to them.
 */
export function workshopSearchHref(categories: readonly string[], sessionId?: string): string {
  const params = new URLSearchParams({ near: "me", sort: "distance" });
  if (categories[0]) params.set("category", categories[0]);
  if (sessionId) params.set("diagnosis", sessionId);
  return `/workshops?${params.toString()}`;
}

/** The booking page of the workshop the diagnosis started from: its matching service preselected, the diagnosis attached. */
export function bookWithDiagnosisHref(workshopSlug: string, sessionId: string): string {
  return `/workshops/${encodeURIComponent(workshopSlug)}/book?${new URLSearchParams({ diagnosis: sessionId }).toString()}`;
}

/** Straight to the quick-contact dialog of the workshop the diagnosis started from, with the diagnosis attached. */
export function contactWithDiagnosisHref(workshopSlug: string, sessionId: string): string {
  return `/workshops/${encodeURIComponent(workshopSlug)}?${new URLSearchParams({ contact: "1", diagnosis: sessionId }).toString()}`;
}

/**
 * The structured diagnosis as a card: severity, possible causes with probability and urgency,
 * next steps, cost range (PLN, parts + labour), urgent-visit flag, confidence and the disclaimer.
 * Everything is rendered as text (React escapes it), never as HTML.
 */
export function DiagnosisCard({
  diagnosis,
  sessionId,
  workshop,
}: {
  diagnosis: DiagnosisInput;
  /** The session it belongs to (links carry it, so a chat with a workshop can start with it). */
  sessionId?: string;
  /** The workshop whose page the diagnosis started from: offered as "message this workshop". */
  workshop?: { slug: string; name: string } | null;
}) {
  const t = useTranslations("diagnosis.card");
  const tc = useTranslations("workshops.categories");
  const locale = useLocale();
  // A conversation can hold several cards: ids must stay unique on the page.
  const titleId = useId();
  const percent = (n: number) => new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(n);
  return (
    <Card aria-labelledby={titleId} className="gap-4 border-2" data-testid="diagnosis-card">
      <CardHeader>
        <div className="flex flex-wrap items-center gap-2">
          <CardTitle id={titleId} className="text-lg">
            {t("title")}
          </CardTitle>
          <span className={cn("rounded-md px-2 py-0.5 text-sm font-semibold", SEVERITY_STYLES[diagnosis.severity])} data-testid="severity">
            {t(`severity.${diagnosis.severity}`)}
          </span>
        </div>
        <CardDescription className="whitespace-pre-wrap">{diagnosis.summary}</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-5">
        {diagnosis.urgentVisit && (
          <p className="flex items-start gap-2 rounded-md bg-red-50 p-3 text-sm font-medium text-red-900 dark:bg-red-950 dark:text-red-100">
            <AlertTriangle aria-hidden className="mt-0.5 size-4 shrink-0" />
            {diagnosis.severity === "critical" ? t("stopDriving") : t("urgentVisit")}
          </p>
        )}
        {diagnosis.dtcCodes.length > 0 && (
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <span className="text-muted-foreground">{t("codes")}</span>
            {diagnosis.dtcCodes.map((code) => (
              <Badge key={code} variant="outline" className="font-mono">
                {code}
              </Badge>
            ))}
          </div>
        )}
        <CardSection title={t("causes")}>
          <ol className="flex flex-col gap-3" data-testid="causes">
            {diagnosis.causes.map((c, i) => (
              <li key={`${i}-${c.cause}`} className="flex flex-col gap-1">
                <div className="flex items-baseline justify-between gap-3">
                  <span className="font-medium">{c.cause}</span>
                  <span className="shrink-0 text-sm tabular-nums text-muted-foreground">{percent(c.probability)}</span>
                </div>
                <div className="flex items-center gap-2">
                  <div
                    className="h-2 flex-1 overflow-hidden rounded-full bg-muted"
                    role="meter"
                    aria-label={c.cause}
                    aria-valuemin={0}
                    aria-valuemax={100}
                    aria-valuenow={Math.round(c.probability * 100)}
                  >
                    <div className="h-full rounded-full bg-primary" style={{ width: `${Math.round(c.probability * 100)}%` }} />
                  </div>
                  <span className={cn("rounded px-1.5 text-xs", SEVERITY_STYLES[c.urgency])}>{t(`urgency.${c.urgency}`)}</span>
                </div>
              </li>
            ))}
          </ol>
        </CardSection>
        <CardSection title={t("actions")}>
          <ol className="list-decimal space-y-1 pl-5 text-sm">
            {diagnosis.recommendedActions.map((a, i) => (
              <li key={`${i}-${a}`}>{a}</li>
            ))}
          </ol>
        </CardSection>
        <dl className="grid grid-cols-1 gap-3 text-sm sm:grid-cols-2">
          <div className="rounded-md bg-muted/60 p-3">
            <dt className="flex items-center gap-1.5 text-muted-foreground">
              <Wrench aria-hidden className="size-4" /> {t("cost")}
            </dt>
            <dd className="text-base font-semibold" data-testid="cost">
              {formatMoney(diagnosis.costMinPln * 100, locale)} – {formatMoney(diagnosis.costMaxPln * 100, locale)}
            </dd>
          </div>
          <div className="rounded-md bg-muted/60 p-3">
            <dt className="flex items-center gap-1.5 text-muted-foreground">
              <Gauge aria-hidden className="size-4" /> {t("confidence")}
            </dt>
            <dd className="text-base font-semibold">{percent(diagnosis.confidence)}</dd>
          </div>
        </dl>
        <p className="text-xs text-muted-foreground">{t("disclaimer")}</p>
      </CardContent>
      <CardFooter className="flex flex-wrap gap-2">
        {workshop && sessionId && (
          <Button asChild>
            <Link href={bookWithDiagnosisHref(workshop.slug, sessionId)}>
              <CalendarPlus aria-hidden className="size-4" /> {t("bookWorkshop", { workshop: workshop.name })}
            </Link>
          </Button>
        )}
        {workshop && sessionId && (
          <Button asChild variant="outline">
            <Link href={contactWithDiagnosisHref(workshop.slug, sessionId)}>
              <MessageCircle aria-hidden className="size-4" /> {t("messageWorkshop", { workshop: workshop.name })}
            </Link>
          </Button>
        )}
        <Button asChild variant={workshop && sessionId ? "outline" : "default"}>
          <Link href={workshopSearchHref(diagnosis.serviceCategories, sessionId)}>
            <MapPin aria-hidden className="size-4" /> {t("findWorkshop")}
          </Link>
        </Button>
        <span className="text-xs text-muted-foreground">{diagnosis.serviceCategories.map((c) => tc(c)).join(" · ")}</span>
      </CardFooter>
    </Card>
  );
}
