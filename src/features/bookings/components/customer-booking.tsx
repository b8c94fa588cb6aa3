"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { CalendarPlus, CalendarX, CheckCircle2, Clock, MapPin, Phone, RefreshCw } from "lucide-react";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { toast } from "sonner";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { Skeleton } from "@/components/ui/skeleton";
import { Textarea } from "@/components/ui/textarea";
import { useErrorMessage } from "@/hooks/use-error-message";
import { formatMoney } from "@/lib/format";
import { useTRPC, type RouterOutputs } from "@/trpc/react";
import { BOOKING_LIMITS } from "../constants";
import { useBookingsLive } from "../hooks/use-bookings-live";
import { BookingStatusBadge } from "./booking-status-badge";
import { SlotPicker } from "./slot-picker";

type Booking = RouterOutputs["bookings"]["byId"];

/**
 * One of the customer's bookings: the confirmation after booking (`?new=1`), code, status (live),
 * time, place, car, estimate, the attached diagnosis, and — within the workshop's policy — "change
 * time" and "cancel". "Add to calendar" downloads the .ics (same event as the e-mailed invite).
 */
export function CustomerBooking({ bookingId, userId }: { bookingId: string; userId: string }) {
  const t = useTranslations("bookings.detail");
  const format = useFormatter();
  const locale = useLocale();
  const trpc = useTRPC();
  const params = useSearchParams();
  const errorMessage = useErrorMessage();
  useBookingsLive(userId);
  const query = useQuery(trpc.bookings.byId.queryOptions({ bookingId }));
  const [dialog, setDialog] = useState<"reschedule" | "cancel" | null>(null);

  if (query.isPending) return <Skeleton className="h-96 w-full" />;
  if (query.isError) {
    return (
      <Alert variant="destructive">
        <AlertTitle>{t("notFound")}</AlertTitle>
        <AlertDescription>{errorMessage(query.error)}</AlertDescription>
      </Alert>
    );
  }
  const b = query.data;
  const when = format.dateTime(b.startsAt, { dateStyle: "full", timeStyle: "short" });
  const until = format.dateTime(b.endsAt, { timeStyle: "short" });
  const estimate =
    b.priceTo && b.priceTo !== b.priceFrom
      ? `${formatMoney(b.priceFrom, locale, b.currency)} – ${formatMoney(b.priceTo, locale, b.currency)}`
      : formatMoney(b.priceFrom, locale, b.currency);
  const isNew = params.get("new") === "1";
  const active = b.status === "requested" || b.status === "confirmed";

  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-4 px-4 py-6 sm:py-10">
      {isNew && (
        <Alert className="border-emerald-300 bg-emerald-50 text-emerald-950 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-50">
          <CheckCircle2 aria-hidden />
          <AlertTitle>{b.status === "confirmed" ? t("bookedConfirmed") : t("bookedRequested")}</AlertTitle>
          <AlertDescription>{t("bookedBody", { code: b.code })}</AlertDescription>
        </Alert>
      )}
      <Card>
        <CardHeader className="gap-2">
          <div className="flex flex-wrap items-center gap-2">
            <BookingStatusBadge status={b.status} />
            <span className="font-mono text-sm text-muted-foreground" data-testid="booking-code">
              {b.code}
            </span>
          </div>
          <CardTitle className="text-xl">{b.serviceName}</CardTitle>
          <p className="flex items-center gap-2 text-base font-medium">
            <Clock aria-hidden className="size-4" />
            <span data-testid="booking-time">
              {when} – {until}
            </span>
          </p>
        </CardHeader>
        <CardContent className="flex flex-col gap-4 text-sm">
          {b.status === "cancelled" && (
            <Alert variant="destructive">
              <CalendarX aria-hidden />
              <AlertTitle>{b.cancelledBy === "workshop" ? t("cancelledByWorkshop") : t("cancelledByYou")}</AlertTitle>
              {b.cancellationReason && <AlertDescription>{b.cancellationReason}</AlertDescription>}
            </Alert>
          )}
          <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[10rem_1fr]">
            <dt className="text-muted-foreground">{t("workshop")}</dt>
            <dd>
              <Link href={`/workshops/${b.workshop.slug}`} className="font-medium underline-offset-4 hover:underline">
                {b.workshop.name}
              </Link>
              <span className="flex items-center gap-1 text-muted-foreground">
                <MapPin aria-hidden className="size-3.5" /> {b.workshop.address}, {b.workshop.city}
              </span>
              {b.workshop.phone && (
                <a
                  className="flex items-center gap-1 text-muted-foreground hover:underline"
                  href={`tel:${b.workshop.phone.replace(/\s/g, "")}`}
                >
                  <Phone aria-hidden className="size-3.5" /> {b.workshop.phone}
                </a>
              )}
            </dd>
            <dt className="text-muted-foreground">{t("vehicle")}</dt>
            <dd>{b.vehicleLabel}</dd>
            <dt className="text-muted-foreground">{t("estimate")}</dt>
            <dd>{estimate}</dd>
            {b.notes && (
              <>
                <dt className="text-muted-foreground">{t("notes")}</dt>
                <dd className="whitespace-pre-line">{b.notes}</dd>
              </>
            )}
            {b.diagnosis && (
              <>
                <dt className="text-muted-foreground">{t("diagnosis")}</dt>
                <dd>{b.diagnosis.summary}</dd>
              </>
            )}
          </dl>
          {active && (
            <p className="text-xs text-muted-foreground" data-testid="booking-policy">
              {b.policy.customerMayChange && b.policy.changeableUntil
                ? t("policyUntil", { until: format.dateTime(b.policy.changeableUntil, { dateStyle: "medium", timeStyle: "short" }) })
                : t("policyPassed", { hours: Math.round(b.policy.cancellationNoticeMinutes / 60) })}
            </p>
          )}
          <History booking={b} />
        </CardContent>
        <CardFooter className="flex flex-wrap gap-2">
          {active && (
            <Button asChild variant="outline">
              <a href={`/api/bookings/${b.id}/ics`} download>
                <CalendarPlus aria-hidden /> {t("addToCalendar")}
              </a>
            </Button>
          )}
          {active && b.policy.customerMayChange && (
            <>
              <Button variant="outline" onClick={() => setDialog("reschedule")}>
                <RefreshCw aria-hidden /> {t("reschedule")}
              </Button>
              <Button variant="outline" className="text-destructive" onClick={() => setDialog("cancel")}>
                <CalendarX aria-hidden /> {t("cancel")}
              </Button>
            </>
          )}
          <Button asChild variant="ghost">
            <Link href="/bookings">{t("allBookings")}</Link>
          </Button>
        </CardFooter>
      </Card>
      {dialog === "reschedule" && <RescheduleDialog booking={b} onClose={() => setDialog(null)} />}
      {dialog === "cancel" && <CancelDialog booking={b} onClose={() => setDialog(null)} />}
    </div>
  );
}

