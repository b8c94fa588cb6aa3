"use client";

import { Menu } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Sheet, SheetContent, SheetHeader, SheetTitle, SheetTrigger } from "@/components/ui/sheet";

export function MobileNav({ links, signedIn }: { links: { href: string; label: string; badge?: React.ReactNode }[]; signedIn: boolean }) {
  const t = useTranslations("nav");
  const tc = useTranslations("common");
  const [open, setOpen] = useState(false);
  return (
    <Sheet open={open} onOpenChange={setOpen}>
      <SheetTrigger asChild>
        <Button variant="ghost" size="icon" className="lg:hidden" aria-label={t("menu")}>
          <Menu aria-hidden className="size-5" />
        </Button>
      </SheetTrigger>
      <SheetContent side="left" closeLabel={tc("close")} className="w-72">
        <SheetHeader>
          <SheetTitle>Pitstop</SheetTitle>
        </SheetHeader>
        <nav aria-label={t("mainNavigation")} className="flex flex-col gap-1 px-4">
          <Link href="/" onClick={() => setOpen(false)} className="rounded-md px-3 py-2 hover:bg-accent">
            {t("home")}
          </Link>
          {links.map((l) => (
            <Link
              key={l.href}
              href={l.href}
              onClick={() => setOpen(false)}
              className="flex items-center gap-2 rounded-md px-3 py-2 hover:bg-accent"
            >
              {l.label}
              {l.badge}
            </Link>
          ))}
          {!signedIn && (
            <Link href="/sign-in" onClick={() => setOpen(false)} className="rounded-md px-3 py-2 hover:bg-accent">
              {t("signIn")}
            </Link>
          )}
        </nav>
      </SheetContent>
    </Sheet>
  );
}
