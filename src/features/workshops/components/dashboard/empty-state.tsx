import { cn } from "@/lib/utils";

/** A friendly "nothing here yet" block: icon, heading, explanation and an optional action. */
export function EmptyState({
  icon,
  title,
  children,
  action,
  headingLevel = 2,
  className,
}: {
  icon: React.ReactNode;
  title: string;
  children?: React.ReactNode;
  action?: React.ReactNode;
  headingLevel?: 1 | 2 | 3;
  className?: string;
}) {
  const Heading = (["h1", "h2", "h3"] as const)[headingLevel - 1] ?? "h2";
  return (
    <div className={cn("flex flex-col items-center gap-3 rounded-xl border border-dashed px-6 py-12 text-center", className)}>
      <span aria-hidden className="grid size-12 place-items-center rounded-full bg-muted text-muted-foreground [&_svg]:size-6">
        {icon}
      </span>
      <Heading className="text-lg font-semibold">{title}</Heading>
      {children ? <div className="max-w-prose text-sm text-muted-foreground">{children}</div> : null}
      {action ? <div className="mt-2 flex flex-wrap justify-center gap-2">{action}</div> : null}
    </div>
  );
}
