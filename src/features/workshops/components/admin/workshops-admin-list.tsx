"use client";

import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { defaultTimeZone } from "@/i18n/config";
import type { RouterOutputs } from "@/trpc/react";
import { WorkshopStatusActions } from "./workshop-status-actions";
import { WorkshopStatusBadge } from "./workshop-status-badge";

export type AdminWorkshopRow = RouterOutputs["workshops"]["adminList"]["items"][number];

const linkClass =
  "font-medium underline-offset-4 outline-none hover:underline focus-visible:ring-[3px] focus-visible:ring-ring/50 rounded-sm";

/** The admin's workshop list: a table on wide screens, cards on phones. */
export function WorkshopsAdminList({ items }: { items: AdminWorkshopRow[] }) {
  const t = useTranslations("admin.workshops");
  const format = useFormatter();
  const created = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: defaultTimeZone });
  return (
    <>
      <div className="hidden rounded-xl border bg-card md:block">
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead className="ps-4">{t("columns.name")}</TableHead>
              <TableHead>{t("columns.city")}</TableHead>
              <TableHead>{t("columns.owner")}</TableHead>
              <TableHead>{t("columns.created")}</TableHead>
              <TableHead>{t("columns.status")}</TableHead>
              <TableHead className="pe-4 text-end">{t("columns.actions")}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {items.map((w) => (
              <TableRow key={w.id}>
                <TableCell className="max-w-64 ps-4 whitespace-normal">
                  <Link href={`/workshops/${w.slug}`} className={linkClass}>
                    {w.name}
                  </Link>
                </TableCell>
                <TableCell>{w.city}</TableCell>
                <TableCell className="max-w-56 truncate">{w.owner ?? "—"}</TableCell>
                <TableCell className="tabular-nums">{created(w.createdAt)}</TableCell>
                <TableCell>
                  <WorkshopStatusBadge status={w.status} />
                </TableCell>
                <TableCell className="pe-4">
                  <WorkshopStatusActions workshop={w} className="justify-end" />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <ul className="flex flex-col gap-3 md:hidden">
        {items.map((w) => (
          <li key={w.id} className="flex flex-col gap-3 rounded-xl border bg-card p-4">
            <div className="flex items-start justify-between gap-3">
              <div className="min-w-0">
                <h3>
                  <Link href={`/workshops/${w.slug}`} className={linkClass}>
                    {w.name}
                  </Link>
                </h3>
                <p className="text-sm text-muted-foreground">{w.city}</p>
              </div>
              <WorkshopStatusBadge status={w.status} />
            </div>
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
              <dt className="text-muted-foreground">{t("columns.owner")}</dt>
              <dd className="truncate">{w.owner ?? "—"}</dd>
              <dt className="text-muted-foreground">{t("columns.created")}</dt>
              <dd>{created(w.createdAt)}</dd>
            </dl>
            <WorkshopStatusActions workshop={w} className="border-t pt-3" />
          </li>
        ))}
      </ul>
    </>
  );
}
