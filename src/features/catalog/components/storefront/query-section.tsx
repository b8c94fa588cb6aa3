"use client";

import type { UseQueryResult } from "@tanstack/react-query";
import { AlertCircle } from "lucide-react";
import { useTranslations } from "next-intl";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Skeleton } from "@/components/ui/skeleton";
import { useErrorMessage } from "@/hooks/use-error-message";

const GRID = { 2: "md:grid-cols-2", 3: "md:grid-cols-3" } as const;

/**
 * A product page's section fed by one query: an h2 that names it, skeleton columns while it loads,
 * an alert titled `loadError` when it fails, then `children(data)`.
 */
export function QuerySection<T>({
  id,
  heading,
  loadError,
  query,
  columns,
  skeletonClassName,
  children,
}: {
  id: string;
  heading: string;
  loadError: string;
  query: UseQueryResult<T, unknown>;
  /** How many skeleton columns stand in for the content on wide screens. */
  columns: 2 | 3;
  skeletonClassName: string;
  children: (data: T) => React.ReactNode;
}) {
  const tc = useTranslations("common");
  const errorMessage = useErrorMessage();
  return (
    <section aria-labelledby={id} className="grid gap-4">
      <h2 id={id} className="text-xl font-semibold">
        {heading}
      </h2>
      {query.isPending ? (
        <div className={`grid gap-4 ${GRID[columns]}`} aria-busy="true">
          <span className="sr-only" role="status">
            {tc("loading")}
          </span>
          {Array.from({ length: columns }, (_, i) => (
            <Skeleton key={i} className={skeletonClassName} />
          ))}
        </div>
      ) : query.isError ? (
        <Alert variant="destructive">
          <AlertCircle aria-hidden />
          <AlertTitle>{loadError}</AlertTitle>
          <AlertDescription>{errorMessage(query.error)}</AlertDescription>
        </Alert>
      ) : (
        children(query.data)
      )}
    </section>
  );
}
