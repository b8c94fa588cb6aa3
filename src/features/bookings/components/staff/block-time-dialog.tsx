"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { z } from "zod";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Form, FormControl, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { useErrorMessage, useFieldMessage } from "@/hooks/use-error-message";
import { parseMinutesOfDay } from "@/lib/format";
import { useTRPC } from "@/trpc/react";
import { zonedTime } from "../../slots";
import { isLocalDate } from "./calendar-model";
import { useInvalidateBookings } from "./use-bookings-cache";

const ALL_BAYS = "all";

const time = z.string().transform((value, ctx) => {
  const minutes = parseMinutesOfDay(value);
  if (minutes === null) {
    ctx.addIssue({ code: "custom", message: "calendar.block.errors.time" });
    return z.NEVER;
  }
  return minutes;
});

/** What the dialog edits: local date and times in the workshop's zone. */
const blockFormSchema = z
  .object({
    bay: z.string(),
    date: z.string().refine(isLocalDate, { error: "validation.bookings.date" }),
    from: time,
    to: time,
    reason: z.string().trim().max(200, { error: "validation.tooLong" }),
  })
  .refine((v) => v.from < v.to, { error: "validation.bookings.blockRange", path: ["to"] });
type BlockFormValues = z.input<typeof blockFormSchema>;
type BlockFormOutput = z.output<typeof blockFormSchema>;

/**
 * Blocks time on one bay or on all of them (time off, a broken lift): no one can book into it.
 * Times are the workshop's local ones; the server refuses (`errors.bookings.blockOverlaps`) when
 * bookings already hold that time.
 */
export function BlockTimeDialog({
  workshopId,
  timeZone,
  bays,
  defaults,
  open,
  onOpenChange,
}: {
  workshopId: string;
  timeZone: string;
  bays: { id: string; name: string }[];
  /** Date and hours to start from (the day on screen, its opening hours). */
  defaults: { date: string; from: string; to: string };
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const t = useTranslations("calendar.block");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const fieldMessage = useFieldMessage();
  const errorMessage = useErrorMessage();
  const invalidate = useInvalidateBookings();
  const form = useForm<BlockFormValues, unknown, BlockFormOutput>({
    resolver: zodResolver(blockFormSchema),
    values: { bay: ALL_BAYS, reason: "", ...defaults },
    resetOptions: { keepDirtyValues: true },
  });
  const block = useMutation(
    trpc.bookings.staff.block.mutationOptions({
      onSuccess: async () => {
        await invalidate();
        toast.success(t("created"));
        form.reset();
        onOpenChange(false);
      },
      onError: (error) => toast.error(errorMessage(error)),
    }),
  );
  const submit = form.handleSubmit((v) =>
    block.mutate({
      workshopId,
      bayId: v.bay === ALL_BAYS ? null : v.bay,
      startsAt: zonedTime(v.date, v.from, timeZone).toISOString(),
      endsAt: zonedTime(v.date, v.to, timeZone).toISOString(),
      reason: v.reason,
    }),
  );
  const { control } = form;
  return (
    <Dialog open={open} onOpenChange={(next) => (block.isPending ? undefined : onOpenChange(next))}>
      <DialogContent closeLabel={tc("close")} className="sm:max-w-md">
        <DialogHeader>
          <DialogTitle>{t("title")}</DialogTitle>
          <DialogDescription>{t("description", { timeZone })}</DialogDescription>
        </DialogHeader>
        <Form {...form}>
          <form onSubmit={submit} noValidate className="grid gap-4">
            <FormField
              control={control}
              name="bay"
              render={({ field }) => (
                <FormItem>
                  <FormLabel>{t("bay")}</FormLabel>
                  <Select value={field.value} onValueChange={field.onChange} name={field.name}>
                    <FormControl>
                      <SelectTrigger ref={field.ref} onBlur={field.onBlur} className="w-full">
                        <SelectValue />
                      </SelectTrigger>
                    </FormControl>
                    <SelectContent>
                      <SelectItem value={ALL_BAYS}>{t("allBays")}</SelectItem>
                      {bays.map((bay) => (
                        <SelectItem key={bay.id} value={bay.id}>
                          {bay.name}
                        </SelectItem>
                      ))}
                    </SelectContent>
                  </Select>
                  <FormMessage translate={fieldMessage} />
                </FormItem>
              )}
            />
            <TextField control={control} name="date" label={t("date")} inputProps={{ type: "date", required: true }} />
            <div className="grid grid-cols-2 gap-4">
              <TextField control={control} name="from" label={t("from")} inputProps={{ type: "time", step: 300, required: true }} />
              <TextField control={control} name="to" label={t("to")} inputProps={{ type: "time", step: 300, required: true }} />
            </div>
            <TextField
              control={control}
              name="reason"
              label={t("reason")}
              inputProps={{ maxLength: 200, placeholder: t("reasonPlaceholder") }}
            />
            <DialogFooter>
              <Button type="button" variant="outline" disabled={block.isPending} onClick={() => onOpenChange(false)}>
                {tc("cancel")}
              </Button>
              <Button type="submit" disabled={block.isPending}>
                {block.isPending ? t("saving") : t("submit")}
              </Button>
            </DialogFooter>
          </form>
        </Form>
      </DialogContent>
    </Dialog>
  );
}
