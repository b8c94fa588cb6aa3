"use client";

import { ArrowRight, Circle, CircleCheck } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/lib/utils";
import type { SetupStep } from "./checklist";

/** The steps that make a workshop ready for customers, each linking to the page that does it. */
export function SetupChecklist({ steps }: { steps: SetupStep[] }) {
  const t = useTranslations("dashboard.overview.checklist");
  const done = steps.filter((s) => s.done).length;
  return (
    <Card className="gap-4">
      <CardHeader>
        <CardTitle>
          <h2 className="text-base">{t("title")}</h2>
        </CardTitle>
        <CardDescription>{done === steps.length ? t("allDone") : t("progress", { done, total: steps.length })}</CardDescription>
      </CardHeader>
      <CardContent>
        <ul className="divide-y">
          {steps.map((step) => (
            <li key={step.key} className="flex items-center gap-3 py-3 first:pt-0 last:pb-0">
              {step.done ? (
                <CircleCheck aria-hidden className="size-5 shrink-0 text-emerald-600 dark:text-emerald-400" />
              ) : (
                <Circle aria-hidden className="size-5 shrink-0 text-muted-foreground" />
              )}
              <div className="min-w-0 flex-1">
                <p className={cn("font-medium", step.done && "text-muted-foreground")}>
                  {t(`${step.key}.title`)}
                  <span className="sr-only"> — {step.done ? t("stateDone") : t("stateTodo")}</span>
                </p>
                <p className="text-sm text-muted-foreground">{t(`${step.key}.hint`)}</p>
              </div>
              <Link
                href={step.href}
                className="inline-flex shrink-0 items-center gap-1 rounded-md px-2 py-1 text-sm font-medium text-primary underline-offset-4 outline-none hover:underline focus-visible:ring-[3px] focus-visible:ring-ring/50"
              >
                {step.done ? t("review") : t("start")}
                <span className="sr-only">: {t(`${step.key}.title`)}</span>
                <ArrowRight aria-hidden className="size-4 rtl:rotate-180" />
              </Link>
            </li>
          ))}
        </ul>
      </CardContent>
    </Card>
  );
}
