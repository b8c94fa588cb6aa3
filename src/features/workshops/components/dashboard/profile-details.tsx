"use client";

import { useTranslations } from "next-intl";
import { Card, CardContent } from "@/components/ui/card";
import type { ManagedWorkshop } from "./use-managed-workshop";

/** The workshop's profile as text, for staff who may not edit it (mechanics). */
export function ProfileDetails({ workshop }: { workshop: ManagedWorkshop }) {
  const t = useTranslations("dashboard.profile");
  const coords = `${workshop.lat.toFixed(5)}, ${workshop.lng.toFixed(5)}`;
  const rows: { key: string; value: React.ReactNode }[] = [
    { key: "name", value: workshop.name },
    { key: "description", value: workshop.description || t("empty") },
    { key: "address", value: `${workshop.address}, ${workshop.postalCode} ${workshop.city}` },
    { key: "location", value: coords },
    {
      key: "phone",
      value: workshop.phone ? (
        <a href={`tel:${workshop.phone.replace(/\s/g, "")}`} className="underline-offset-4 hover:underline">
          {workshop.phone}
        </a>
      ) : (
        t("empty")
      ),
    },
    {
      key: "email",
      value: workshop.email ? (
        <a href={`mailto:${workshop.email}`} className="underline-offset-4 hover:underline">
          {workshop.email}
        </a>
      ) : (
        t("empty")
      ),
    },
    {
      key: "website",
      value: workshop.website ? (
        <a href={workshop.website} rel="noopener noreferrer" target="_blank" className="underline-offset-4 hover:underline">
          {workshop.website}
        </a>
      ) : (
        t("empty")
      ),
    },
  ];
  return (
    <Card>
      <CardContent>
        <dl className="divide-y">
          {rows.map((row) => (
            <div key={row.key} className="grid gap-1 py-3 first:pt-0 last:pb-0 sm:grid-cols-[12rem_1fr] sm:gap-4">
              <dt className="text-sm font-medium text-muted-foreground">{t(`fields.${row.key}`)}</dt>
              <dd className="whitespace-pre-line break-words">{row.value}</dd>
            </div>
          ))}
        </dl>
      </CardContent>
    </Card>
  );
}
