"use client";

import { keepPreviousData, useMutation, useQuery, useSuspenseQuery } from "@tanstack/react-query";
import { Ban, ChevronLeft, ChevronRight, ExternalLink, Settings2 } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";
import { toast } from "sonner";
import { ConfirmDialog } from "@/components/layout/confirm-dialog";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Sheet, SheetContent } from "@/components/ui/sheet";
import { Skeleton } from "@/components/ui/skeleton";
import { ToggleGroup, ToggleGroupItem } from "@/components/ui/toggle-group";
import { useErrorMessage } from "@/hooks/use-error-message";
import { useMediaQuery } from "@/hooks/use-media-query";
import { formatMinutesOfDay } from "@/lib/format";
import { cn } from "@/lib/utils";
import { useTRPC } from "@/trpc/react";
import { localDate } from "../../slots";
import { BlockTimeDialog } from "./block-time-dialog";
import { BookingDetail } from "./booking-detail";
import { DayGrid, type CalendarBlock, type CalendarData } from "./calendar-grid";
import { WeekGrid, WeekList } from "./week-grid";
import { CALENDAR_VIEWS, isLocalDate, openIntervalsOn, shiftDate, viewDates, type CalendarView } from "./calendar-model";
import { RequestsPanel } from "./requests-panel";
import { STATUS_STYLES } from "./status";
import { useInvalidateBookings } from "./use-bookings-cache";
import { useWorkshopFormat } from "./use-workshop-format";

const isView = (value: string | undefined): value is CalendarView => (CALENDAR_VIEWS as readonly string[]).includes(value ?? "");

/**
 * The workshop's calendar: a day (a column per bay) or a week, with the opening hours on the time
 * axis, closed time shaded, bookings coloured by status and blocked time hatched; the requests
 * waiting for an answer beside it; blocking time; a booking's detail in a side sheet. The view and
 * the date live in the address (`?view=day|week&date=YYYY-MM-DD`), so a reload keeps the place.
 * Times are the workshop's own (its zone), whatever the browser's.
 */
