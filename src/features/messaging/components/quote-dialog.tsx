"use client";

import { useMutation } from "@tanstack/react-query";
import { Plus, Trash2 } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { FormError } from "@/components/forms/form-error";
import { useErrorMessage } from "@/hooks/use-error-message";
import { formatMoney, parseZloty } from "@/lib/format";
import { useTRPC } from "@/trpc/react";
import { QUOTE_MAX_ITEMS } from "../constants";
import { newClientId } from "../sync";
import type { MessageView } from "../types";

type Line = { key: string; description: string; quantity: string; price: string };
const emptyLine = (): Line => ({ key: newClientId(), description: "", quantity: "1", price: "" });

/** "YYYY-MM-DD" a week from now in the browser's zone (the default validity of a quote). */
function inAWeek(): string {
  const d = new Date(Date.now() + 7 * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/**
 * Staff write a quote: lines (description, quantity, unit price in złoty), valid until the end of a
 * chosen day, an optional note. The total is shown as they type and computed again by the server.
 */
export function QuoteDialog({
  open,
  onOpenChange,
  conversationId,
  onSent,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  conversationId: string;
  onSent: (message: MessageView) => void;
}) {
  const t = useTranslations("messaging.quote");
  const locale = useLocale();
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const [lines, setLines] = useState<Line[]>([emptyLine()]);
  const [validUntil, setValidUntil] = useState(inAWeek);
  const [note, setNote] = useState("");
  const [clientId, setClientId] = useState(newClientId);
  const [problem, setProblem] = useState<string | null>(null);
  const send = useMutation(trpc.messaging.sendQuote.mutationOptions());

  const parsed = useMemo(
    () =>
      lines.map((l) => ({
        description: l.description.trim(),
        quantity: Number.parseInt(l.quantity, 10),
        unitPriceGrosze: parseZloty(l.price),
      })),
    [lines],
  );
  const valid = parsed.every((l) => l.description && Number.isInteger(l.quantity) && l.quantity >= 1 && l.unitPriceGrosze !== null);
  const total = parsed.reduce((sum, l) => sum + (Number.isInteger(l.quantity) ? l.quantity : 0) * (l.unitPriceGrosze ?? 0), 0);

  const update = (key: string, patch: Partial<Line>) => setLines((ls) => ls.map((l) => (l.key === key ? { ...l, ...patch } : l)));

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setProblem(null);
    if (!valid) {
      setProblem(t("fixLines"));
      return;
    }
    // The end of the chosen day, in the staff member's own time zone.
    const until = new Date(`${validUntil}T23:59:59`);
    try {
      const { message } = await send.mutateAsync({
        conversationId,
        clientId,
        items: parsed.map((l) => ({ description: l.description, quantity: l.quantity, unitPriceGrosze: l.unitPriceGrosze! })),
        validUntil: until,
        note: note.trim() || undefined,
      });
      onSent(message);
      setLines([emptyLine()]);
      setNote("");
      setClientId(newClientId());
      onOpenChange(false);
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent className="max-h-[90dvh] overflow-y-auto sm:max-w-xl">
        <DialogHeader>
          <DialogTitle>{t("newTitle")}</DialogTitle>
          <DialogDescription>{t("newDescription")}</DialogDescription>
        </DialogHeader>
        <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
          <fieldset className="flex flex-col gap-3">
            <legend className="mb-1 text-sm font-medium">{t("items")}</legend>
            {lines.map((line, i) => (
              <div key={line.key} className="grid grid-cols-[1fr_4.5rem_6.5rem_auto] items-end gap-2">
                <div className="flex flex-col gap-1">
                  <Label htmlFor={`q-desc-${line.key}`} className={i ? "sr-only" : undefined}>
                    {t("description")}
                  </Label>
                  <Input
                    id={`q-desc-${line.key}`}
                    value={line.description}
                    onChange={(e) => update(line.key, { description: e.target.value })}
                    maxLength={200}
                    placeholder={t("descriptionPlaceholder")}
                  />
                </div>
                <div className="flex flex-col gap-1">
                  <Label htmlFor={`q-qty-${line.key}`} className={i ? "sr-only" : undefined}>
                    {t("quantity")}
                  </Label>
                  <Input
                    id={`q-qty-${line.key}`}
                    inputMode="numeric"
                    value={line.quantity}
                    onChange={(e) => update(line.key, { quantity: e.target.value })}
                  />
                </div>
                <div className="flex flex-col gap-1">
                  <Label htmlFor={`q-price-${line.key}`} className={i ? "sr-only" : undefined}>
                    {t("unitPrice")}
                  </Label>
                  <Input
                    id={`q-price-${line.key}`}
                    inputMode="decimal"
                    value={line.price}
                    onChange={(e) => update(line.key, { price: e.target.value })}
                    placeholder="0,00"
                  />
                </div>
                <Button
                  type="button"
                  variant="ghost"
                  size="icon"
                  disabled={lines.length === 1}
                  onClick={() => setLines((ls) => ls.filter((l) => l.key !== line.key))}
                  aria-label={t("removeLine", { n: i + 1 })}
                >
                  <Trash2 aria-hidden className="size-4" />
                </Button>
              </div>
            ))}
            <Button
              type="button"
              variant="outline"
              size="sm"
              className="self-start"
              disabled={lines.length >= QUOTE_MAX_ITEMS}
              onClick={() => setLines((ls) => [...ls, emptyLine()])}
            >
              <Plus aria-hidden className="size-4" /> {t("addLine")}
            </Button>
          </fieldset>
          <p className="flex items-baseline justify-between border-t pt-3 font-semibold">
            <span>{t("total")}</span>
            <span className="tabular-nums" data-testid="quote-draft-total">
              {formatMoney(total, locale)}
            </span>
          </p>
          <div className="grid gap-3 sm:grid-cols-2">
            <div className="flex flex-col gap-1">
              <Label htmlFor="q-valid">{t("validUntilLabel")}</Label>
              <Input id="q-valid" type="date" value={validUntil} onChange={(e) => setValidUntil(e.target.value)} required />
            </div>
          </div>
          <div className="flex flex-col gap-1">
            <Label htmlFor="q-note">{t("noteLabel")}</Label>
            <Textarea id="q-note" value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} rows={2} />
          </div>
          <FormError message={problem} />
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => onOpenChange(false)}>
              {t("cancel")}
            </Button>
            <Button type="submit" disabled={send.isPending}>
              {t("send")}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
