"use client";

import { Pencil, Puzzle, Star, Trash2 } from "lucide-react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useId } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardAction, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import type { RouterOutputs } from "@/trpc/react";

type Vehicle = RouterOutputs["garage"]["list"][number];

/**
 * One vehicle in the garage: make, model and year as its heading, engine, fuel, mileage (km) and
 * VIN, the "default" badge, and its actions. Action buttons are described by the heading, so a
 * screen reader hears which vehicle "Edit" is for.
 */
export function VehicleCard({
  vehicle,
  busy,
  onEdit,
  onSetDefault,
  onDelete,
}: {
  vehicle: Vehicle;
  busy: boolean;
  onEdit: () => void;
  onSetDefault: () => void;
  onDelete: () => void;
}) {
  const t = useTranslations("garage");
  const format = useFormatter();
  const titleId = useId();
  const notGiven = <span className="text-muted-foreground">{t("card.notGiven")}</span>;
  const rows: [string, React.ReactNode, string?][] = [
    [t("card.engine"), vehicle.engine || notGiven],
    [t("card.fuel"), t(`fuel.${vehicle.fuel}`)],
    [t("card.mileage"), vehicle.mileageKm === null ? notGiven : t("mileageValue", { km: format.number(vehicle.mileageKm) })],
    [t("card.vin"), vehicle.vin ?? notGiven, vehicle.vin ? "font-mono tracking-wide break-all" : undefined],
  ];

  return (
    <Card className="h-full gap-4 py-5">
      <CardHeader className="px-5">
        <CardTitle id={titleId} className="text-lg leading-snug">
          <h2>
            {vehicle.make} {vehicle.model} <span className="font-normal text-muted-foreground">{vehicle.year}</span>
          </h2>
        </CardTitle>
        {vehicle.nickname && <CardDescription>{vehicle.nickname}</CardDescription>}
        {vehicle.isDefault && (
          <CardAction>
            <Badge>{t("card.default")}</Badge>
          </CardAction>
        )}
      </CardHeader>
      <CardContent className="px-5">
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
          {rows.map(([label, value, className]) => (
            <div key={label} className="contents">
              <dt className="text-muted-foreground">{label}</dt>
              <dd className={className}>{value}</dd>
            </div>
          ))}
        </dl>
      </CardContent>
      <CardFooter className="mt-auto flex flex-wrap gap-2 px-5">
        {/* The storefront matches this car to catalogue vehicles by make, model and year. */}
        <Button variant="outline" size="sm" asChild>
          <Link href={`/parts?car=${vehicle.id}&fits=1`} aria-describedby={titleId}>
            <Puzzle aria-hidden />
            {t("card.parts")}
          </Link>
        </Button>
        <Button type="button" variant="outline" size="sm" onClick={onEdit} aria-describedby={titleId}>
          <Pencil aria-hidden />
          {t("card.edit")}
        </Button>
        {!vehicle.isDefault && (
          <Button type="button" variant="outline" size="sm" onClick={onSetDefault} disabled={busy} aria-describedby={titleId}>
            <Star aria-hidden />
            {t("card.setDefault")}
          </Button>
        )}
        <Button
          type="button"
          variant="ghost"
          size="sm"
          onClick={onDelete}
          disabled={busy}
          aria-describedby={titleId}
          className="text-destructive hover:bg-destructive/10 hover:text-destructive"
        >
          <Trash2 aria-hidden />
          {t("card.delete")}
        </Button>
      </CardFooter>
    </Card>
  );
}
