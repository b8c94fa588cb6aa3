"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { useTRPC, type RouterOutputs } from "@/trpc/react";
import type { VehicleFormValues } from "../schemas";
import { phoneSheetDialog } from "./dialog-layout";
import { VehicleForm } from "./vehicle-form";
import { vehicleName } from "./vehicle-name";

type Vehicle = RouterOutputs["garage"]["list"][number];

function formValues(vehicle: Vehicle): VehicleFormValues {
  return {
    vin: vehicle.vin ?? "",
    make: vehicle.make,
    model: vehicle.model,
    year: String(vehicle.year),
    fuel: vehicle.fuel,
    engine: vehicle.engine,
    mileageKm: vehicle.mileageKm === null ? "" : String(vehicle.mileageKm),
    nickname: vehicle.nickname ?? "",
  };
}

/** Editing a vehicle's details (VIN included; a changed VIN is decoded again on the server). */
export function EditVehicleDialog({ vehicle, onClose }: { vehicle: Vehicle | null; onClose: () => void }) {
  const t = useTranslations("garage.form");
  const tToast = useTranslations("garage.toast");
  const tCommon = useTranslations("common");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const update = useMutation(trpc.garage.update.mutationOptions());

  return (
    <Dialog open={vehicle !== null} onOpenChange={(open) => !open && !update.isPending && onClose()}>
      <DialogContent closeLabel={tCommon("close")} className={phoneSheetDialog}>
        <DialogHeader>
          <DialogTitle>{t("editTitle")}</DialogTitle>
          <DialogDescription>{t("editDescription")}</DialogDescription>
        </DialogHeader>
        {vehicle && (
          <VehicleForm
            key={vehicle.id}
            defaultValues={formValues(vehicle)}
            showVin
            onCancel={onClose}
            onSubmit={async (values) => {
              const saved = await update.mutateAsync({ vehicleId: vehicle.id, vehicle: values });
              await queryClient.invalidateQueries(trpc.garage.list.queryFilter());
              toast.success(tToast("updated", { name: vehicleName(saved) }));
              onClose();
            }}
          />
        )}
      </DialogContent>
    </Dialog>
  );
}
