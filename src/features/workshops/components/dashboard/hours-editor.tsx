"use client";

import { useMutation } from "@tanstack/react-query";
import { Copy, Lock } from "lucide-react";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { toast } from "sonner";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { useErrorMessage } from "@/hooks/use-error-message";
import { cn } from "@/lib/utils";
import { useTRPC } from "@/trpc/react";
import { HoursDayRow } from "./hours-day-row";
import { copyMondayToWeekdays, intervalsFromWeek, sameWeek, weekErrors, weekFromIntervals, type Week } from "./hours-model";
import { useFieldMessage } from "@/hooks/use-error-message";
import { useInvalidateManagedWorkshop, useManagedWorkshop } from "./use-managed-workshop";

/** The weekly opening hours, Monday to Sunday; saving replaces the whole week. */
export function HoursEditor({ workshopId }: { workshopId: string }) {
  const t = useTranslations("dashboard.hours");
  const trpc = useTRPC();
  const translate = useFieldMessage();
  const errorMessage = useErrorMessage();
  const invalidate = useInvalidateManagedWorkshop(workshopId);
  const workshop = useManagedWorkshop(workshopId);
  const readOnly = workshop.myRole !== "owner";
  const saved = useMemo(() => weekFromIntervals(workshop.hours), [workshop.hours]);
  const [week, setWeek] = useState<Week>(saved);
  const errors = weekErrors(week);
  const dirty = !sameWeek(week, saved);

  const save = useMutation(
    trpc.workshops.saveHours.mutationOptions({
      onSuccess: async () => {
        await invalidate();
        toast.success(t("saved"));
      },
      onError: (error) => toast.error(errorMessage(error)),
    }),
  );
  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    if (errors.size > 0) {
      toast.error(t("fixErrors"));
      return;
    }
    save.mutate({ workshopId, hours: intervalsFromWeek(week) });
  };

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <p className="max-w-prose text-muted-foreground">{t("intro", { timeZone: workshop.timeZone })}</p>
        {!readOnly ? (
          <Button type="button" variant="outline" onClick={() => setWeek(copyMondayToWeekdays)}>
            <Copy aria-hidden />
            {t("copyMonday")}
          </Button>
        ) : null}
      </div>
      {readOnly ? (
        <Alert role="note">
          <Lock aria-hidden />
          <AlertDescription>{t("readOnly")}</AlertDescription>
        </Alert>
      ) : null}
      <Card className="py-2">
        <CardContent>
          {week.map((day) => {
            const error = errors.get(day.weekday);
            return (
              <HoursDayRow
                key={day.weekday}
                day={day}
                error={error ? translate(error) : undefined}
                readOnly={readOnly}
                onChange={(next) => setWeek((w) => w.map((d) => (d.weekday === next.weekday ? next : d)))}
              />
            );
          })}
        </CardContent>
      </Card>
      {!readOnly ? (
        <div
          className={cn(
            "flex items-center justify-end gap-3",
            // On phones the bar sticks to the bottom while there is something to save.
            dirty &&
              "sticky bottom-0 z-10 -mx-4 border-t bg-background/95 px-4 py-3 backdrop-blur md:static md:mx-0 md:border-0 md:bg-transparent md:p-0",
          )}
        >
          <p aria-live="polite" className="me-auto text-sm text-muted-foreground">
            {dirty ? t("unsaved") : ""}
          </p>
          <Button type="button" variant="ghost" disabled={!dirty || save.isPending} onClick={() => setWeek(saved)}>
            {t("discard")}
          </Button>
          <Button type="submit" disabled={save.isPending || !dirty}>
            {save.isPending ? t("saving") : t("save")}
          </Button>
        </div>
      ) : null}
    </form>
  );
}
