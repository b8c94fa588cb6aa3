"use client";

import { useQuery } from "@tanstack/react-query";
import { CalendarDays, ChevronRight } from "lucide-react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { Tabs, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { useTRPC } from "@/trpc/react";
import { useBookingsLive } from "../hooks/use-bookings-live";
import { BookingStatusBadge } from "./booking-status-badge";

/** The customer's visits: upcoming (soonest first) and past (newest first), each opening its page. */
export function MyBookings({ userId }: { userId: string }) {
  const t = useTranslations("bookings.mine");
  const format = useFormatter();
  const trpc = useTRPC();
  useBookingsLive(userId);
  const [when, setWhen] = useState<"upcoming" | "past">("upcoming");
  const list = useQuery(trpc.bookings.mine.queryOptions({ when }));
  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-4 px-4 py-6 sm:py-10">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <Tabs value={when} onValueChange={(v) => setWhen(v as "upcoming" | "past")}>
          <TabsList>
            <TabsTrigger value="upcoming">{t("upcoming")}</TabsTrigger>
            <TabsTrigger value="past">{t("past")}</TabsTrigger>
          </TabsList>
        </Tabs>
      </div>
      {list.isPending ? (
        <Skeleton className="h-40 w-full" />
      ) : !list.data?.length ? (
        <Card>
          <CardContent className="flex flex-col items-center gap-3 py-10 text-center">
            <CalendarDays aria-hidden className="size-8 text-muted-foreground" />
            <p className="text-muted-foreground">{when === "upcoming" ? t("emptyUpcoming") : t("emptyPast")}</p>
            <Button asChild>
              <Link href="/workshops">{t("find")}</Link>
            </Button>
          </CardContent>
        </Card>
      ) : (
        <ul className="flex flex-col gap-2">
          {list.data.map((b) => (
            <li key={b.id}>
              <Link
                href={`/bookings/${b.id}`}
                data-testid="my-booking"
                className="flex items-center gap-3 rounded-lg border bg-card p-3 transition-colors hover:bg-muted focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
              >
                <div className="flex w-14 shrink-0 flex-col items-center rounded-md bg-muted py-1.5 text-center">
                  <span className="text-xs uppercase">{format.dateTime(b.startsAt, { month: "short" })}</span>
                  <span className="text-xl leading-none font-semibold">{format.dateTime(b.startsAt, { day: "numeric" })}</span>
                </div>
                <div className="min-w-0 flex-1">
                  <p className="truncate font-medium">{b.serviceName}</p>
                  <p className="truncate text-sm text-muted-foreground">
                    {format.dateTime(b.startsAt, { weekday: "short", hour: "2-digit", minute: "2-digit" })} · {b.workshop.name},{" "}
                    {b.workshop.city}
                  </p>
                  <p className="truncate text-xs text-muted-foreground">
                    {b.code} · {b.vehicleLabel}
                  </p>
                </div>
                <BookingStatusBadge status={b.status} className="hidden sm:inline-flex" />
                <ChevronRight aria-hidden className="size-4 shrink-0 text-muted-foreground" />
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
