"use client";

import { useTranslations } from "next-intl";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { useErrorMessage } from "@/hooks/use-error-message";

/** A query's failure as a translated sentence with a retry button. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry: () => unknown }) {
  const tc = useTranslations("common");
  const errorMessage = useErrorMessage();
  return (
    <Alert variant="destructive">
      <AlertDescription className="flex flex-wrap items-center gap-3">
        {errorMessage(error)}
        <Button size="sm" variant="outline" onClick={() => onRetry()}>
          {tc("retry")}
        </Button>
      </AlertDescription>
    </Alert>
  );
}

/** Placeholder rows while a list loads, announced as loading. */
export function LoadingRows({ rows = 4, className = "h-14" }: { rows?: number; className?: string }) {
  const tc = useTranslations("common");
  return (
    <div className="flex flex-col gap-2" aria-busy="true">
      <span className="sr-only">{tc("loading")}</span>
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} className={`${className} rounded-lg`} />
      ))}
    </div>
  );
}
