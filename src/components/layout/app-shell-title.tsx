"use client";

import { usePathname } from "next/navigation";
import { activeNavItem, type AppNavItem } from "./app-shell-items";

/** The page's heading in the top bar: the label of the active sidebar item, else `fallback`. */
export function AppShellTitle({ items, fallback }: { items: AppNavItem[]; fallback: string }) {
  const pathname = usePathname();
  const title = activeNavItem(items, pathname)?.label ?? fallback;
  return <h1 className="min-w-0 truncate text-base font-semibold md:text-lg">{title}</h1>;
}
