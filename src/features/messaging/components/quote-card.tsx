"use client";

import { useMutation } from "@tanstack/react-query";
import { ReceiptText } from "lucide-react";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { toast } from "sonner";
import { Badge } from "@/components/ui/badge";
import { useErrorMessage } from "@/hooks/use-error-message";
import { formatMoney } from "@/lib/format";
import { cn } from "@/lib/utils";
import { useTRPC } from "@/trpc/react";
import { AnswerButtons } from "./answer-buttons";
import type { MessageView, QuoteView } from "../types";

const STATUS_STYLE: Record<QuoteView["status"], string> = {
  pending: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-100",
  accepted: "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100",
  declined: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100",
  withdrawn: "bg-muted text-muted-foreground",
  expired: "bg-muted text-muted-foreground",
};

/**
 * A quote in the chat: its lines, the total, until when it holds, its status; the customer answers a
 * pending one with Accept / Decline (one tap, confirmed by a system message both sides see).
 */
export function QuoteCard({
  message,
  canAnswer,
  onAnswered,
}: {
  message: MessageView;
  canAnswer: boolean;
  onAnswered: (m: MessageView[]) => void;
}) {
  const t = useTranslations("messaging.quote");
  const locale = useLocale();
  const format = useFormatter();
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const respond = useMutation(
    trpc.messaging.respondToQuote.mutationOptions({
      onSuccess: (r) => onAnswered([r.quote, r.system]),
      onError: (e) => toast.error(errorMessage(e)),
    }),
  );
  const quote = message.quote;
  if (!quote) return null;
  return (
    <section
      aria-label={t("label")}
      className="w-full min-w-60 rounded-lg border bg-background p-3 text-foreground"
      data-testid="quote-card"
    >
      <header className="mb-2 flex items-center justify-between gap-2">
        <span className="flex items-center gap-1.5 font-semibold">
          <ReceiptText aria-hidden className="size-4" /> {t("label")}
        </span>
        <Badge className={cn("border-0", STATUS_STYLE[quote.status])} data-testid="quote-status">
          {t(`status.${quote.status}`)}
        </Badge>
      </header>
      <table className="w-full text-sm">
        <caption className="sr-only">{t("items")}</caption>
        <thead className="sr-only">
          <tr>
            <th scope="col">{t("description")}</th>
            <th scope="col">{t("quantity")}</th>
            <th scope="col">{t("amount")}</th>
          </tr>
        </thead>
        <tbody>
          {quote.items.map((item, i) => (
            <tr key={i} className="align-top">
              <td className="py-0.5 pe-2">{item.description}</td>
              <td className="py-0.5 pe-2 text-muted-foreground tabular-nums">×{item.quantity}</td>
              <td className="py-0.5 text-end tabular-nums">{formatMoney(item.quantity * item.unitPriceGrosze, locale, quote.currency)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t font-semibold">
            <td className="pt-1" colSpan={2}>
              {t("total")}
            </td>
            <td className="pt-1 text-end tabular-nums" data-testid="quote-total">
              {formatMoney(quote.totalGrosze, locale, quote.currency)}
            </td>
          </tr>
        </tfoot>
      </table>
      {quote.note && <p className="mt-2 text-sm whitespace-pre-wrap text-muted-foreground">{quote.note}</p>}
      <p className="mt-2 text-xs text-muted-foreground">
        {t("validUntil", { date: format.dateTime(new Date(quote.validUntil), { dateStyle: "medium", timeStyle: "short" }) })}
      </p>
      {canAnswer && quote.status === "pending" && (
        <AnswerButtons
          acceptLabel={t("accept")}
          declineLabel={t("decline")}
          pending={respond.isPending}
          onAnswer={(accept) => respond.mutate({ messageId: message.id, accept })}
        />
      )}
    </section>
  );
}
