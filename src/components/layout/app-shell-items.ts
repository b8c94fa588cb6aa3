import type { ReactNode } from "react";

/** One entry of an app shell's sidebar. `soon` entries are shown disabled with a "soon" badge. */
export type AppNavItem = {
  href: string;
  /** Translated label; also the page title in the top bar while the item is active. */
  label: string;
  /** A lucide icon element (rendered decoratively). */
  icon: ReactNode;
  /** Active only on exactly `href` (overview pages), not on the pages under it. */
  exact?: boolean;
  soon?: boolean;
  /** Shown after the label, e.g. an unread count. */
  badge?: ReactNode;
};

/** Whether `pathname` belongs to the item: exactly its href, or (unless `exact`) a page under it. */
export function isNavItemActive(item: Pick<AppNavItem, "href" | "exact">, pathname: string): boolean {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  if (path === item.href) return true;
  return !item.exact && path.startsWith(`${item.href}/`);
}

/** The enabled item `pathname` belongs to; the most specific one when several match. */
export function activeNavItem<T extends Pick<AppNavItem, "href" | "exact" | "soon">>(items: T[], pathname: string): T | undefined {
  return items.filter((item) => !item.soon && isNavItemActive(item, pathname)).sort((a, b) => b.href.length - a.href.length)[0];
}
