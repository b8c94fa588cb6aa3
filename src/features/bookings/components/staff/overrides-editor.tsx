"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Plus, Trash2, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Switch } from "@/components/ui/switch";
import { useErrorMessage, useFieldMessage } from "@/hooks/use-error-message";
import { formatMinutesOfDay, parseMinutesOfDay } from "@/lib/format";
import { useTRPC } from "@/trpc/react";
import { isLocalDate } from "./calendar-model";
import { useInvalidateBookings } from "./use-bookings-cache";
import { useWorkshopFormat } from "./use-workshop-format";

type Override = { date: string; intervals: { opensAt: number; closesAt: number }[]; note: string };
type Range = { from: string; to: string };

/** The typed ranges as minutes, or the i18n key of what is wrong with them. */
function parseRanges(ranges: Range[]): { intervals: { opensAt: number; closesAt: number }[] } | { error: string } {
  const intervals: { opensAt: number; closesAt: number }[] = [];
  for (const r of ranges) {
    const opensAt = parseMinutesOfDay(r.from);
    const closesAt = parseMinutesOfDay(r.to);
    if (opensAt === null || closesAt === null) return { error: "calendar.settings.overrides.errors.time" };
    if (opensAt >= closesAt) return { error: "validation.hours.order" };
    intervals.push({ opensAt, closesAt });
  }
  intervals.sort((a, b) => a.opensAt - b.opensAt);
  if (intervals.some((v, i) => i > 0 && intervals[i - 1]!.closesAt > v.opensAt)) return { error: "validation.hours.overlap" };
  return { intervals };
}

/**
 * Dates whose hours differ from the week (holidays, stock-taking, a short Saturday): closed all
 * day, or open during one or more ranges, with a note. Upcoming ones are listed and can be removed.
 */
