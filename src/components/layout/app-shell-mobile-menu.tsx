"use client";

import { Menu } from "lucide-react";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Sheet, SheetContent, SheetHeader, SheetTitle, SheetTrigger } from "@/components/ui/sheet";
import type { AppNavItem } from "./app-shell-items";
import { AppShellNav } from "./app-shell-nav";

/** Phone menu: the sidebar's content in a sheet. It closes itself when the page changes. */
export function AppShellMobileMenu({
  areaLabel,
  items,
  navLabel,
  soonLabel,
  sidebarSlot,
}: {
  areaLabel: string;
  items: AppNavItem[];
  navLabel: string;
  soonLabel: string;
  sidebarSlot?: React.ReactNode;
}) {
  const t = useTranslations("nav");
  const tc = useTranslations("common");
  const pathname = usePathname();
  // Open "at" a path: navigating anywhere (a link, the workshop switcher) closes the sheet without an effect.
  const [openAt, setOpenAt] = useState<string | null>(null);
  const open = openAt === pathname;
  return (
    <Sheet open={open} onOpenChange={(next) => setOpenAt(next ? pathname : null)}>
      <SheetTrigger asChild>
        <Button variant="ghost" size="icon" className="-ms-2 md:hidden" aria-label={t("menu")}>
          <Menu aria-hidden className="size-5" />
        </Button>
      </SheetTrigger>
      <SheetContent side="left" closeLabel={tc("close")} aria-describedby={undefined} className="w-72 gap-0 bg-sidebar p-0">
        <SheetHeader className="border-b">
          <SheetTitle>{areaLabel}</SheetTitle>
        </SheetHeader>
        <div className="flex-1 overflow-y-auto">
          {sidebarSlot ? <div className="px-3 pt-3">{sidebarSlot}</div> : null}
          <AppShellNav items={items} label={navLabel} soonLabel={soonLabel} onNavigate={() => setOpenAt(null)} />
        </div>
      </SheetContent>
    </Sheet>
  );
}
