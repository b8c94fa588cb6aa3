"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { useTRPC } from "@/trpc/react";
import type { FitmentEntry, PartFitment } from "../../types";
import { productHref } from "./part-card";
import { QuerySection } from "./query-section";
import { useYearsLabel } from "./use-years-label";

/**
 * A part's vehicles in the storefront shop (`catalog.fitment.vehiclesOfPart`): "Oryginał" (OEM),
 * "Zamiennik" (aftermarket) and "Model", the union of both as vehicle names, the way the shops'
 * derived Model feature lists them. `myVehicleIds`: catalogue vehicles of the customer's car, marked in the lists.
 */
export function PartFitmentSections({ partId, myVehicleIds }: { partId: string; myVehicleIds: ReadonlySet<string> }) {
  const t = useTranslations("parts.fitment");
  const trpc = useTRPC();
  const fitment = useQuery(trpc.catalog.fitment.vehiclesOfPart.queryOptions({ partId }));
  return (
    <QuerySection
      id="fitment-heading"
      heading={t("heading")}
      loadError={t("loadError")}
      query={fitment}
      columns={3}
      skeletonClassName="h-40 rounded-xl"
    >
      {(data) => <FitmentLists fitment={data} myVehicleIds={myVehicleIds} />}
    </QuerySection>
  );
}

function FitmentLists({ fitment, myVehicleIds }: { fitment: PartFitment; myVehicleIds: ReadonlySet<string> }) {
  const t = useTranslations("parts.fitment");
  if (fitment.original.length === 0 && fitment.replacement.length === 0 && fitment.model.length === 0) {
    return <p className="rounded-xl border border-dashed px-4 py-6 text-center text-muted-foreground">{t("empty")}</p>;
  }
  return (
    <div className="grid gap-4 md:grid-cols-3">
      <Column id="fit-original" title={t("original")} hint={t("originalHint")} empty={fitment.original.length === 0}>
        {fitment.original.map((v) => (
          <VehicleItem key={v.id} vehicle={v} mine={myVehicleIds.has(v.id)} />
        ))}
      </Column>
      <Column id="fit-replacement" title={t("replacement")} hint={t("replacementHint")} empty={fitment.replacement.length === 0}>
        {fitment.replacement.map((v) => (
          <VehicleItem key={v.id} vehicle={v} mine={myVehicleIds.has(v.id)} />
        ))}
      </Column>
      <Column id="fit-model" title={t("model")} hint={t("modelHint")} empty={fitment.model.length === 0}>
        {fitment.model.map((name) => (
          <li key={name} className="px-4 py-2">
            {name}
          </li>
        ))}
      </Column>
    </div>
  );
}

/** One fitment list: its heading names the list (`aria-labelledby`), so "Model" is a list named "Model". */
function Column({
  id,
  title,
  hint,
  empty,
  children,
}: {
  id: string;
  title: string;
  hint: string;
  empty: boolean;
  children: React.ReactNode;
}) {
  const t = useTranslations("parts.fitment");
  return (
    <section aria-labelledby={id} className="flex flex-col overflow-hidden rounded-xl border bg-card">
      <div className="border-b bg-muted/40 px-4 py-3">
        <h3 id={id} className="font-semibold">
          {title}
        </h3>
        <p className="text-xs text-muted-foreground">{hint}</p>
      </div>
      {empty ? (
        <p className="px-4 py-3 text-sm text-muted-foreground">{t("none")}</p>
      ) : (
        <ul aria-labelledby={id} className="divide-y text-sm">
          {children}
        </ul>
      )}
    </section>
  );
}

function VehicleItem({ vehicle, mine }: { vehicle: FitmentEntry; mine: boolean }) {
  const tl = useTranslations("parts.list");
  const label = useYearsLabel()(vehicle.yearFrom, vehicle.yearTo);
  // Generation names often carry their years already ("Toyota Corolla E18 2013–2019").
  const years = label && !vehicle.vehicleName.includes(String(vehicle.yearFrom ?? vehicle.yearTo)) ? label : null;
  return (
    <li className="grid gap-0.5 px-4 py-2">
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <Link href={productHref(vehicle.sku)} className="font-medium hover:underline">
          {vehicle.vehicleName}
        </Link>
        {years && <span className="text-muted-foreground tabular-nums">{years}</span>}
        {mine && (
          <Badge variant="outline" className="border-emerald-700/40 text-emerald-800 dark:border-emerald-400/40 dark:text-emerald-300">
            {tl("car")}
          </Badge>
        )}
      </div>
      {vehicle.notes && <p className="text-xs text-muted-foreground">{vehicle.notes}</p>}
    </li>
  );
}
