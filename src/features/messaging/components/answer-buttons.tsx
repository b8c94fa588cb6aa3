"use client";

import { Check, X } from "lucide-react";
import { Button } from "@/components/ui/button";

/** Accept / decline, one tap each, for a quote or a proposed visit in the chat. */
export function AnswerButtons({
  acceptLabel,
  declineLabel,
  pending,
  onAnswer,
}: {
  acceptLabel: string;
  declineLabel: string;
  pending: boolean;
  onAnswer: (accept: boolean) => void;
}) {
  return (
    <div className="mt-3 flex flex-wrap gap-2">
      <Button size="sm" disabled={pending} onClick={() => onAnswer(true)}>
        <Check aria-hidden className="size-4" /> {acceptLabel}
      </Button>
      <Button size="sm" variant="outline" disabled={pending} onClick={() => onAnswer(false)}>
        <X aria-hidden className="size-4" /> {declineLabel}
      </Button>
    </div>
  );
}
