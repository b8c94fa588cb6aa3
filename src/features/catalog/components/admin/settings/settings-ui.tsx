"use client";

import { useTranslations } from "next-intl";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle } from "@/components/ui/sheet";
import { Skeleton } from "@/components/ui/skeleton";
import { useErrorMessage } from "@/hooks/use-error-message";
import { useMediaQuery } from "@/hooks/use-media-query";
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

/**
 * An add/edit form in a dialog on wide screens and a bottom sheet on phones. `children` is the
 * form; give it a `key` so each opening starts from the item's values.
 */
export function EditorPanel({
  open,
  onOpenChange,
  title,
  description,
  wide = false,
  children,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: string;
  /** A wider dialog for forms with lists (feature sets, brand filters). */
  wide?: boolean;
  children: React.ReactNode;
}) {
  const tc = useTranslations("common");
  const desktop = useMediaQuery("(min-width: 768px)");
  if (desktop) {
    return (
      <Dialog open={open} onOpenChange={onOpenChange}>
        <DialogContent closeLabel={tc("close")} className={cn("max-h-[90dvh] overflow-y-auto", wide ? "sm:max-w-3xl" : "sm:max-w-xl")}>
          <DialogHeader>
            <DialogTitle>{title}</DialogTitle>
            {description ? (
              <DialogDescription>{description}</DialogDescription>
            ) : (
              <DialogDescription className="sr-only">{title}</DialogDescription>
            )}
          </DialogHeader>
          {children}
        </DialogContent>
      </Dialog>
    );
  }
  return (
    <Sheet open={open} onOpenChange={onOpenChange}>
      <SheetContent side="bottom" closeLabel={tc("close")} className="max-h-[92dvh] gap-0 overflow-y-auto rounded-t-xl">
        <SheetHeader>
          <SheetTitle>{title}</SheetTitle>
          {description ? (
            <SheetDescription>{description}</SheetDescription>
          ) : (
            <SheetDescription className="sr-only">{title}</SheetDescription>
          )}
        </SheetHeader>
        <div className="px-4 pb-6">{children}</div>
      </SheetContent>
    </Sheet>
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
