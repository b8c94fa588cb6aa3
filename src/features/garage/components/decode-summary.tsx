"use client";

import { CircleCheck, TriangleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useErrorMessage } from "@/hooks/use-error-message";
import type { VinDecodeResult } from "../types";

/**
 * What decoding a VIN gave, above the editable form: the decoded make, model, year, engine and
 * fuel (NHTSA vPIC), or why the VIN could not be (fully) decoded. Always shows the VIN with a
 * way back to change it.
 */
export function DecodeSummary({ result, onChangeVin }: { result: VinDecodeResult; onChangeVin: () => void }) {
  const t = useTranslations("garage.decode");
  const tFuel = useTranslations("garage.fuel");
  const tForm = useTranslations("garage.form");
  const reasonText = useErrorMessage();
  const unknown = t("summary.unknown");

  const vinRow = (
    <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1">
      <span className="font-mono text-sm tracking-wider break-all text-foreground">{result.vin}</span>
      <Button type="button" variant="link" size="sm" className="h-auto px-0" onClick={onChangeVin}>
        {tForm("changeVin")}
      </Button>
    </div>
  );

  if (result.status === "decoded") {
    const v = result.vehicle;
    const rows: [string, string][] = [
      [t("summary.make"), v.make],
      [t("summary.model"), v.model],
      [t("summary.year"), String(v.year)],
      [t("summary.engine"), v.engine || unknown],
      [t("summary.fuel"), v.fuel ? tFuel(v.fuel) : unknown],
    ];
    return (
      <Alert role="status">
        <CircleCheck aria-hidden className="text-emerald-600 dark:text-emerald-400" />
        <AlertTitle>{t("decodedTitle")}</AlertTitle>
        <AlertDescription>
          <p>{t("decodedBody")}</p>
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-foreground">
            {rows.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="text-muted-foreground">{label}</dt>
                <dd className="font-medium">{value}</dd>
              </div>
            ))}
          </dl>
          {vinRow}
        </AlertDescription>
      </Alert>
    );
  }

  return (
    <Alert role="status">
      <TriangleAlert aria-hidden className="text-amber-600 dark:text-amber-400" />
      <AlertTitle>{result.status === "partial" ? t("partialTitle") : t("undecodableTitle")}</AlertTitle>
      <AlertDescription>
        <p>{reasonText(result.reason)}</p>
        {vinRow}
      </AlertDescription>
    </Alert>
  );
}
