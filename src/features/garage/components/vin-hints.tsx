"use client";

import { CheckCircle2, Info, TriangleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/utils";
import { vinHints, VIN_LENGTH } from "../vin";

const DIGIT_FOR: Record<string, string> = { I: "1", O: "0", Q: "0" };

/**
 * Live hints under the VIN field: a character counter, I/O/Q and other characters that cannot be
 * in a VIN (with their positions), and — once complete — what the check digit says. The problems
 * are in a polite live region; the counter is not, so typing is not read out key by key.
 */
export function VinHints({
  value,
  countId,
  hintsId,
  quiet = false,
}: {
  value: string;
  countId: string;
  hintsId: string;
  /** An error about the whole VIN is shown: leave out the check-digit and length lines it repeats. */
  quiet?: boolean;
}) {
  const t = useTranslations("garage.vin");
  const hints = vinHints(value);
  const lines: { key: string; tone: "warning" | "ok" | "info"; text: string }[] = [];
  for (const f of hints.forbidden) {
    lines.push({
      key: `f${f.position}`,
      tone: "warning",
      text: t("forbidden", { char: f.char, position: f.position, digit: DIGIT_FOR[f.char] ?? "0" }),
    });
  }
  for (const c of hints.invalid) {
    lines.push({ key: `i${c.position}`, tone: "warning", text: t("invalid", { char: c.char, position: c.position }) });
  }
  if (hints.remaining < 0) lines.push({ key: "long", tone: "warning", text: t("tooLong") });
  if (hints.checkDigit === "invalid") lines.push({ key: "cd", tone: "warning", text: t("checkDigitInvalid") });
  if (hints.checkDigit === "valid") lines.push({ key: "cd", tone: "ok", text: t("checkDigitValid") });
  if (hints.checkDigit === "notRequired") lines.push({ key: "cd", tone: "info", text: t("checkDigitNotRequired") });

  return (
    <div className="grid gap-1 text-sm">
      <p
        id={countId}
        className={cn(
          "tabular-nums",
          hints.length === VIN_LENGTH ? "text-foreground" : "text-muted-foreground",
          hints.length > VIN_LENGTH && "text-destructive",
        )}
      >
        {t("count", { count: hints.length })}
      </p>
      <ul id={hintsId} aria-live="polite" className="grid gap-1">
        {lines
          .filter((line) => !quiet || (line.key !== "cd" && line.key !== "long"))
          .map((line) => (
            <li
              key={line.key}
              className={cn(
                "flex items-start gap-1.5",
                line.tone === "warning" && "text-amber-700 dark:text-amber-400",
                line.tone === "ok" && "text-emerald-700 dark:text-emerald-400",
                line.tone === "info" && "text-muted-foreground",
              )}
            >
              {line.tone === "warning" && <TriangleAlert className="mt-0.5 size-4 shrink-0" aria-hidden />}
              {line.tone === "ok" && <CheckCircle2 className="mt-0.5 size-4 shrink-0" aria-hidden />}
              {line.tone === "info" && <Info className="mt-0.5 size-4 shrink-0" aria-hidden />}
              <span>{line.text}</span>
            </li>
          ))}
      </ul>
    </div>
  );
}