export function CalendarPage({ workshopId, initialView, initialDate }: { workshopId: string; initialView?: string; initialDate?: string }) {
  const t = useTranslations("calendar");
  const trpc = useTRPC();
  const id = useId();
  const errorMessage = useErrorMessage();
  const invalidate = useInvalidateBookings();
  const { timeZone } = useSuspenseQuery(trpc.workshops.manage.queryOptions({ workshopId })).data;
  const f = useWorkshopFormat(timeZone);
  const wide = useMediaQuery("(min-width: 768px)");
  const [view, setView] = useState<CalendarView>(isView(initialView) ? initialView : "day");
  const [date, setDate] = useState(() => (isLocalDate(initialDate) ? initialDate : localDate(new Date(), timeZone)));
  const [openBooking, setOpenBooking] = useState<{ open: boolean; id: string | null }>({ open: false, id: null });
  const [blockOpen, setBlockOpen] = useState(false);
  const [unblocking, setUnblocking] = useState<{ open: boolean; block: CalendarBlock | null }>({ open: false, block: null });

  useEffect(() => {
    const search = `?view=${view}&date=${date}`;
    if (window.location.search !== search) window.history.replaceState(window.history.state, "", `${window.location.pathname}${search}`);
  }, [view, date]);

  const dates = viewDates(view, date);
  const calendar = useQuery({
    ...trpc.bookings.staff.calendar.queryOptions({ workshopId, from: dates[0]!, to: dates[dates.length - 1]! }),
    placeholderData: keepPreviousData,
  });
  const data: CalendarData | undefined = calendar.data;
  const fresh = !!data && data.from === dates[0] && data.to === dates[dates.length - 1];

  const unblock = useMutation(
    trpc.bookings.staff.unblock.mutationOptions({
      onSuccess: async () => {
        await invalidate();
        toast.success(t("block.removed"));
        setUnblocking((u) => ({ ...u, open: false }));
      },
      onError: (error) => toast.error(errorMessage(error)),
    }),
  );

  const handlers = {
    onOpenBooking: (booking: { id: string }) => setOpenBooking({ open: true, id: booking.id }),
    onOpenBlock: (block: CalendarBlock) => setUnblocking({ open: true, block }),
  };
  const pickDay = (day: string) => {
    setView("day");
    setDate(day);
  };
  const today = localDate(new Date(), timeZone);
  const title = view === "day" ? f.day(date) : f.dayRange(dates[0]!, dates[6]!);
  const step = view === "day" ? "Day" : "Week";
  const dayHours = data ? openIntervalsOn(date, data.hours, data.overrides) : [];
  const bays = data?.bays.filter((b) => b.active) ?? [];
  const blockDefaults = {
    date,
    from: formatMinutesOfDay(dayHours[0]?.opensAt ?? 8 * 60),
    to: formatMinutesOfDay(dayHours[dayHours.length - 1]?.closesAt ?? 16 * 60),
  };
  const unblockTarget = unblocking.block;

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-col gap-3">
        <div className="flex flex-wrap items-center gap-2">
          <div className="flex items-center gap-1">
            <Button
              variant="outline"
              size="icon"
              aria-label={t(`toolbar.previous${step}`)}
              onClick={() => setDate(shiftDate(view, date, -1))}
            >
              <ChevronLeft aria-hidden />
            </Button>
            <Button variant="outline" onClick={() => setDate(today)} disabled={dates.includes(today)}>
              {t("toolbar.today")}
            </Button>
            <Button variant="outline" size="icon" aria-label={t(`toolbar.next${step}`)} onClick={() => setDate(shiftDate(view, date, 1))}>
              <ChevronRight aria-hidden />
            </Button>
          </div>
          <ToggleGroup
            type="single"
            variant="outline"
            value={view}
            onValueChange={(v) => (isView(v) ? setView(v) : undefined)}
            aria-label={t("views.label")}
          >
            {CALENDAR_VIEWS.map((v) => (
              <ToggleGroupItem key={v} value={v} className="px-3">
                {t(`views.${v}`)}
              </ToggleGroupItem>
            ))}
          </ToggleGroup>
          <label htmlFor={`${id}-date`} className="sr-only">
            {t("toolbar.pickDate")}
          </label>
          <Input
            id={`${id}-date`}
            type="date"
            value={date}
            onChange={(e) => (isLocalDate(e.target.value) ? setDate(e.target.value) : undefined)}
            className="w-auto"
          />
          <div className="flex items-center gap-2 sm:ms-auto">
            <Button variant="outline" onClick={() => setBlockOpen(true)} disabled={!data}>
              <Ban aria-hidden />
              {t("toolbar.blockTime")}
            </Button>
            <Button variant="ghost" size="icon" asChild>
              <Link href={`/dashboard/${workshopId}/booking-settings`} aria-label={t("toolbar.settings")} title={t("toolbar.settings")}>
                <Settings2 aria-hidden />
              </Link>
            </Button>
          </div>
        </div>
        <h2 className="text-lg font-semibold first-letter:uppercase md:text-xl" aria-live="polite">
          {title}
        </h2>
      </div>

      <div className="grid items-start gap-4 lg:grid-cols-[minmax(0,1fr)_17rem]">
        <RequestsPanel
          workshopId={workshopId}
          requests={data?.requests}
          timeZone={timeZone}
          loading={calendar.isPending}
          onOpen={(bookingId) => setOpenBooking({ open: true, id: bookingId })}
          className="lg:sticky lg:top-20 lg:order-2"
        />
        <div className={cn("min-w-0 transition-opacity lg:order-1", data && !fresh && "opacity-50")} aria-busy={!fresh}>
          {calendar.isError ? (
            <p role="alert" className="rounded-lg border border-destructive/50 p-4 text-destructive">
              {errorMessage(calendar.error)}
            </p>
          ) : !data ? (
            <Skeleton className="h-[32rem] rounded-lg" />
          ) : data.bays.length === 0 ? (
            <div className="flex flex-col items-start gap-3 rounded-lg border border-dashed p-6">
              <p className="font-medium">{t("grid.noBays")}</p>
              <p className="text-sm text-muted-foreground">{t("grid.noBaysBody")}</p>
              <Button asChild variant="outline">
                <Link href={`/dashboard/${workshopId}/booking-settings`}>{t("toolbar.settings")}</Link>
              </Button>
            </div>
          ) : view === "day" ? (
            <DayGrid data={data} date={date} handlers={handlers} />
          ) : wide ? (
            <WeekGrid data={data} dates={dates} handlers={handlers} onPickDay={pickDay} />
          ) : (
            <WeekList data={data} dates={dates} handlers={handlers} onPickDay={pickDay} />
          )}
          <Legend />
        </div>
      </div>

      <Sheet open={openBooking.open} onOpenChange={(open) => setOpenBooking((o) => ({ ...o, open }))}>
        <SheetContent closeLabel={t("detail.close")} className="w-full gap-0 overflow-y-auto p-5 sm:max-w-lg">
          {openBooking.id ? (
            <div className="flex flex-col gap-5">
              <BookingDetail workshopId={workshopId} bookingId={openBooking.id} variant="sheet" />
              <Link
                href={`/dashboard/${workshopId}/bookings/${openBooking.id}`}
                className="inline-flex items-center gap-1.5 self-start rounded text-sm font-medium underline-offset-4 outline-none hover:underline focus-visible:ring-[3px] focus-visible:ring-ring/50"
              >
                <ExternalLink aria-hidden className="size-4" />
                {t("detail.openPage")}
              </Link>
            </div>
          ) : null}
        </SheetContent>
      </Sheet>

      {data ? (
        <BlockTimeDialog
          workshopId={workshopId}
          timeZone={timeZone}
          bays={bays}
          defaults={blockDefaults}
          open={blockOpen}
          onOpenChange={setBlockOpen}
        />
      ) : null}
      <ConfirmDialog
        open={unblocking.open}
        onOpenChange={(open) => setUnblocking((u) => ({ ...u, open }))}
        title={t("block.removeTitle")}
        description={
          unblockTarget
            ? t("block.removeBody", {
                when: `${f.dateShort(unblockTarget.startsAt)}, ${f.timeRange(unblockTarget.startsAt, unblockTarget.endsAt)}`,
                bay: unblockTarget.bayId ? (data?.bays.find((b) => b.id === unblockTarget.bayId)?.name ?? "") : t("grid.allBays"),
                reason: unblockTarget.reason || t("grid.block"),
              })
            : ""
        }
        confirmLabel={t("block.removeConfirm")}
        pending={unblock.isPending}
        onConfirm={() => unblockTarget && unblock.mutate({ workshopId, blockId: unblockTarget.id })}
      />
    </div>
  );
}

/** What the colours and hatching mean. */
function Legend() {
  const t = useTranslations("calendar");
  const items = ["requested", "confirmed", "in_progress", "completed", "no_show"] as const;
  return (
    <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-1.5 text-xs text-muted-foreground" aria-label={t("legend.label")}>
      {items.map((s) => (
        <li key={s} className="flex items-center gap-1.5">
          <span aria-hidden className={cn("size-3 rounded-sm border border-s-4", STATUS_STYLES[s])} />
          {t(`status.${s}`)}
        </li>
      ))}
      <li className="flex items-center gap-1.5">
        <span aria-hidden className="size-3 rounded-sm bg-muted-foreground/30" />
        {t("legend.closed")}
      </li>
      <li className="flex items-center gap-1.5">
        <span
          aria-hidden
          className="size-3 rounded-sm border border-dashed border-muted-foreground/60"
          style={{ backgroundImage: "repeating-linear-gradient(135deg, var(--muted-foreground) 0 1px, transparent 1px 4px)" }}
        />
        {t("legend.blocked")}
      </li>
    </ul>
  );
}
