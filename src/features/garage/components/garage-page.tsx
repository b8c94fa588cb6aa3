"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { AlertCircle, CarFront, Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { ConfirmDialog } from "@/components/layout/confirm-dialog";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { useErrorMessage } from "@/hooks/use-error-message";
import { useTRPC, type RouterOutputs } from "@/trpc/react";
import { AddVehicleDialog } from "./add-vehicle-dialog";
import { EditVehicleDialog } from "./edit-vehicle-dialog";
import { VehicleCard } from "./vehicle-card";
import { vehicleName } from "./vehicle-name";

type Vehicle = RouterOutputs["garage"]["list"][number];

/**
 * The customer's garage (/garage): vehicle cards (default first), an empty state that leads to
 * adding the first vehicle, and the add / edit / delete dialogs.
 */
export function GaragePage() {
  const t = useTranslations("garage");
  const tCommon = useTranslations("common");
  const errorMessage = useErrorMessage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.garage.list.queryOptions());
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Vehicle | null>(null);
  const [deleting, setDeleting] = useState<Vehicle | null>(null);
  const refresh = () => queryClient.invalidateQueries(trpc.garage.list.queryFilter());

  const setDefault = useMutation(
    trpc.garage.setDefault.mutationOptions({
      onSuccess: async (vehicle) => {
        await refresh();
        toast.success(t("toast.defaultSet", { name: vehicleName(vehicle) }));
      },
      onError: (error) => toast.error(errorMessage(error)),
    }),
  );
  const remove = useMutation(
    trpc.garage.remove.mutationOptions({
      onSuccess: async () => {
        await refresh();
        if (deleting) toast.success(t("toast.removed", { name: vehicleName(deleting) }));
        setDeleting(null);
      },
      onError: (error) => toast.error(errorMessage(error)),
    }),
  );

  const vehicles = list.data ?? [];
  const addButton = (
    <Button type="button" onClick={() => setAdding(true)}>
      <Plus aria-hidden />
      {t("add")}
    </Button>
  );

  return (
    <div className="mx-auto grid w-full max-w-5xl gap-6 px-4 py-6 sm:py-10">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div className="grid gap-1">
          <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{t("title")}</h1>
          <p className="max-w-prose text-muted-foreground">{t("subtitle")}</p>
        </div>
        {vehicles.length > 0 && addButton}
      </header>

      {list.isPending ? (
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-busy="true">
          <span className="sr-only" role="status">
            {tCommon("loading")}
          </span>
          {[0, 1].map((i) => (
            <Skeleton key={i} className="h-64 rounded-xl" />
          ))}
        </div>
      ) : list.isError ? (
        <Alert variant="destructive">
          <AlertCircle aria-hidden />
          <AlertTitle>{t("loadError")}</AlertTitle>
          <AlertDescription>
            <p>{errorMessage(list.error)}</p>
            <Button type="button" variant="outline" size="sm" className="mt-2" onClick={() => void list.refetch()}>
              {tCommon("retry")}
            </Button>
          </AlertDescription>
        </Alert>
      ) : vehicles.length === 0 ? (
        <section
          aria-labelledby="garage-empty"
          className="grid justify-items-center gap-4 rounded-xl border border-dashed px-6 py-12 text-center"
        >
          <CarFront className="size-12 text-muted-foreground" aria-hidden />
          <h2 id="garage-empty" className="text-xl font-semibold">
            {t("empty.title")}
          </h2>
          <p className="max-w-md text-muted-foreground">{t("empty.body")}</p>
          <Button type="button" size="lg" onClick={() => setAdding(true)}>
            <Plus aria-hidden />
            {t("empty.cta")}
          </Button>
        </section>
      ) : (
        <ul aria-label={t("listLabel")} className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {vehicles.map((vehicle) => (
            <li key={vehicle.id}>
              <VehicleCard
                vehicle={vehicle}
                busy={setDefault.isPending || remove.isPending}
                onEdit={() => setEditing(vehicle)}
                onSetDefault={() => setDefault.mutate({ vehicleId: vehicle.id })}
                onDelete={() => setDeleting(vehicle)}
              />
            </li>
          ))}
        </ul>
      )}

      <AddVehicleDialog open={adding} onOpenChange={setAdding} />
      <EditVehicleDialog vehicle={editing} onClose={() => setEditing(null)} />
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => !open && setDeleting(null)}
        title={t("delete.title")}
        description={deleting ? t("delete.body", { name: vehicleName(deleting) }) : ""}
        confirmLabel={t("delete.confirm")}
        pending={remove.isPending}
        onConfirm={() => deleting && remove.mutate({ vehicleId: deleting.id })}
      />
    </div>
  );
}
