"use client";

import { ArrowUpRight } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { activeNavItem } from "@/components/layout/app-shell-items";
import { cn } from "@/lib/utils";

const SECTION = [
  { href: "/admin/catalog", key: "products" },
  { href: "/admin/catalog/attributes", key: "attributes" },
  { href: "/admin/catalog/features", key: "features" },
  { href: "/admin/catalog/shops", key: "shops" },
] as const;

const linkClass =
  "inline-flex min-h-10 shrink-0 items-center gap-1.5 rounded-md px-3 text-sm font-medium whitespace-nowrap outline-none transition-colors focus-visible:ring-[3px] focus-visible:ring-ring/50 [&_svg]:size-4";

/**
 * Tabs of the catalogue section (products, attribute groups, features, shops) and a link out to the
 * compatibility matrix. The current page is marked with `aria-current`; pages under a tab (a
 * product's detail) keep their tab active. On phones the row scrolls sideways and starts scrolled
 * to the active tab.
 */
export function CatalogSectionNav({ className }: { className?: string }) {
  const t = useTranslations("catalog.section");
  const tn = useTranslations("admin.nav");
  const pathname = usePathname();
  const active = activeNavItem([...SECTION], pathname);
  const scroller = useRef<HTMLUListElement>(null);

  useEffect(() => {
    const list = scroller.current;
    const current = list?.querySelector<HTMLElement>("[aria-current=page]");
    if (!list || !current) return;
    // Scrolls the row only (scrollIntoView would also move the page vertically).
    const overflow = current.offsetLeft + current.offsetWidth - (list.scrollLeft + list.clientWidth);
    if (overflow > 0) list.scrollLeft += overflow + 16;
  }, [pathname]);

  return (
    <nav aria-label={t("label")} className={cn("-mx-4 border-b md:mx-0", className)}>
      <ul ref={scroller} className="flex items-center gap-1 overflow-x-auto px-4 pb-2 md:px-0">
        {SECTION.map((item) => {
          const current = item === active;
          return (
            <li key={item.href} className="shrink-0">
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={cn(
                  linkClass,
                  current ? "bg-secondary text-secondary-foreground" : "text-muted-foreground hover:bg-accent hover:text-accent-foreground",
                )}
              >
                {t(item.key)}
              </Link>
            </li>
          );
        })}
        <li aria-hidden className="mx-1 h-5 w-px shrink-0 bg-border" />
        <li className="shrink-0">
          <Link href="/admin/compatibility" className={cn(linkClass, "text-muted-foreground hover:bg-accent hover:text-accent-foreground")}>
            {tn("compatibility")}
            <ArrowUpRight aria-hidden />
          </Link>
        </li>
      </ul>
    </nav>
  );
}
