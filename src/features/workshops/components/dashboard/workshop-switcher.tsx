"use client";

import { usePathname, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";

export type SwitcherWorkshop = { id: string; name: string; city: string };

/**
 * The current workshop; a select to move to another one (same dashboard page) when the person
 * works at several.
 */
export function WorkshopSwitcher({ workshops, currentId }: { workshops: SwitcherWorkshop[]; currentId: string }) {
  const t = useTranslations("dashboard.switcher");
  const router = useRouter();
  const pathname = usePathname();
  const id = useId();
  const current = workshops.find((w) => w.id === currentId);

  if (workshops.length < 2) {
    return (
      <div className="rounded-lg border bg-background px-3 py-2">
        <p className="text-xs text-muted-foreground">{t("label")}</p>
        <p className="truncate text-sm font-semibold">{current?.name ?? "—"}</p>
        {current?.city ? <p className="truncate text-xs text-muted-foreground">{current.city}</p> : null}
      </div>
    );
  }

  const go = (nextId: string) => {
    if (nextId === currentId) return;
    const base = `/dashboard/${currentId}`;
    const rest = pathname.startsWith(base) ? pathname.slice(base.length) : "";
    router.push(`/dashboard/${nextId}${rest}`);
  };

  return (
    <div className="grid gap-1.5">
      <Label htmlFor={id} className="text-xs font-normal text-muted-foreground">
        {t("label")}
      </Label>
      <Select value={currentId} onValueChange={go}>
        <SelectTrigger id={id} className="h-auto! w-full bg-background py-2 text-start">
          <SelectValue />
        </SelectTrigger>
        <SelectContent position="popper" align="start">
          {workshops.map((w) => (
            <SelectItem key={w.id} value={w.id}>
              <span className="flex min-w-0 flex-col">
                <span className="truncate font-medium">{w.name}</span>
                <span className="truncate text-xs text-muted-foreground">{w.city}</span>
              </span>
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
    </div>
  );
}
