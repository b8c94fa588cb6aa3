"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Form } from "@/components/ui/form";
import { BOOKING_LIMITS } from "../../constants";

const reasonSchema = z.object({
  reason: z
    .string()
    .trim()
    .min(1, { error: "validation.bookings.reasonRequired" })
    .max(BOOKING_LIMITS.reasonMaxChars, { error: "validation.tooLong" }),
});

/**
 * Declining a request or cancelling a visit: the reason is required and the customer reads it.
 * `onSubmit` resolves true when done (the dialog closes and forgets the text), false to stay open.
 */
export function ReasonDialog({
  open,
  onOpenChange,
  mode,
  subject,
  pending,
  onSubmit,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** `decline`: a request; `cancel`: a confirmed visit. */
  mode: "decline" | "cancel";
  /** Who and when, e.g. "Anna Kowalska, wt., 12 maj, 10:00". */
  subject: string;
  pending: boolean;
  onSubmit: (reason: string) => Promise<boolean>;
}) {
  const t = useTranslations("calendar.reason");
  const tc = useTranslations("common");
  const form = useForm({ resolver: zodResolver(reasonSchema), defaultValues: { reason: "" } });
  const submit = form.handleSubmit(async ({ reason }) => {
    if (await onSubmit(reason)) {
      form.reset();
      onOpenChange(false);
    }
  });
  return (
    <Dialog open={open} onOpenChange={(next) => (pending ? undefined : onOpenChange(next))}>
      <DialogContent closeLabel={tc("close")} className="sm:max-w-md">
        <DialogHeader>
          <DialogTitle className="leading-snug">{t(`${mode}.title`)}</DialogTitle>
          <DialogDescription>
            <span className="block font-medium text-foreground">{subject}</span>
            {t("hint")}
          </DialogDescription>
        </DialogHeader>
        <Form {...form}>
          <form onSubmit={submit} noValidate className="grid gap-4">
            <TextField
              control={form.control}
              name="reason"
              label={t("label")}
              multiline
              inputProps={{ maxLength: BOOKING_LIMITS.reasonMaxChars, required: true, placeholder: t(`${mode}.placeholder`) }}
            />
            <DialogFooter>
              <Button type="button" variant="outline" disabled={pending} onClick={() => onOpenChange(false)}>
                {t("back")}
              </Button>
              <Button type="submit" variant="destructive" disabled={pending}>
                {t(`${mode}.submit`)}
              </Button>
            </DialogFooter>
          </form>
        </Form>
      </DialogContent>
    </Dialog>
  );
}
