"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ArrowRight } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { toast } from "sonner";
import { FormError } from "@/components/forms/form-error";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useErrorMessage } from "@/hooks/use-error-message";
import { useTRPC } from "@/trpc/react";
import { deriveVehicleName } from "../../../vehicle-name";
import { ChipsInput } from "./chips-input";
import { QueryBoundary, SettingsSection } from "./settings-ui";

/** Seed 002's example of a vehicle product name with a category word in it. */
const EXAMPLE = "Pit Bike YCF Pilot 125";

const sameWords = (a: string[], b: string[]) => a.length === b.length && a.every((w, i) => w === b[i]);

/** The word list as chips, a live "product name → fitment name" check, and Save (which renames vehicles). */
function CategoryWordsForm({ saved }: { saved: string[] }) {
  const t = useTranslations("catalog.categoryWords");
  const id = useId();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const [words, setWords] = useState(saved);
  const [sample, setSample] = useState(EXAMPLE);
  const changed = !sameWords(words, saved);
  const save = useMutation(
    trpc.catalog.categoryWords.set.mutationOptions({
      onSuccess: async ({ renamed }) => {
        // Vehicle names appear in product lists, fitment and the matrix's columns.
        await queryClient.invalidateQueries({ queryKey: trpc.catalog.pathKey() });
        toast.success(t("saved", { count: renamed }));
      },
    }),
  );

  return (
    <form
      className="grid gap-5"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({ words });
      }}
    >
      <ChipsInput
        value={words}
        onChange={setWords}
        label={t("words")}
        description={t("wordsHint")}
        placeholder={t("placeholder")}
        maxLength={60}
        maxItems={200}
      />
      <div className="grid gap-2 rounded-lg bg-muted/40 p-3">
        <Label htmlFor={`${id}-sample`}>{t("try")}</Label>
        <div className="grid items-center gap-2 sm:grid-cols-[minmax(0,1fr)_auto_minmax(0,1fr)]">
          <Input id={`${id}-sample`} value={sample} onChange={(e) => setSample(e.target.value)} autoComplete="off" />
          <ArrowRight aria-hidden className="hidden size-4 text-muted-foreground sm:block" />
          <output
            htmlFor={`${id}-sample`}
            aria-live="polite"
            className="min-h-9 rounded-md border bg-background px-3 py-1.5 font-medium break-words"
          >
            <span className="sr-only">{t("result")}: </span>
            {sample.trim() ? deriveVehicleName(sample, words) : "—"}
          </output>
        </div>
      </div>
      <FormError message={save.isError ? errorMessage(save.error) : null} />
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:items-center sm:justify-end">
        {changed ? <p className="text-sm text-muted-foreground sm:me-auto">{t("unsaved")}</p> : null}
        <Button type="button" variant="outline" disabled={!changed || save.isPending} onClick={() => setWords(saved)}>
          {t("discard")}
        </Button>
        <Button type="submit" disabled={!changed || save.isPending}>
          {save.isPending ? t("saving") : t("save")}
        </Button>
      </div>
    </form>
  );
}

/**
 * Vehicle category words ("Pit Bike", "Quad"…): removed from vehicle product names to get the
 * names fitment lists show ("Pit Bike YCF Pilot 125" → "YCF Pilot 125"). Saving the list re-derives
 * every vehicle's name and reports how many changed.
 */
export function CategoryWordsSection() {
  const t = useTranslations("catalog.categoryWords");
  const trpc = useTRPC();
  const query = useQuery(trpc.catalog.categoryWords.list.queryOptions());
  return (
    <SettingsSection id="catalog-category-words" title={t("title")} description={t.rich("intro", { q: (chunks) => <q>{chunks}</q> })}>
      <QueryBoundary query={query} skeletons={2}>
        {(saved) => <CategoryWordsForm key={saved.join("\n")} saved={saved} />}
      </QueryBoundary>
    </SettingsSection>
  );
}
