"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { SlotPicker } from "@/features/bookings";
import { useErrorMessage } from "@/hooks/use-error-message";
import { useTRPC } from "@/trpc/react";
import { newClientId } from "../sync";
import type { MessageView } from "../types";

/**
 * Staff propose a visit in the chat: one of the workshop's services at a free start time (the same
 * picker customers use). Sent as a `booking` message the customer accepts in one tap.
 */
export function ProposeDialog({
  open,
  onOpenChange,
  conversationId,
  workshop,
  onSent,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  conversationId: string;
  workshop: { id: string; timeZone: string };
  onSent: (message: MessageView) => void;
}) {
  const t = useTranslations("messaging.proposeDialog");
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const ids = { service: useId(), note: useId() };
  const settings = useQuery({ ...trpc.bookings.staff.settings.queryOptions({ workshopId: workshop.id }), enabled: open });
  const services = settings.data?.services ?? [];
  const [serviceId, setServiceId] = useState<string | null>(null);
  const chosen = serviceId ?? services[0]?.id ?? null;
  const [startsAt, setStartsAt] = useState<string | null>(null);
  const [note, setNote] = useState("");
  const [clientId, setClientId] = useState(newClientId);
  const [taken, setTaken] = useState(false);
  const send = useMutation(
    trpc.bookings.propose.mutationOptions({
      onSuccess: (r) => {
        if (!r.ok) {
          setTaken(true);
          setStartsAt(null);
          return;
        }
        onSent(r.message);
        setStartsAt(null);
        setNote("");
        setClientId(newClientId());
        onOpenChange(false);
      },
    }),
  );
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent className="max-h-[90dvh] overflow-y-auto sm:max-w-2xl">
        <DialogHeader>
          <DialogTitle>{t("title")}</DialogTitle>
          <DialogDescription>{t("description")}</DialogDescription>
        </DialogHeader>
        <div className="flex flex-col gap-2">
          <Label htmlFor={ids.service}>{t("service")}</Label>
          <Select
            value={chosen ?? undefined}
            onValueChange={(v) => {
              setServiceId(v);
              setStartsAt(null);
            }}
          >
            <SelectTrigger id={ids.service} className="w-full">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              {services.map((s) => (
                <SelectItem key={s.id} value={s.id}>
                  {s.name}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        </div>
        {taken && (
          <p role="alert" className="text-sm text-destructive">
            {t("taken")}
          </p>
        )}
        {chosen && (
          <SlotPicker
            workshopId={workshop.id}
            serviceId={chosen}
            timeZone={workshop.timeZone}
            value={startsAt}
            onChange={(v) => {
              setStartsAt(v);
              setTaken(false);
            }}
          />
        )}
        <div className="flex flex-col gap-2">
          <Label htmlFor={ids.note}>{t("note")}</Label>
          <Textarea id={ids.note} value={note} maxLength={300} rows={2} onChange={(e) => setNote(e.target.value)} />
        </div>
        {send.error && <p className="text-sm text-destructive">{errorMessage(send.error)}</p>}
        <DialogFooter>
          <Button variant="outline" onClick={() => onOpenChange(false)}>
            {t("cancel")}
          </Button>
          <Button
            disabled={!chosen || !startsAt || send.isPending}
            onClick={() => chosen && startsAt && send.mutate({ conversationId, serviceId: chosen, startsAt, note, clientId })}
          >
            {t("send")}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
