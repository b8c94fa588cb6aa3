"use client";

import { Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { useErrorMessage } from "@/hooks/use-error-message";
import { cn } from "@/lib/utils";

/** A titled region of a settings page (a card with an h2, a description and an optional action beside the title). */
export function SettingsSection({
  id,
  title,
  description,
  action,
  children,
  className,
}: {
  id: string;
  title: string;
  description?: React.ReactNode;
  action?: React.ReactNode;
  children: React.ReactNode;
  className?: string;
}) {
  return (
    <Card role="region" aria-labelledby={id} className={cn("min-w-0", className)}>
      <CardHeader className="flex flex-wrap items-start justify-between gap-3">
        <div className="grid min-w-0 flex-1 basis-64 gap-1.5">
          <h2 id={id} className="text-lg leading-snug font-semibold">
            {title}
          </h2>
          {description ? <CardDescription className="max-w-prose">{description}</CardDescription> : null}
        </div>
        {action ? <div className="flex shrink-0 flex-wrap gap-2">{action}</div> : null}
      </CardHeader>
      <CardContent className="min-w-0">{children}</CardContent>
    </Card>
  );
}

/** Loading and error states of a list query; renders `children` once `data` is there. */
export function QueryBoundary<T>({
  query,
  skeletons = 3,
  children,
}: {
  query: { data: T | undefined; error: unknown; isError: boolean; refetch: () => unknown };
  skeletons?: number;
  children: (data: T) => React.ReactNode;
}) {
  const tc = useTranslations("common");
  const errorMessage = useErrorMessage();
  if (query.data !== undefined) return <>{children(query.data)}</>;
  if (query.isError) {
    return (
      <Alert variant="destructive">
        <AlertDescription className="flex flex-wrap items-center gap-3">
          {errorMessage(query.error)}
          <Button size="sm" variant="outline" onClick={() => query.refetch()}>
            {tc("retry")}
          </Button>
        </AlertDescription>
      </Alert>
    );
  }
  return (
    <div className="grid gap-2" aria-busy="true">
      <span className="sr-only">{tc("loading")}</span>
      {Array.from({ length: skeletons }, (_, i) => (
        <Skeleton key={i} className="h-14 rounded-lg" />
      ))}
    </div>
  );
}

/** The save/cancel row at the bottom of an editor form. */
export function EditorActions({ pending, submitLabel, onCancel }: { pending: boolean; submitLabel: string; onCancel: () => void }) {
  const tc = useTranslations("common");
  const t = useTranslations("catalog.section");
  return (
    <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
      <Button type="button" variant="outline" onClick={onCancel} disabled={pending}>
        {tc("cancel")}
      </Button>
      <Button type="submit" disabled={pending}>
        {pending ? t("saving") : submitLabel}
      </Button>
    </div>
  );
}

/** A "nothing here yet" block: icon, heading, explanation and an optional action. */
export function EmptyBlock({
  icon,
  title,
  children,
  action,
  headingLevel = 3,
}: {
  icon: React.ReactNode;
  title: string;
  children?: React.ReactNode;
  action?: React.ReactNode;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className="flex flex-col items-center gap-3 rounded-xl border border-dashed px-6 py-10 text-center">
      <span aria-hidden className="grid size-12 place-items-center rounded-full bg-muted text-muted-foreground [&_svg]:size-6">
        {icon}
      </span>
      <Heading className="text-lg font-semibold">{title}</Heading>
      {children ? <div className="max-w-prose text-sm text-muted-foreground">{children}</div> : null}
      {action ? <div className="mt-2 flex flex-wrap justify-center gap-2">{action}</div> : null}
    </div>
  );
}

/**
 * A settings page of items: its heading and intro, "add" beside them once there are items (in the
 * empty state before), the query's loading and error states, then `list` (or the empty state) and
 * the `editor` dialog.
 */
export function SettingsListPage({
  title,
  intro,
  addLabel,
  onAdd,
  query,
  count,
  empty,
  list,
  editor,
}: {
  title: string;
  intro: string;
  addLabel: string;
  onAdd: () => void;
  query: { data: unknown; error: unknown; isError: boolean; refetch: () => unknown };
  count: number;
  empty: { icon: React.ReactNode; title: string; body: string };
  list: React.ReactNode;
  editor: React.ReactNode;
}) {
  const addButton = (
    <Button onClick={onAdd}>
      <Plus aria-hidden />
      {addLabel}
    </Button>
  );
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="grid max-w-prose gap-1">
          <h2 className="text-xl font-semibold tracking-tight">{title}</h2>
          <p className="text-muted-foreground">{intro}</p>
        </div>
        {count ? addButton : null}
      </div>
      <QueryBoundary query={query}>
        {() =>
          count === 0 ? (
            <EmptyBlock icon={empty.icon} title={empty.title} action={addButton}>
              {empty.body}
            </EmptyBlock>
          ) : (
            list
          )
        }
      </QueryBoundary>
      {editor}
    </div>
  );
}
