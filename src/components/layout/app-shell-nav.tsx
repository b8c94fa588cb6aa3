"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/utils";
import { activeNavItem, type AppNavItem } from "./app-shell-items";

const itemClass =
  "flex min-h-10 items-center gap-3 rounded-md px-3 py-2 text-sm font-medium outline-none transition-colors focus-visible:ring-[3px] focus-visible:ring-ring/50 [&_svg]:size-4 [&_svg]:shrink-0";

/**
 * The sidebar's list of pages. The active one is marked with `aria-current="page"`; "soon" items are
 * links without a target (`aria-disabled`), shown so people see where upcoming tools will live.
 */
export function AppShellNav({
  items,
  label,
  soonLabel,
  onNavigate,
}: {
  items: AppNavItem[];
  /** Accessible name of the navigation landmark. */
  label: string;
  soonLabel: string;
  onNavigate?: () => void;
}) {
  const pathname = usePathname();
  const active = activeNavItem(items, pathname);
  return (
    <nav aria-label={label} className="px-3 py-2">
      <ul className="flex flex-col gap-0.5">
        {items.map((item) => (
          <li key={item.href}>
            {item.soon ? (
              <span role="link" aria-disabled="true" className={cn(itemClass, "cursor-not-allowed text-muted-foreground")}>
                <span aria-hidden className="contents">
                  {item.icon}
                </span>
                <span className="flex-1 truncate">{item.label}</span>
                <Badge variant="outline" className="text-[0.7rem] font-normal text-muted-foreground">
                  {soonLabel}
                </Badge>
              </span>
            ) : (
              <Link
                href={item.href}
                onClick={onNavigate}
                aria-current={item === active ? "page" : undefined}
                className={cn(
                  itemClass,
                  "text-sidebar-foreground/80 hover:bg-sidebar-accent hover:text-sidebar-accent-foreground",
                  item === active && "bg-sidebar-accent text-sidebar-accent-foreground",
                )}
              >
                <span aria-hidden className="contents">
                  {item.icon}
                </span>
                <span className="truncate">{item.label}</span>
                {item.badge}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
