"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Star } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Controller, useForm, useWatch } from "react-hook-form";
import { FormError } from "@/components/forms/form-error";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Form } from "@/components/ui/form";
import { Label } from "@/components/ui/label";
import { useErrorMessage } from "@/hooks/use-error-message";
import { useTRPC } from "@/trpc/react";
import { cn } from "@/lib/utils";
import { rateSessionInput, type RateSessionInput } from "../schemas";

type Feedback = { rating: number; helpful: boolean; wouldUseAgain: boolean; comment: string | null };

/**
 * "How did the AI mechanic do?": 1–5 stars, helpful, would use again, and a comment (seed 000,
 * `ChatFeedback`). Rating again replaces the earlier rating.
 */
export function FeedbackForm({ sessionId, initial }: { sessionId: string; initial: Feedback | null }) {
  const t = useTranslations("diagnosis.feedback");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const [saved, setSaved] = useState(initial !== null);
  const form = useForm<RateSessionInput>({
    resolver: zodResolver(rateSessionInput),
    defaultValues: {
      sessionId,
      rating: initial?.rating ?? 0,
      helpful: initial?.helpful ?? true,
      wouldUseAgain: initial?.wouldUseAgain ?? true,
      comment: initial?.comment ?? "",
    },
  });
  const rate = useMutation(
    trpc.diagnosis.rate.mutationOptions({
      onSuccess: async () => {
        setSaved(true);
        await queryClient.invalidateQueries({ queryKey: trpc.diagnosis.byId.queryKey({ sessionId }) });
      },
    }),
  );
  const rating = useWatch({ control: form.control, name: "rating" });

  if (saved && !form.formState.isDirty) {
    return (
      <div className="flex flex-wrap items-center justify-between gap-2 rounded-lg border p-4 text-sm" role="status">
        <span>{t("thanks", { rating })}</span>
        <Button variant="ghost" size="sm" onClick={() => setSaved(false)}>
          {t("change")}
        </Button>
      </div>
    );
  }

  return (
    <Form {...form}>
      <form
        onSubmit={form.handleSubmit((values) => rate.mutate(values, { onSuccess: () => form.reset(values) }))}
        className="flex flex-col gap-4 rounded-lg border p-4"
        aria-labelledby="feedback-heading"
      >
        <h2 id="feedback-heading" className="font-semibold">
          {t("heading")}
        </h2>
        <Controller
          control={form.control}
          name="rating"
          render={({ field, fieldState }) => (
            <fieldset>
              <legend className="mb-1 text-sm">{t("rating")}</legend>
              <div className="flex gap-1" role="radiogroup" aria-label={t("rating")}>
                {[1, 2, 3, 4, 5].map((n) => (
                  <button
                    key={n}
                    type="button"
                    role="radio"
                    aria-checked={field.value === n}
                    aria-label={t("stars", { count: n })}
                    onClick={() => field.onChange(n)}
                    className="rounded p-1 focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
                  >
                    <Star
                      aria-hidden
                      className={cn("size-7", n <= field.value ? "fill-amber-400 text-amber-500" : "text-muted-foreground")}
                    />
                  </button>
                ))}
              </div>
              {fieldState.error && <p className="mt-1 text-sm text-destructive">{t("ratingRequired")}</p>}
            </fieldset>
          )}
        />
        <div className="flex flex-col gap-3 sm:flex-row sm:gap-6">
          {(["helpful", "wouldUseAgain"] as const).map((name) => (
            <Controller
              key={name}
              control={form.control}
              name={name}
              render={({ field }) => (
                <div className="flex items-center gap-2">
                  <Checkbox id={`feedback-${name}`} checked={field.value} onCheckedChange={(v) => field.onChange(v === true)} />
                  <Label htmlFor={`feedback-${name}`}>{t(name)}</Label>
                </div>
              )}
            />
          ))}
        </div>
        <TextField control={form.control} name="comment" label={t("comment")} multiline inputProps={{ maxLength: 1000 }} />
        {rate.error && <FormError message={errorMessage(rate.error)} />}
        <Button type="submit" disabled={rate.isPending} className="self-start">
          {t("submit")}
        </Button>
      </form>
    </Form>
  );
}
