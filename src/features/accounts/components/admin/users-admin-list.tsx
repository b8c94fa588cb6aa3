"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { defaultTimeZone } from "@/i18n/config";
import type { RouterOutputs } from "@/trpc/react";
import { RoleBadge } from "./role-badge";

export type AdminUserRow = RouterOutputs["accounts"]["listUsers"]["items"][number];

/** The admin's list of people: a table on wide screens, cards on phones. */
export function UsersAdminList({ items }: { items: AdminUserRow[] }) {
  const t = useTranslations("admin.users");
  const format = useFormatter();
  const created = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: defaultTimeZone });
  const count = (n: number) => format.number(n);
  return (
    <>
      <div className="hidden rounded-xl border bg-card md:block">
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead className="ps-4">{t("columns.name")}</TableHead>
              <TableHead>{t("columns.email")}</TableHead>
              <TableHead>{t("columns.role")}</TableHead>
              <TableHead className="text-end">{t("columns.workshops")}</TableHead>
              <TableHead className="text-end">{t("columns.vehicles")}</TableHead>
              <TableHead className="pe-4">{t("columns.created")}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {items.map((u) => (
              <TableRow key={u.id}>
                <TableCell className="max-w-56 truncate ps-4 font-medium">{u.name ?? t("noName")}</TableCell>
                <TableCell className="max-w-72 truncate">
                  <a href={`mailto:${u.email}`} className="underline-offset-4 hover:underline">
                    {u.email}
                  </a>
                </TableCell>
                <TableCell>
                  <RoleBadge role={u.role} />
                </TableCell>
                <TableCell className="text-end tabular-nums">{count(u.workshops)}</TableCell>
                <TableCell className="text-end tabular-nums">{count(u.vehicles)}</TableCell>
                <TableCell className="pe-4 tabular-nums">{created(u.createdAt)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <ul className="flex flex-col gap-3 md:hidden">
        {items.map((u) => (
          <li key={u.id} className="flex flex-col gap-2 rounded-xl border bg-card p-4">
            <div className="flex items-start justify-between gap-3">
              <div className="min-w-0">
                <h3 className="truncate font-medium">{u.name ?? t("noName")}</h3>
                <p className="truncate text-sm text-muted-foreground">{u.email}</p>
              </div>
              <RoleBadge role={u.role} />
            </div>
            <dl className="grid grid-cols-3 gap-2 border-t pt-2 text-sm">
              <div>
                <dt className="text-xs text-muted-foreground">{t("columns.workshops")}</dt>
                <dd className="tabular-nums">{count(u.workshops)}</dd>
              </div>
              <div>
                <dt className="text-xs text-muted-foreground">{t("columns.vehicles")}</dt>
                <dd className="tabular-nums">{count(u.vehicles)}</dd>
              </div>
              <div>
                <dt className="text-xs text-muted-foreground">{t("columns.created")}</dt>
                <dd className="tabular-nums">{created(u.createdAt)}</dd>
              </div>
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}