function History({ booking }: { booking: Booking }) {
  const t = useTranslations("bookings.history");
  const format = useFormatter();
  if (booking.history.length < 2) return null;
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-muted-foreground">{t("title")}</summary>
      <ol className="mt-2 flex flex-col gap-1 border-l pl-3">
        {booking.history.map((h, i) => (
          <li key={i}>
            <span className="text-muted-foreground">{format.dateTime(h.createdAt, { dateStyle: "short", timeStyle: "short" })}</span>{" "}
            {h.kind === "rescheduled" && h.previousStartsAt
              ? t("rescheduled", {
                  from: format.dateTime(h.previousStartsAt, { dateStyle: "medium", timeStyle: "short" }),
                  to: format.dateTime(h.startsAt, { dateStyle: "medium", timeStyle: "short" }),
                })
              : t(h.kind)}
            {h.reason ? ` — ${h.reason}` : ""}
          </li>
        ))}
      </ol>
    </details>
  );
}

function useRefreshBooking() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.bookings.byId.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.bookings.mine.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.bookings.slots.queryKey() }),
    ]);
}

function RescheduleDialog({ booking, onClose }: { booking: Booking; onClose: () => void }) {
  const t = useTranslations("bookings.detail");
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const refresh = useRefreshBooking();
  const [startsAt, setStartsAt] = useState<string | null>(null);
  const [taken, setTaken] = useState(false);
  const move = useMutation(
    trpc.bookings.reschedule.mutationOptions({
      onSuccess: async (result) => {
        await refresh();
        if (!result.ok) {
          setTaken(true);
          setStartsAt(null);
          return;
        }
        toast.success(t("rescheduled"));
        onClose();
      },
    }),
  );
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent className="max-h-[90dvh] overflow-y-auto sm:max-w-2xl">
        <DialogHeader>
          <DialogTitle>{t("rescheduleTitle")}</DialogTitle>
          <DialogDescription>{t("rescheduleBody")}</DialogDescription>
        </DialogHeader>
        {taken && (
          <Alert variant="destructive">
            <AlertTitle>{t("takenTitle")}</AlertTitle>
          </Alert>
        )}
        {booking.serviceId ? (
          <SlotPicker
            workshopId={booking.workshop.id}
            serviceId={booking.serviceId}
            timeZone={booking.workshop.timeZone}
            excludeBookingId={booking.id}
            value={startsAt}
            onChange={setStartsAt}
          />
        ) : (
          <p className="text-sm">{t("serviceGone")}</p>
        )}
        {move.error && <p className="text-sm text-destructive">{errorMessage(move.error)}</p>}
        <DialogFooter>
          <Button variant="outline" onClick={onClose}>
            {t("close")}
          </Button>
          <Button disabled={!startsAt || move.isPending} onClick={() => startsAt && move.mutate({ bookingId: booking.id, startsAt })}>
            {t("confirmReschedule")}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}

function CancelDialog({ booking, onClose }: { booking: Booking; onClose: () => void }) {
  const t = useTranslations("bookings.detail");
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const refresh = useRefreshBooking();
  const reasonId = useId();
  const [reason, setReason] = useState("");
  const cancel = useMutation(
    trpc.bookings.cancel.mutationOptions({
      onSuccess: async () => {
        await refresh();
        toast.success(t("cancelled"));
        onClose();
      },
    }),
  );
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{t("cancelTitle")}</DialogTitle>
          <DialogDescription>{t("cancelBody", { code: booking.code })}</DialogDescription>
        </DialogHeader>
        <div className="flex flex-col gap-2">
          <Label htmlFor={reasonId}>{t("reason")}</Label>
          <Textarea
            id={reasonId}
            value={reason}
            maxLength={BOOKING_LIMITS.reasonMaxChars}
            onChange={(e) => setReason(e.target.value)}
            rows={3}
          />
        </div>
        {cancel.error && <p className="text-sm text-destructive">{errorMessage(cancel.error)}</p>}
        <DialogFooter>
          <Button variant="outline" onClick={onClose}>
            {t("keep")}
          </Button>
          <Button variant="destructive" disabled={cancel.isPending} onClick={() => cancel.mutate({ bookingId: booking.id, reason })}>
            {t("confirmCancel")}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