export function OverridesEditor({
  workshopId,
  timeZone,
  overrides,
  readOnly,
}: {
  workshopId: string;
  timeZone: string;
  overrides: Override[];
  readOnly: boolean;
}) {
  const t = useTranslations("calendar.settings.overrides");
  const id = useId();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const fieldMessage = useFieldMessage();
  const invalidateBookings = useInvalidateBookings();
  const f = useWorkshopFormat(timeZone);
  const [date, setDate] = useState("");
  const [closed, setClosed] = useState(true);
  const [ranges, setRanges] = useState<Range[]>([{ from: "08:00", to: "13:00" }]);
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const invalidate = async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.bookings.staff.settings.queryKey({ workshopId }) }),
      invalidateBookings(),
    ]);
  };
  const save = useMutation(
    trpc.bookings.staff.setOverride.mutationOptions({
      onSuccess: async (_, input) => {
        await invalidate();
        toast.success(t("saved", { date: f.day(input.date) }));
        setDate("");
        setNote("");
        setError(null);
      },
      onError: (e) => setError(errorMessage(e)),
    }),
  );
  const remove = useMutation(
    trpc.bookings.staff.removeOverride.mutationOptions({
      onSuccess: async (_, input) => {
        await invalidate();
        toast.success(t("removed", { date: f.day(input.date) }));
      },
      onError: (e) => toast.error(errorMessage(e)),
    }),
  );
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!isLocalDate(date)) return setError(fieldMessage("validation.bookings.date"));
    const parsed = closed ? { intervals: [] } : parseRanges(ranges);
    if ("error" in parsed) return setError(fieldMessage(parsed.error));
    setError(null);
    save.mutate({ workshopId, date, intervals: parsed.intervals, note: note.trim() });
  };
  const setRange = (index: number, patch: Partial<Range>) => setRanges((rs) => rs.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  const errorId = `${id}-error`;

  return (
    <div className="grid gap-5">
      {overrides.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("empty")}</p>
      ) : (
        <ul className="divide-y rounded-lg border">
          {overrides.map((o) => (
            <li key={o.date} className="flex flex-wrap items-center gap-x-4 gap-y-1 px-3 py-2.5">
              <span className="font-medium first-letter:uppercase">{f.day(o.date)}</span>
              <span className="text-sm">
                {o.intervals.length
                  ? o.intervals.map((i) => `${formatMinutesOfDay(i.opensAt)}–${formatMinutesOfDay(i.closesAt)}`).join(", ")
                  : t("closed")}
              </span>
              {o.note ? <span className="text-sm text-muted-foreground">{o.note}</span> : null}
              {!readOnly ? (
                <Button
                  variant="ghost"
                  size="icon"
                  className="ms-auto"
                  disabled={remove.isPending}
                  aria-label={t("remove", { date: f.day(o.date) })}
                  title={t("remove", { date: f.day(o.date) })}
                  onClick={() => remove.mutate({ workshopId, date: o.date })}
                >
                  <Trash2 aria-hidden />
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {!readOnly ? (
        <form
          onSubmit={submit}
          noValidate
          className="grid gap-4 rounded-lg border p-3 sm:p-4"
          aria-describedby={error ? errorId : undefined}
        >
          <h4 className="font-medium">{t("addTitle")}</h4>
          <div className="grid gap-4 sm:grid-cols-2">
            <div className="grid gap-2">
              <Label htmlFor={`${id}-date`}>{t("date")}</Label>
              <Input id={`${id}-date`} type="date" value={date} required onChange={(e) => setDate(e.target.value)} />
            </div>
            <div className="flex items-center gap-3 sm:pt-7">
              <Switch id={`${id}-closed`} checked={closed} onCheckedChange={setClosed} />
              <Label htmlFor={`${id}-closed`} className="font-normal">
                {t("closedAllDay")}
              </Label>
            </div>
          </div>
          {!closed ? (
            <fieldset className="grid min-w-0 gap-2">
              <legend className="mb-2 text-sm font-medium">{t("hours")}</legend>
              <ul className="grid grid-cols-1 gap-2">
                {ranges.map((r, i) => (
                  <li key={i} className="flex min-w-0 items-center gap-2">
                    <Input
                      type="time"
                      step={300}
                      value={r.from}
                      onChange={(e) => setRange(i, { from: e.target.value })}
                      aria-label={t("opensAt", { n: i + 1 })}
                      className="min-w-0 flex-1 px-2 sm:w-32 sm:flex-none sm:px-3"
                    />
                    <span aria-hidden>–</span>
                    <Input
                      type="time"
                      step={300}
                      value={r.to}
                      onChange={(e) => setRange(i, { to: e.target.value })}
                      aria-label={t("closesAt", { n: i + 1 })}
                      className="min-w-0 flex-1 px-2 sm:w-32 sm:flex-none sm:px-3"
                    />
                    {ranges.length > 1 ? (
                      <Button
                        type="button"
                        variant="ghost"
                        size="icon"
                        aria-label={t("removeRange", { n: i + 1 })}
                        onClick={() => setRanges((rs) => rs.filter((_, j) => j !== i))}
                      >
                        <X aria-hidden />
                      </Button>
                    ) : null}
                  </li>
                ))}
              </ul>
              {ranges.length < 6 ? (
                <Button
                  type="button"
                  variant="ghost"
                  size="sm"
                  className="justify-self-start"
                  onClick={() => setRanges((rs) => [...rs, { from: "14:00", to: "16:00" }])}
                >
                  <Plus aria-hidden />
                  {t("addRange")}
                </Button>
              ) : null}
            </fieldset>
          ) : null}
          <div className="grid gap-2">
            <Label htmlFor={`${id}-note`}>{t("note")}</Label>
            <Input
              id={`${id}-note`}
              value={note}
              maxLength={120}
              placeholder={t("notePlaceholder")}
              onChange={(e) => setNote(e.target.value)}
            />
          </div>
          {error ? (
            <p id={errorId} role="alert" className="text-sm text-destructive">
              {error}
            </p>
          ) : null}
          <Button type="submit" className="justify-self-end" disabled={save.isPending}>
            {save.isPending ? t("saving") : t("save")}
          </Button>
        </form>
      ) : null}
    </div>
  );
}
