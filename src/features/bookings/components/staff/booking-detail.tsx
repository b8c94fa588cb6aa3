"use client";

import { useQuery } from "@tanstack/react-query";
import { ArrowLeft, CalendarClock, Car, Mail, Play, CheckCircle2, UserX, XCircle, Check } from "lucide-react";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { ConfirmDialog } from "@/components/layout/confirm-dialog";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SheetDescription, SheetTitle } from "@/components/ui/sheet";
import { Skeleton } from "@/components/ui/skeleton";
import { useErrorMessage } from "@/hooks/use-error-message";
import { formatMoney } from "@/lib/format";
import { cn } from "@/lib/utils";
import { useTRPC, type RouterOutputs } from "@/trpc/react";
import { STAFF_TRANSITIONS } from "../../constants";
import { localDate } from "../../slots";
import { BookingStatusBadge } from "../booking-status-badge";
import { MoveDialog } from "./move-dialog";
import { ReasonDialog } from "./reason-dialog";
import { useBookingActions } from "./use-booking-actions";
import { useWorkshopFormat } from "./use-workshop-format";

type Detail = RouterOutputs["bookings"]["staff"]["byId"];
type Variant = "page" | "sheet";

/** Term and value of the detail's facts list. */
function Fact({ term, children, className }: { term: string; children: React.ReactNode; className?: string }) {
  return (
    <div className={cn("grid content-start gap-0.5", className)}>
      <dt className="text-sm text-muted-foreground">{term}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="grid gap-2 border-t pt-4">
      <h3 className="font-semibold">{title}</h3>
      {children}
    </section>
  );
}

/** Title of the detail: the page's heading, or the sheet's accessible title. */
function Title({ variant, children }: { variant: Variant; children: React.ReactNode }) {
  const className = "text-xl font-semibold leading-tight";
  return variant === "sheet" ? <SheetTitle className={className}>{children}</SheetTitle> : <h2 className={className}>{children}</h2>;
}

/**
 * One booking for the workshop's staff: code, status, service, time in the workshop's zone, bay,
 * customer and their contact, the car, the customer's note, the attached AI diagnosis, history and
 * price estimate, with the actions its status allows (confirm, move, decline/cancel with a reason,
 * start, complete, no-show). `variant="sheet"` renders inside the calendar's side sheet.
 */
export function BookingDetail({ workshopId, bookingId, variant = "page" }: { workshopId: string; bookingId: string; variant?: Variant }) {
  const t = useTranslations("calendar.detail");
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const query = useQuery(trpc.bookings.staff.byId.queryOptions({ workshopId, bookingId }));
  const calendarHref = `/dashboard/${workshopId}/calendar`;

  if (query.isPending) {
    return (
      <div className="flex flex-col gap-4" aria-busy>
        <Title variant={variant}>{t("loading")}</Title>
        {variant === "sheet" ? <SheetDescription className="sr-only">{t("loading")}</SheetDescription> : null}
        <Skeleton className="h-8 w-2/3" />
        <Skeleton className="h-24" />
        <Skeleton className="h-40" />
      </div>
    );
  }
  if (query.isError) {
    return (
      <div className="flex flex-col gap-4">
        <Title variant={variant}>{t("notFoundTitle")}</Title>
        {variant === "sheet" ? <SheetDescription className="sr-only">{errorMessage(query.error)}</SheetDescription> : null}
        <Alert variant="destructive">
          <XCircle aria-hidden />
          <AlertDescription>{errorMessage(query.error)}</AlertDescription>
        </Alert>
        {variant === "page" ? (
          <Button asChild variant="outline" className="self-start">
            <Link href={calendarHref}>
              <ArrowLeft aria-hidden />
              {t("backToCalendar")}
            </Link>
          </Button>
        ) : null}
      </div>
    );
  }
  return <DetailBody workshopId={workshopId} booking={query.data} variant={variant} />;
}

