import Link from "next/link";
import { Suspense } from "react";
import { Skeleton } from "@/components/ui/skeleton";
import { cn } from "@/lib/utils";

/**
 * A number with its label, optionally a link to the list behind it. Use inside a `<ul>`; `highlight`
 * draws attention (e.g. workshops waiting for review).
 */
export function StatCard({
  label,
  value,
  hint,
  href,
  icon,
  highlight = false,
}: {
  label: string;
  value: string;
  hint?: string;
  href?: string;
  icon?: React.ReactNode;
  highlight?: boolean;
}) {
  const body = (
    <>
      <span className="flex items-center gap-2 text-sm text-muted-foreground [&_svg]:size-4 [&_svg]:shrink-0">
        {icon ? (
          <span aria-hidden className="contents">
            {icon}
          </span>
        ) : null}
        {label}
      </span>
      <span className="text-3xl font-semibold tabular-nums">{value}</span>
      {hint ? <span className="text-xs text-muted-foreground">{hint}</span> : null}
    </>
  );
  const className = cn(
    "flex h-full flex-col gap-1 rounded-xl border bg-card p-4 shadow-xs",
    highlight && "border-amber-500/60 bg-amber-50 dark:bg-amber-950/30",
  );
  return (
    <li>
      {href ? (
        <Link
          href={href}
          className={cn(className, "outline-none transition-colors hover:bg-accent focus-visible:ring-[3px] focus-visible:ring-ring/50")}
        >
          {body}
        </Link>
      ) : (
        <div className={className}>{body}</div>
      )}
    </li>
  );
}

/**
 * A titled row of stat cards whose numbers load with Suspense: `cards` placeholders show until
 * `children` (the `<ul>` of StatCards) is ready.
 */
export function StatGroup({ id, title, cards, children }: { id: string; title: string; cards: number; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      <Suspense
        fallback={
          <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
            {Array.from({ length: cards }, (_, i) => (
              <Skeleton key={i} className="h-28 rounded-xl" />
            ))}
          </div>
        }
      >
        {children}
      </Suspense>
    </section>
  );
}
