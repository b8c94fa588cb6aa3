"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { CalendarCheck, Car, ClipboardList, Stethoscope } from "lucide-react";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useId, useMemo, useState } from "react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Skeleton } from "@/components/ui/skeleton";
import { Textarea } from "@/components/ui/textarea";
import { useErrorMessage } from "@/hooks/use-error-message";
import { newClientId } from "@/lib/client-id";
import { formatDuration, formatMoney } from "@/lib/format";
import { cn } from "@/lib/utils";
import { useTRPC } from "@/trpc/react";
import { BOOKING_LIMITS } from "../constants";
import { SlotPicker } from "./slot-picker";

/**
 * Booking a workshop: service, car, day and free time, a note, then "Book". Works signed out up to
 * the last step (which then leads to sign-in and back here). `?service=` preselects a service;
 * `?diagnosis=` (a diagnosis session of the customer) attaches its newest diagnosis and preselects
 * the first service matching its categories. A time someone else took meanwhile is reported with
 * the day's fresh times; a double tap books once (one idempotency key per attempt).
 */
export function BookingFlow({ slug, viewerRole }: { slug: string; viewerRole: "customer" | "provider" | "admin" | null }) {
  const t = useTranslations("bookings.flow");
  const tc = useTranslations("workshops.categories");
  const locale = useLocale();
  const format = useFormatter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const errorMessage = useErrorMessage();
  const ids = { service: useId(), vehicle: useId(), notes: useId() };
  const diagnosisSessionId = params.get("diagnosis") ?? undefined;
  const page = useQuery(trpc.bookings.page.queryOptions({ slug, ...(diagnosisSessionId ? { diagnosisSessionId } : {}) }));
  const data = page.data;

  const preselected = useMemo(() => {
    if (!data) return null;
    const wanted = params.get("service");
    if (wanted && data.services.some((s) => s.id === wanted)) return wanted;
    const categories = data.diagnosis?.serviceCategories ?? [];
    return data.services.find((s) => categories.includes(s.category))?.id ?? null;
  }, [data, params]);
  const [serviceChoice, setServiceChoice] = useState<string | null>(null);
  const serviceId = serviceChoice ?? preselected;
  const service = data?.services.find((s) => s.id === serviceId) ?? null;
  const [vehicleChoice, setVehicleChoice] = useState<string | null>(null);
  const vehicleId = vehicleChoice ?? data?.vehicles[0]?.id ?? null;
  const [startsAt, setStartsAt] = useState<string | null>(null);
  const [notes, setNotes] = useState("");
  const [taken, setTaken] = useState(false);
  const [attemptKey, setAttemptKey] = useState(newClientId);

  const book = useMutation(
    trpc.bookings.create.mutationOptions({
      onSuccess: async (result) => {
        if (result.ok) {
          router.push(`/bookings/${result.booking.id}?new=1`);
          return;
        }
        // Someone else took it a moment ago: show the day's fresh times and let them pick again.
        setTaken(true);
        setStartsAt(null);
        setAttemptKey(newClientId());
        await queryClient.invalidateQueries({ queryKey: trpc.bookings.slots.queryKey() });
      },
    }),
  );

  if (page.isPending) return <Skeleton className="mx-auto my-6 h-96 w-full max-w-6xl" />;
  if (page.isError || !data) {
    return (
      <Alert variant="destructive" className="mx-auto my-6 max-w-3xl">
        <AlertTitle>{t("unavailable")}</AlertTitle>
        <AlertDescription>{errorMessage(page.error)}</AlertDescription>
      </Alert>
    );
  }

  const signInHref = `/sign-in?callbackUrl=${encodeURIComponent(`${pathname}?${params.toString()}`)}`;
  const price = (s: { priceFrom: number; priceTo: number | null; currency: string }) =>
    s.priceTo && s.priceTo !== s.priceFrom
      ? `${formatMoney(s.priceFrom, locale, s.currency)} – ${formatMoney(s.priceTo, locale, s.currency)}`
      : formatMoney(s.priceFrom, locale, s.currency);
  const ready = viewerRole === "customer" && service && vehicleId && startsAt;
  const policyHours = Math.round(data.policy.cancellationNoticeMinutes / 60);

  return (
    <div className="mx-auto grid w-full max-w-6xl gap-6 px-4 py-6 sm:py-10 lg:grid-cols-[minmax(0,1fr)_20rem]">
      {/* min-w-0: the day strip scrolls inside the column instead of widening the page on phones. */}
      <div className="flex min-w-0 flex-col gap-6">
        <header>
          <p className="text-sm text-muted-foreground">
            <Link href={`/workshops/${data.workshop.slug}`} className="underline-offset-4 hover:underline">
              {data.workshop.name}
            </Link>{" "}
            · {data.workshop.address}, {data.workshop.city}
          </p>
          <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        </header>

        {data.diagnosis && (
          <Alert>
            <Stethoscope aria-hidden />
            <AlertTitle>{t("diagnosisAttached")}</AlertTitle>
            <AlertDescription>{data.diagnosis.summary}</AlertDescription>
          </Alert>
        )}

        <section aria-labelledby={ids.service} className="flex flex-col gap-2">
          <h2 id={ids.service} className="flex items-center gap-2 font-medium">
            <ClipboardList aria-hidden className="size-4" /> {t("service")}
          </h2>
          {data.services.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t("noServices")}</p>
          ) : (
            <div role="radiogroup" aria-labelledby={ids.service} className="grid gap-2 sm:grid-cols-2">
              {data.services.map((s) => {
                const selected = s.id === serviceId;
                return (
                  <button
                    key={s.id}
                    type="button"
                    role="radio"
                    aria-checked={selected}
                    onClick={() => {
                      setServiceChoice(s.id);
                      setStartsAt(null);
                    }}
                    className={cn(
                      "flex flex-col items-start gap-0.5 rounded-lg border p-3 text-left transition-colors",
                      "focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none",
                      selected ? "border-primary bg-primary/5 ring-1 ring-primary" : "hover:bg-muted",
                    )}
                  >
                    <span className="font-medium">{s.name}</span>
                    <span className="text-xs text-muted-foreground">
                      {tc(s.category)} · {formatDuration(s.durationMinutes, locale)} · {price(s)}
                    </span>
                  </button>
                );
              })}
            </div>
          )}
        </section>

        {service && (
          <section className="flex flex-col gap-2" aria-labelledby={`${ids.service}-when`}>
            <h2 id={`${ids.service}-when`} className="flex items-center gap-2 font-medium">
              <CalendarCheck aria-hidden className="size-4" /> {t("when")}
            </h2>
            {taken && (
              <Alert variant="destructive" data-testid="slot-taken">
                <AlertTitle>{t("takenTitle")}</AlertTitle>
                <AlertDescription>{t("takenBody")}</AlertDescription>
              </Alert>
            )}
            <SlotPicker
              workshopId={data.workshop.id}
              serviceId={service.id}
              timeZone={data.workshop.timeZone}
              horizonDays={data.policy.horizonDays}
              value={startsAt}
              onChange={(v) => {
                setStartsAt(v);
                setTaken(false);
              }}
            />
          </section>
        )}

        {viewerRole === "customer" && (
          <section className="grid gap-4 sm:grid-cols-2">
            <div className="flex flex-col gap-2">
              <Label htmlFor={ids.vehicle} className="flex items-center gap-2">
                <Car aria-hidden className="size-4" /> {t("vehicle")}
              </Label>
              {data.vehicles.length ? (
                <Select value={vehicleId ?? undefined} onValueChange={setVehicleChoice}>
                  <SelectTrigger id={ids.vehicle} className="w-full">
                    <SelectValue />
                  </SelectTrigger>
                  <SelectContent>
                    {data.vehicles.map((v) => (
                      <SelectItem key={v.id} value={v.id}>
                        {v.nickname ? `${v.nickname} — ` : ""}
                        {v.make} {v.model} {v.year}
                      </SelectItem>
                    ))}
                  </SelectContent>
                </Select>
              ) : (
                <p className="text-sm">
                  {t("noVehicle")}{" "}
                  <Link className="font-medium underline underline-offset-4" href="/garage">
                    {t("addVehicle")}
                  </Link>
                </p>
              )}
            </div>
            <div className="flex flex-col gap-2 sm:col-span-2">
              <Label htmlFor={ids.notes}>{t("notes")}</Label>
              <Textarea
                id={ids.notes}
                value={notes}
                maxLength={BOOKING_LIMITS.notesMaxChars}
                placeholder={t("notesPlaceholder")}
                onChange={(e) => setNotes(e.target.value)}
                rows={3}
              />
            </div>
          </section>
        )}
      </div>

      <aside className="lg:sticky lg:top-20 lg:self-start">
        <Card>
          <CardHeader>
            <CardTitle>{t("summary")}</CardTitle>
            <CardDescription>{data.workshop.name}</CardDescription>
          </CardHeader>
          <CardContent className="flex flex-col gap-3 text-sm">
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1.5">
              <dt className="text-muted-foreground">{t("service")}</dt>
              <dd>{service?.name ?? "—"}</dd>
              <dt className="text-muted-foreground">{t("when")}</dt>
              <dd data-testid="summary-time">
                {startsAt ? format.dateTime(new Date(startsAt), { dateStyle: "full", timeStyle: "short" }) : "—"}
              </dd>
              <dt className="text-muted-foreground">{t("estimate")}</dt>
              <dd>{service ? price(service) : "—"}</dd>
            </dl>
            <p className="text-xs text-muted-foreground">
              {data.policy.autoConfirm ? t("autoConfirm") : t("needsConfirmation")} {t("policy", { hours: policyHours })}
            </p>
            {book.error && <p className="text-sm text-destructive">{errorMessage(book.error)}</p>}
            {viewerRole === "customer" ? (
              <Button
                size="lg"
                disabled={!ready || book.isPending}
                onClick={() =>
                  ready &&
                  book.mutate({
                    workshopId: data.workshop.id,
                    serviceId: service.id,
                    vehicleId,
                    startsAt,
                    notes,
                    idempotencyKey: attemptKey,
                    ...(data.diagnosis ? { diagnosisId: data.diagnosis.id } : {}),
                  })
                }
              >
                {book.isPending ? t("booking") : t("book")}
              </Button>
            ) : viewerRole ? (
              <p className="text-sm text-muted-foreground">{t("customersOnly")}</p>
            ) : (
              <Button asChild size="lg">
                <Link href={signInHref}>{t("signInToBook")}</Link>
              </Button>
            )}
          </CardContent>
        </Card>
      </aside>
    </div>
  );
}
