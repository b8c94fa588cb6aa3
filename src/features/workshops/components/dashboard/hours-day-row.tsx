"use client";

import { Coffee, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Switch } from "@/components/ui/switch";
import { cn } from "@/lib/utils";
import { addBreak, DEFAULT_RANGE, type DayHours, type TimeRange } from "./hours-model";

/** One weekday of the opening-hours editor: open/closed, its ranges, "add break" and its error. */
export function HoursDayRow({
  day,
  error,
  readOnly,
  onChange,
}: {
  day: DayHours;
  /** Already translated. */
  error?: string;
  readOnly: boolean;
  onChange: (day: DayHours) => void;
}) {
  const t = useTranslations("dashboard.hours");
  const id = useId();
  const dayName = t(`weekdays.${day.weekday}`);
  const withBreak = addBreak(day);
  const errorId = `${id}-error`;

  const setOpen = (open: boolean) =>
    onChange({ ...day, open, ranges: open && day.ranges.length === 0 ? [{ ...DEFAULT_RANGE }] : day.ranges });
  const setRange = (index: number, patch: Partial<TimeRange>) =>
    onChange({ ...day, ranges: day.ranges.map((r, i) => (i === index ? { ...r, ...patch } : r)) });
  const removeRange = (index: number) => {
    const ranges = day.ranges.filter((_, i) => i !== index);
    onChange({ ...day, ranges, open: ranges.length > 0 });
  };

  return (
    <fieldset
      aria-describedby={error ? errorId : undefined}
      className={cn("grid gap-3 border-b py-4 last:border-b-0 md:grid-cols-[12rem_1fr] md:items-start", error && "md:pb-3")}
    >
      <legend className="sr-only">{dayName}</legend>
      <div className="flex items-center justify-between gap-3 md:h-9 md:justify-start">
        <span aria-hidden className="font-medium">
          {dayName}
        </span>
        <div className="flex items-center gap-2">
          <Switch
            id={`${id}-open`}
            checked={day.open}
            onCheckedChange={setOpen}
            disabled={readOnly}
            aria-label={t("openOn", { day: dayName })}
          />
          <Label htmlFor={`${id}-open`} className="w-20 font-normal text-muted-foreground">
            {day.open ? t("open") : t("closed")}
          </Label>
        </div>
      </div>
      {day.open ? (
        <div className="grid gap-2">
          <ul className="grid gap-2">
            {day.ranges.map((range, index) => (
              <li key={index} className="flex items-center gap-2">
                <Input
                  type="time"
                  step={300}
                  value={range.opensAt}
                  onChange={(e) => setRange(index, { opensAt: e.target.value })}
                  disabled={readOnly}
                  aria-label={t("opensAt", { day: dayName, n: index + 1 })}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? errorId : undefined}
                  className="w-32"
                />
                <span aria-hidden>–</span>
                <Input
                  type="time"
                  step={300}
                  value={range.closesAt}
                  onChange={(e) => setRange(index, { closesAt: e.target.value })}
                  disabled={readOnly}
                  aria-label={t("closesAt", { day: dayName, n: index + 1 })}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? errorId : undefined}
                  className="w-32"
                />
                {!readOnly ? (
                  <Button
                    type="button"
                    variant="ghost"
                    size="icon-sm"
                    onClick={() => removeRange(index)}
                    aria-label={t("removeRange", { day: dayName, from: range.opensAt, to: range.closesAt })}
                  >
                    <X aria-hidden />
                  </Button>
                ) : null}
              </li>
            ))}
          </ul>
          {!readOnly ? (
            <Button
              type="button"
              variant="ghost"
              size="sm"
              className="w-fit text-muted-foreground"
              disabled={!withBreak}
              onClick={() => withBreak && onChange(withBreak)}
              aria-label={t("addBreakFor", { day: dayName })}
            >
              <Coffee aria-hidden />
              {t("addBreak")}
            </Button>
          ) : null}
        </div>
      ) : (
        <p className="text-sm text-muted-foreground md:flex md:h-9 md:items-center">{t("closedAllDay")}</p>
      )}
      {error ? (
        <p id={errorId} className="text-sm text-destructive md:col-start-2">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
