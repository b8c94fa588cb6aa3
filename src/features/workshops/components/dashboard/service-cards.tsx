"use client";

import { Pencil, Trash2 } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useId } from "react";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { formatDuration } from "@/lib/format";
import { cn } from "@/lib/utils";
import { ServiceActiveSwitch } from "./service-active-switch";
import { servicePrice } from "./service-display";
import type { ServiceListProps } from "./services-table";
import type { ManagedService } from "./use-managed-workshop";

function ServiceCard({
  workshopId,
  service: s,
  canEdit,
  onEdit,
  onDelete,
}: Omit<ServiceListProps, "services"> & { service: ManagedService }) {
  const t = useTranslations("dashboard.services");
  const tw = useTranslations("workshops");
  const locale = useLocale();
  const switchId = useId();
  return (
    <li className={cn("flex flex-col gap-3 rounded-xl border bg-card p-4", !s.active && "text-muted-foreground")}>
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="text-xs text-muted-foreground">{tw(`categories.${s.category}`)}</p>
          <h3 className="font-semibold text-foreground">{s.name}</h3>
        </div>
        {canEdit ? (
          <div className="-me-2 -mt-1 flex shrink-0">
            <Button variant="ghost" size="icon" onClick={() => onEdit(s)} aria-label={t("editNamed", { name: s.name })}>
              <Pencil aria-hidden />
            </Button>
            <Button
              variant="ghost"
              size="icon"
              className="text-destructive hover:text-destructive"
              onClick={() => onDelete(s)}
              aria-label={t("deleteNamed", { name: s.name })}
            >
              <Trash2 aria-hidden />
            </Button>
          </div>
        ) : null}
      </div>
      <dl className="grid grid-cols-2 gap-2 text-sm">
        <div>
          <dt className="text-xs text-muted-foreground">{t("columns.price")}</dt>
          <dd className="font-medium tabular-nums">{servicePrice(s, locale)}</dd>
        </div>
        <div>
          <dt className="text-xs text-muted-foreground">{t("columns.duration")}</dt>
          <dd className="font-medium tabular-nums">{formatDuration(s.durationMinutes, locale)}</dd>
        </div>
      </dl>
      <div className="flex items-center justify-between gap-3 border-t pt-3">
        <Label htmlFor={switchId} className="font-normal">
          {t("fields.active")}
        </Label>
        <ServiceActiveSwitch id={switchId} workshopId={workshopId} service={s} readOnly={!canEdit} />
      </div>
    </li>
  );
}

/** Services as cards (phones). */
export function ServiceCards({ services, ...props }: ServiceListProps) {
  return (
    <ul className="flex flex-col gap-3">
      {services.map((s) => (
        <ServiceCard key={s.id} service={s} {...props} />
      ))}
    </ul>
  );
}
