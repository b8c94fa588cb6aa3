"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { CalendarClock } from "lucide-react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { Badge } from "@/components/ui/badge";
import { useErrorMessage } from "@/hooks/use-error-message";
import { cn } from "@/lib/utils";
import { useTRPC } from "@/trpc/react";
import { AnswerButtons } from "./answer-buttons";
import type { MessageView, ProposalView } from "../types";

const STATUS_STYLE: Record<ProposalView["status"], string> = {
  pending: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-100",
  accepted: "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100",
  declined: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100",
  withdrawn: "bg-muted text-muted-foreground",
};

/**
 * A visit the workshop proposed in the chat: service and time; the customer books it with one tap
 * ("Book this time": a confirmed booking for their default car) or declines. If the time was taken
 * meanwhile they are told so and can pick another on the booking page.
 */
export function ProposalCard({
  message,
  canAnswer,
  workshopSlug,
}: {
  message: MessageView;
  canAnswer: boolean;
  workshopSlug: string | null;
}) {
  const t = useTranslations("messaging.proposal");
  const format = useFormatter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const [taken, setTaken] = useState(false);
  const respond = useMutation(
    trpc.bookings.respondToProposal.mutationOptions({
      onSuccess: (r) => {
        if (!r.ok) setTaken(true);
        void queryClient.invalidateQueries({ queryKey: trpc.messaging.messages.queryKey({ conversationId: message.conversationId }) });
      },
      onError: (e) => toast.error(errorMessage(e)),
    }),
  );
  const proposal = message.proposal;
  if (!proposal) return null;
  const start = new Date(proposal.startsAt);
  return (
    <section
      aria-label={t("label")}
      className="w-full min-w-60 rounded-lg border bg-background p-3 text-foreground"
      data-testid="proposal-card"
    >
      <header className="mb-2 flex items-center justify-between gap-2">
        <span className="flex items-center gap-1.5 font-semibold">
          <CalendarClock aria-hidden className="size-4" /> {t("label")}
        </span>
        <Badge className={cn("border-0", STATUS_STYLE[proposal.status])} data-testid="proposal-status">
          {t(`status.${proposal.status}`)}
        </Badge>
      </header>
      <p className="font-medium">{proposal.serviceName}</p>
      <p className="text-sm">
        {format.dateTime(start, { dateStyle: "full" })},{" "}
        {format.dateTimeRange(start, new Date(proposal.endsAt), { hour: "2-digit", minute: "2-digit" })}
      </p>
      {proposal.note && <p className="mt-1 text-sm whitespace-pre-wrap text-muted-foreground">{proposal.note}</p>}
      {taken && (
        <p className="mt-2 text-sm text-destructive" role="alert">
          {t("taken")}{" "}
          {workshopSlug && (
            <Link className="underline" href={`/workshops/${workshopSlug}/book?service=${proposal.serviceId}`}>
              {t("pickAnother")}
            </Link>
          )}
        </p>
      )}
      {proposal.status === "accepted" && proposal.bookingId && canAnswer && (
        <Link className="mt-2 inline-block text-sm font-medium underline underline-offset-4" href={`/bookings/${proposal.bookingId}`}>
          {t("open")}
        </Link>
      )}
      {canAnswer && proposal.status === "pending" && !taken && (
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
