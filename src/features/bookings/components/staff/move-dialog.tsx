"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { AlertTriangle } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { toast } from "sonner";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Skeleton } from "@/components/ui/skeleton";
import { ToggleGroup, ToggleGroupItem } from "@/components/ui/toggle-group";
import { useErrorMessage } from "@/hooks/use-error-message";
import { useTRPC } from "@/trpc/react";
import { localDate } from "../../slots";
import { isLocalDate } from "./calendar-model";
import { useInvalidateBookings } from "./use-bookings-cache";
import { useWorkshopFormat } from "./use-workshop-format";

const ANY_BAY = "any";
type SlotView = { startsAt: string; endsAt: string; freeBays: number };

/**
 * Moves a booking: pick a date, then one of its free starts (`bookings.staff.moveSlots`: the
 * booking does not block itself; notice and horizon do not apply to staff), optionally a bay. When
 * someone takes the time first, the server answers `slot_taken` with that day's fresh starts, shown in place.
 */
export function MoveDialog({
  workshopId,
  booking,
  open,
  onOpenChange,
}: {
  workshopId: string;
  booking: { id: string; code: string; startsAt: Date; bayId: string; timeZone: string };
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const t = useTranslations("calendar.move");
  const tc = useTranslations("common");
  const id = useId();
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const invalidate = useInvalidateBookings();
  const f = useWorkshopFormat(booking.timeZone);
  const [date, setDate] = useState(() => localDate(booking.startsAt, booking.timeZone));
  const [bay, setBay] = useState<string>(ANY_BAY);
  const [picked, setPicked] = useState("");
  const [taken, setTaken] = useState<{ date: string; slots: SlotView[] } | null>(null);
  const validDate = isLocalDate(date);
  const slots = useQuery({
    ...trpc.bookings.staff.moveSlots.queryOptions({ workshopId, bookingId: booking.id, date }),
    enabled: open && validDate,
  });
  const settings = useQuery({ ...trpc.bookings.staff.settings.queryOptions({ workshopId }), enabled: open });
  const bays = settings.data?.bays.filter((b) => b.active) ?? [];
  const shown = taken?.date === date ? taken.slots : (slots.data ?? []);

  const move = useMutation(
    trpc.bookings.staff.move.mutationOptions({
      onSuccess: async (result) => {
        if (result.ok) {
          await invalidate();
          toast.success(t("moved", { when: `${f.dateShort(result.booking.startsAt)}, ${f.time(result.booking.startsAt)}` }));
          setTaken(null);
          setPicked("");
          onOpenChange(false);
          return;
        }
        setTaken({ date: result.date, slots: result.slots });
        setPicked("");
        void invalidate();
      },
      onError: (error) => toast.error(errorMessage(error)),
    }),
  );
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!picked) return;
    move.mutate({ workshopId, bookingId: booking.id, startsAt: picked, ...(bay !== ANY_BAY ? { bayId: bay } : {}) });
  };

  return (
    <Dialog open={open} onOpenChange={(next) => (move.isPending ? undefined : onOpenChange(next))}>
      <DialogContent closeLabel={tc("close")} className="max-h-[calc(100dvh-2rem)] overflow-y-auto sm:max-w-lg">
        <DialogHeader>
          <DialogTitle>{t("title", { code: booking.code })}</DialogTitle>
          <DialogDescription>
            {t("current", { when: `${f.dateShort(booking.startsAt)}, ${f.time(booking.startsAt)}` })}{" "}
            {t("zone", { timeZone: booking.timeZone })}
          </DialogDescription>
        </DialogHeader>
        <form onSubmit={submit} className="grid gap-4">
          <div className="grid gap-4 sm:grid-cols-2">
            <div className="grid gap-2">
              <Label htmlFor={`${id}-date`}>{t("date")}</Label>
              <Input
                id={`${id}-date`}
                type="date"
                value={date}
                required
                onChange={(e) => {
                  setDate(e.target.value);
                  setPicked("");
                }}
              />
            </div>
            <div className="grid gap-2">
              <Label htmlFor={`${id}-bay`}>{t("bay")}</Label>
              <Select value={bay} onValueChange={setBay}>
                <SelectTrigger id={`${id}-bay`} className="w-full">
                  <SelectValue />
                </SelectTrigger>
                <SelectContent>
                  <SelectItem value={ANY_BAY}>{t("anyBay")}</SelectItem>
                  {bays.map((b) => (
                    <SelectItem key={b.id} value={b.id}>
                      {b.name}
                    </SelectItem>
                  ))}
                </SelectContent>
              </Select>
            </div>
          </div>
          {taken?.date === date ? (
            <Alert variant="destructive" role="alert">
              <AlertTriangle aria-hidden />
              <AlertDescription>{t("taken")}</AlertDescription>
            </Alert>
          ) : null}
          <fieldset className="grid min-w-0 gap-2">
            <legend className="mb-2 text-sm font-medium">{t("slots")}</legend>
            {!validDate ? (
              <p className="text-sm text-muted-foreground">{t("pickDate")}</p>
            ) : slots.isPending && !taken ? (
              <div className="grid grid-cols-4 gap-2" aria-busy>
                {Array.from({ length: 8 }, (_, i) => (
                  <Skeleton key={i} className="h-9" />
                ))}
              </div>
            ) : slots.isError ? (
              <p className="text-sm text-destructive">{errorMessage(slots.error)}</p>
            ) : shown.length === 0 ? (
              <p className="text-sm text-muted-foreground">{t("noSlots")}</p>
            ) : (
              <ToggleGroup
                type="single"
                variant="outline"
                value={picked}
                onValueChange={setPicked}
                aria-label={t("slots")}
                className="grid w-full grid-cols-4 gap-2 sm:grid-cols-6"
              >
                {shown.map((s) => (
                  <ToggleGroupItem
                    key={s.startsAt}
                    value={s.startsAt}
                    className="rounded-md border tabular-nums data-[variant=outline]:border-s data-[state=on]:border-primary data-[state=on]:bg-primary data-[state=on]:text-primary-foreground"
                  >
                    {f.time(new Date(s.startsAt))}
                  </ToggleGroupItem>
                ))}
              </ToggleGroup>
            )}
          </fieldset>
          <DialogFooter>
            <Button type="button" variant="outline" disabled={move.isPending} onClick={() => onOpenChange(false)}>
              {tc("cancel")}
            </Button>
            <Button type="submit" disabled={!picked || move.isPending}>
              {move.isPending ? t("moving") : t("submit")}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
