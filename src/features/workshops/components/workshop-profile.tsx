import { ArrowLeft, Bot, Globe, Mail, MapPin, Phone } from "lucide-react";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { formatDuration, formatMoney } from "@/lib/format";
import type { RouterOutputs } from "@/trpc/react";
import { SERVICE_CATEGORIES } from "../schemas";
import { WorkshopLocationMap } from "./map";
import { OpeningHours } from "./opening-hours";
import { Rating } from "./rating";

type Workshop = RouterOutputs["workshops"]["bySlug"];

/**
 * A workshop's public page: who they are, what they do for how much, when they are open, where.
 * `renderContact` draws the "contact" buttons (the page composes them from the messaging feature):
 * without a service for the workshop as a whole, with one for a single service.
 */
export function WorkshopProfile({
  workshop,
  today,
  renderContact,
}: {
  workshop: Workshop;
  today: number;
  renderContact?: (service?: { id: string; name: string }) => React.ReactNode;
}) {
  const t = useTranslations("workshops");
  const locale = useLocale();
  const byCategory = SERVICE_CATEGORIES.map((c) => ({ category: c, services: workshop.services.filter((s) => s.category === c) })).filter(
    (g) => g.services.length,
  );
  const price = (s: Workshop["services"][number]) =>
    s.priceTo && s.priceTo !== s.priceFrom
      ? t("page.priceRange", { from: formatMoney(s.priceFrom, locale), to: formatMoney(s.priceTo, locale) })
      : formatMoney(s.priceFrom, locale);

  return (
    <div className="mx-auto grid max-w-6xl gap-6 px-4 py-6">
      <Link href="/workshops" className="inline-flex w-fit items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
        <ArrowLeft aria-hidden className="size-4" /> {t("page.backToSearch")}
      </Link>
      {workshop.status !== "active" && (
        <Alert>
          <AlertDescription>
            {workshop.status === "pending" ? t("page.pendingNotice") : t("page.hiddenNotice", { status: t(`status.${workshop.status}`) })}
          </AlertDescription>
        </Alert>
      )}
      <header className="grid gap-2">
        <h1 className="text-3xl font-bold tracking-tight">{workshop.name}</h1>
        <div className="flex flex-wrap items-center gap-3">
          <Rating rating={workshop.rating} count={workshop.ratingCount} />
          <Badge
            variant={workshop.openNow ? "secondary" : "outline"}
            className={workshop.openNow ? "text-emerald-700 dark:text-emerald-400" : ""}
          >
            {workshop.openNow ? t("page.openNow") : t("page.closedNow")}
          </Badge>
          <span className="flex items-center gap-1 text-sm text-muted-foreground">
            <MapPin aria-hidden className="size-4" /> {workshop.address}, {workshop.postalCode} {workshop.city}
          </span>
        </div>
        {workshop.description && <p className="max-w-3xl text-muted-foreground">{workshop.description}</p>}
        {renderContact && <div className="pt-1">{renderContact()}</div>}
      </header>

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <section aria-labelledby="services-heading" className="grid content-start gap-4">
          <h2 id="services-heading" className="text-xl font-semibold">
            {t("page.services")}
          </h2>
          {byCategory.length === 0 && <p className="text-muted-foreground">{t("page.noServices")}</p>}
          {byCategory.map((group) => (
            <section key={group.category} aria-labelledby={`cat-${group.category}`} className="overflow-hidden rounded-xl border bg-card">
              <h3 id={`cat-${group.category}`} className="border-b bg-muted/40 px-6 py-3 text-base font-semibold">
                {t(`categories.${group.category}`)}
              </h3>
              <ul className="divide-y">
                {group.services.map((s) => (
                  <li key={s.id} className="flex flex-col gap-2 px-6 py-3 sm:flex-row sm:items-start sm:justify-between sm:gap-4">
                    <div>
                      <p className="font-medium">{s.name}</p>
                      {s.description && <p className="text-sm text-muted-foreground">{s.description}</p>}
                      <p className="text-sm text-muted-foreground">
                        {t("page.duration", { duration: formatDuration(s.durationMinutes, locale) })}
                      </p>
                    </div>
                    <div className="flex shrink-0 flex-wrap items-center justify-between gap-2 sm:flex-col sm:items-end">
                      <p className="text-end font-semibold tabular-nums">{price(s)}</p>
                      {renderContact?.({ id: s.id, name: s.name })}
                    </div>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>

        <aside className="grid content-start gap-4">
          <Card>
            <CardHeader>
              <CardTitle>
                <h2 className="text-base">{t("page.hours")}</h2>
              </CardTitle>
            </CardHeader>
            <CardContent>
              <OpeningHours hours={workshop.hours} today={today} />
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>
                <h2 className="text-base">{t("page.contact")}</h2>
              </CardTitle>
            </CardHeader>
            <CardContent className="grid gap-2 text-sm">
              {workshop.phone && (
                <a href={`tel:${workshop.phone.replace(/\s/g, "")}`} className="flex items-center gap-2 hover:underline">
                  <Phone aria-hidden className="size-4" /> <span className="sr-only">{t("page.phone")}: </span>
                  {workshop.phone}
                </a>
              )}
              {workshop.email && (
                <a href={`mailto:${workshop.email}`} className="flex items-center gap-2 break-all hover:underline">
                  <Mail aria-hidden className="size-4 shrink-0" /> <span className="sr-only">{t("page.email")}: </span>
                  {workshop.email}
                </a>
              )}
              {workshop.website && (
                <a
                  href={workshop.website}
                  rel="noopener noreferrer nofollow"
                  target="_blank"
                  className="flex items-center gap-2 break-all hover:underline"
                >
                  <Globe aria-hidden className="size-4 shrink-0" /> <span className="sr-only">{t("page.website")}: </span>
                  {new URL(workshop.website).host}
                </a>
              )}
              <Link
                href={`/diagnosis?workshop=${encodeURIComponent(workshop.slug)}`}
                className="mt-1 flex items-center gap-2 font-medium text-primary hover:underline"
              >
                <Bot aria-hidden className="size-4 shrink-0" /> {t("page.askAi")}
              </Link>
            </CardContent>
          </Card>
          <section aria-labelledby="location-heading" className="grid gap-2">
            <h2 id="location-heading" className="text-base font-semibold">
              {t("page.location")}
            </h2>
            <WorkshopLocationMap
              lat={workshop.lat}
              lng={workshop.lng}
              name={workshop.name}
              className="h-64 w-full overflow-hidden rounded-lg border"
            />
          </section>
        </aside>
      </div>
    </div>
  );
}
