"use client";

import { Pencil, Trash2 } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatDuration } from "@/lib/format";
import { ServiceActiveSwitch } from "./service-active-switch";
import { servicePrice } from "./service-display";
import type { ManagedService } from "./use-managed-workshop";

export type ServiceListProps = {
  workshopId: string;
  services: ManagedService[];
  canEdit: boolean;
  onEdit: (service: ManagedService) => void;
  onDelete: (service: ManagedService) => void;
};

/** Services as a table (wide screens). */
export function ServicesTable({ workshopId, services, canEdit, onEdit, onDelete }: ServiceListProps) {
  const t = useTranslations("dashboard.services");
  const tw = useTranslations("workshops");
  const locale = useLocale();
  return (
    <div className="rounded-xl border bg-card">
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead className="ps-4">{t("columns.category")}</TableHead>
            <TableHead>{t("columns.name")}</TableHead>
            <TableHead className="text-end">{t("columns.price")}</TableHead>
            <TableHead className="text-end">{t("columns.duration")}</TableHead>
            <TableHead>{t("columns.active")}</TableHead>
            {canEdit ? <TableHead className="pe-4 text-end">{t("columns.actions")}</TableHead> : null}
          </TableRow>
        </TableHeader>
        <TableBody>
          {services.map((s) => (
            <TableRow key={s.id} className={s.active ? undefined : "text-muted-foreground"}>
              <TableCell className="ps-4">{tw(`categories.${s.category}`)}</TableCell>
              <TableCell className="max-w-80 whitespace-normal">
                <span className="font-medium text-foreground">{s.name}</span>
                {s.description ? <span className="line-clamp-1 text-xs text-muted-foreground">{s.description}</span> : null}
              </TableCell>
              <TableCell className="text-end tabular-nums">{servicePrice(s, locale)}</TableCell>
              <TableCell className="text-end tabular-nums">{formatDuration(s.durationMinutes, locale)}</TableCell>
              <TableCell>
                <ServiceActiveSwitch workshopId={workshopId} service={s} readOnly={!canEdit} />
              </TableCell>
              {canEdit ? (
                <TableCell className="pe-4 text-end">
                  <div className="inline-flex gap-1">
                    <Button variant="ghost" size="icon-sm" onClick={() => onEdit(s)} aria-label={t("editNamed", { name: s.name })}>
                      <Pencil aria-hidden />
                    </Button>
                    <Button
                      variant="ghost"
                      size="icon-sm"
                      className="text-destructive hover:text-destructive"
                      onClick={() => onDelete(s)}
                      aria-label={t("deleteNamed", { name: s.name })}
                    >
                      <Trash2 aria-hidden />
                    </Button>
                  </div>
                </TableCell>
              ) : null}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