function DetailBody({ workshopId, booking: b, variant }: { workshopId: string; booking: Detail; variant: Variant }) {
  const t = useTranslations("calendar");
  const locale = useLocale();
  const timeZone = b.workshop.timeZone;
  const f = useWorkshopFormat(timeZone);
  const actions = useBookingActions(workshopId);
  const [cancelOpen, setCancelOpen] = useState(false);
  const [moveOpen, setMoveOpen] = useState(false);
  const [noShowOpen, setNoShowOpen] = useState(false);
  const busy = actions.pending.confirm === b.id || actions.pending.cancel === b.id || actions.pending.status === b.id;
  const transitions = STAFF_TRANSITIONS[b.status];
  const movable = b.status === "requested" || b.status === "confirmed";
  const when = `${f.date(b.startsAt)}, ${f.timeRange(b.startsAt, b.endsAt)}`;
  const km = new Intl.NumberFormat(locale, { style: "unit", unit: "kilometer" });
  const price =
    b.priceTo && b.priceTo !== b.priceFrom
      ? `${formatMoney(b.priceFrom, locale, b.currency)} – ${formatMoney(b.priceTo, locale, b.currency)}`
      : formatMoney(b.priceFrom, locale, b.currency);
  const calendarHref = `/dashboard/${workshopId}/calendar?view=day&date=${localDate(b.startsAt, timeZone)}`;

  return (
    <article className={cn("flex flex-col gap-5", variant === "page" && "max-w-3xl")} aria-busy={busy}>
      {variant === "page" ? (
        <Link
          href={calendarHref}
          className="inline-flex items-center gap-1.5 self-start rounded text-sm font-medium text-muted-foreground underline-offset-4 outline-none hover:text-foreground hover:underline focus-visible:ring-[3px] focus-visible:ring-ring/50"
        >
          <ArrowLeft aria-hidden className="size-4" />
          {t("detail.backToCalendar")}
        </Link>
      ) : null}
      <header className="flex flex-col gap-2 pe-8">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <Title variant={variant}>{t("detail.title", { code: b.code })}</Title>
          <BookingStatusBadge status={b.status} label={t(`status.${b.status}`)} className="rounded-full px-2.5 text-sm" />
        </div>
        <p className="text-lg font-medium">{b.serviceName}</p>
        {variant === "sheet" ? (
          <SheetDescription className="flex items-center gap-2 text-base text-foreground">
            <CalendarClock aria-hidden className="size-4 shrink-0 text-muted-foreground" />
            <span className="first-letter:uppercase">{when}</span>
          </SheetDescription>
        ) : (
          <p className="flex items-center gap-2">
            <CalendarClock aria-hidden className="size-4 shrink-0 text-muted-foreground" />
            <span className="first-letter:uppercase">{when}</span>
          </p>
        )}
      </header>

      {movable || transitions.length ? (
        <div className="flex flex-wrap gap-2" role="group" aria-label={t("detail.actions")}>
          {b.status === "requested" ? (
            <Button disabled={busy} onClick={() => actions.confirm(b.id)}>
              <Check aria-hidden />
              {t("requests.confirm")}
            </Button>
          ) : null}
          {transitions.includes("in_progress") ? (
            <Button disabled={busy} onClick={() => actions.setStatus(b.id, "in_progress")}>
              <Play aria-hidden />
              {t("detail.start")}
            </Button>
          ) : null}
          {transitions.includes("completed") ? (
            <Button
              variant={b.status === "in_progress" ? "default" : "outline"}
              disabled={busy}
              onClick={() => actions.setStatus(b.id, "completed")}
            >
              <CheckCircle2 aria-hidden />
              {t("detail.complete")}
            </Button>
          ) : null}
          {movable ? (
            <Button variant="outline" disabled={busy} onClick={() => setMoveOpen(true)}>
              <CalendarClock aria-hidden />
              {t("detail.move")}
            </Button>
          ) : null}
          {transitions.includes("no_show") ? (
            <Button variant="outline" disabled={busy} onClick={() => setNoShowOpen(true)}>
              <UserX aria-hidden />
              {t("detail.noShow")}
            </Button>
          ) : null}
          {movable ? (
            <Button
              variant="outline"
              disabled={busy}
              onClick={() => setCancelOpen(true)}
              className="text-destructive hover:text-destructive"
            >
              <XCircle aria-hidden />
              {b.status === "requested" ? t("requests.decline") : t("detail.cancel")}
            </Button>
          ) : null}
        </div>
      ) : null}

      {b.status === "cancelled" ? (
        <Alert>
          <XCircle aria-hidden />
          <AlertDescription>
            <span className="font-medium text-foreground">{t(`detail.cancelledBy.${b.cancelledBy ?? "workshop"}`)}</span>
            {b.cancellationReason ? <span>{t("detail.reason", { reason: b.cancellationReason })}</span> : null}
          </AlertDescription>
        </Alert>
      ) : null}

      <dl className="grid gap-x-6 gap-y-4 sm:grid-cols-2">
        <Fact term={t("detail.customer")}>
          {b.customer ? (
            <>
              <span className="block font-medium">{b.customer.name || t("grid.customer")}</span>
              <a
                href={`mailto:${b.customer.email}`}
                className="inline-flex items-center gap-1.5 break-all text-sm underline-offset-4 hover:underline"
              >
                <Mail aria-hidden className="size-3.5 shrink-0" />
                {b.customer.email}
              </a>
            </>
          ) : (
            "—"
          )}
        </Fact>
        <Fact term={t("detail.bay")}>{b.bayName}</Fact>
        <Fact term={t("detail.vehicle")}>
          <span className="flex items-center gap-1.5 font-medium">
            <Car aria-hidden className="size-4 shrink-0 text-muted-foreground" />
            {b.vehicle ? `${b.vehicle.make} ${b.vehicle.model} (${b.vehicle.year})` : b.vehicleLabel}
          </span>
          {b.vehicle ? (
            <span className="grid text-sm text-muted-foreground">
              {b.vehicle.engine ? <span>{t("detail.engine", { engine: b.vehicle.engine })}</span> : null}
              {b.vehicle.vin ? (
                <span>
                  {t("detail.vinLabel")} <span className="font-mono text-foreground">{b.vehicle.vin}</span>
                </span>
              ) : null}
              {b.vehicle.mileageKm != null ? <span>{t("detail.mileage", { mileage: km.format(b.vehicle.mileageKm) })}</span> : null}
            </span>
          ) : null}
        </Fact>
        <Fact term={t("detail.price")}>
          <span className="tabular-nums">{price}</span>
          <span className="block text-sm text-muted-foreground">{t("detail.priceHint")}</span>
        </Fact>
      </dl>

      <Section title={t("detail.notes")}>
        {b.notes ? (
          <blockquote className="border-s-2 ps-3 whitespace-pre-line">{b.notes}</blockquote>
        ) : (
          <p className="text-sm text-muted-foreground">{t("detail.noNotes")}</p>
        )}
      </Section>

      {b.diagnosis ? (
        <Section title={t("detail.diagnosis.title")}>
          <p>{b.diagnosis.summary}</p>
          <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
            <Fact term={t("detail.diagnosis.severity")}>{t(`detail.diagnosis.severities.${b.diagnosis.severity}`)}</Fact>
            <Fact term={t("detail.diagnosis.cost")}>
              <span className="tabular-nums">
                {formatMoney(b.diagnosis.costMinGrosze, locale)} – {formatMoney(b.diagnosis.costMaxGrosze, locale)}
              </span>
            </Fact>
          </dl>
          {b.diagnosis.causes.length ? (
            <div className="grid gap-1">
              <h4 className="text-sm text-muted-foreground">{t("detail.diagnosis.causes")}</h4>
              <ul className="grid gap-1">
                {b.diagnosis.causes.map((c, i) => (
                  <li key={i} className="flex justify-between gap-3 rounded-md bg-muted/60 px-3 py-1.5 text-sm">
                    <span>{c.cause}</span>
                    <span className="shrink-0 tabular-nums text-muted-foreground">
                      {new Intl.NumberFormat(locale, { style: "percent" }).format(c.probability)}
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {b.diagnosis.dtcCodes.length ? (
            <p className="text-sm">
              {t("detail.diagnosis.codes")} <span className="font-mono">{b.diagnosis.dtcCodes.join(", ")}</span>
            </p>
          ) : null}
        </Section>
      ) : null}

      <Section title={t("detail.history.title")}>
        <ol className="grid gap-2">
          {b.history.map((h, i) => (
            <li key={i} className="grid gap-0.5 border-s-2 ps-3 text-sm">
              <span className="font-medium">
                {h.kind === "rescheduled"
                  ? t(`detail.history.rescheduled.${h.actor ?? "workshop"}`, {
                      from: h.previousStartsAt ? f.dateTime(h.previousStartsAt) : "—",
                      to: f.dateTime(h.startsAt),
                    })
                  : h.kind === "confirmed"
                    ? t(h.actor === "customer" ? "detail.history.confirmedAuto" : "detail.history.confirmed")
                    : h.kind === "cancelled"
                      ? t(`detail.history.cancelled.${h.actor ?? "workshop"}`)
                      : h.kind === "requested"
                        ? t("detail.history.requested", { when: f.dateTime(h.startsAt) })
                        : t(`detail.history.${h.kind}`)}
              </span>
              {h.reason ? <span className="text-muted-foreground">{t("detail.reason", { reason: h.reason })}</span> : null}
              <time dateTime={h.createdAt.toISOString()} className="text-xs text-muted-foreground">
                {f.dateTime(h.createdAt)}
              </time>
            </li>
          ))}
        </ol>
      </Section>

      {movable ? (
        <>
          <MoveDialog
            key={b.startsAt.toISOString()}
            workshopId={workshopId}
            booking={{ id: b.id, code: b.code, startsAt: b.startsAt, bayId: b.bayId, timeZone }}
            open={moveOpen}
            onOpenChange={setMoveOpen}
          />
          <ReasonDialog
            open={cancelOpen}
            onOpenChange={setCancelOpen}
            mode={b.status === "requested" ? "decline" : "cancel"}
            subject={`${b.customer?.name || t("grid.customer")}, ${f.dateShort(b.startsAt)}, ${f.timeRange(b.startsAt, b.endsAt)}`}
            pending={actions.pending.cancel === b.id}
            onSubmit={(reason) => actions.cancel(b.id, reason)}
          />
        </>
      ) : null}
      <ConfirmDialog
        open={noShowOpen}
        onOpenChange={setNoShowOpen}
        title={t("detail.noShowTitle")}
        description={t("detail.noShowBody", { name: b.customer?.name || t("grid.customer") })}
        confirmLabel={t("detail.noShow")}
        pending={actions.pending.status === b.id}
        onConfirm={() => {
          actions.setStatus(b.id, "no_show");
          setNoShowOpen(false);
        }}
      />
    </article>
  );
}
