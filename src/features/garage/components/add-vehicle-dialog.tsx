"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { useTRPC } from "@/trpc/react";
import type { VehicleFormValues } from "../schemas";
import type { VinDecodeResult } from "../types";
import { DecodeSummary } from "./decode-summary";
import { phoneSheetDialog } from "./dialog-layout";
import { emptyVehicleForm, VehicleForm } from "./vehicle-form";
import { vehicleName } from "./vehicle-name";
import { VinStep } from "./vin-step";

type Step = { kind: "vin" } | { kind: "details"; decode: VinDecodeResult | null };

/** What the form starts with after decoding: everything the VIN told us, the rest empty. */
function formDefaults(decode: VinDecodeResult | null): VehicleFormValues {
  if (!decode) return emptyVehicleForm;
  if (decode.status === "decoded") {
    const v = decode.vehicle;
    return {
      ...emptyVehicleForm,
      vin: decode.vin,
      make: v.make,
      model: v.model,
      year: String(v.year),
      fuel: v.fuel ?? "",
      engine: v.engine,
    };
  }
  const p = decode.prefill;
  return { ...emptyVehicleForm, vin: decode.vin, make: p.make ?? "", model: p.model ?? "", year: p.year ? String(p.year) : "" };
}

/**
 * Adding a vehicle: the VIN first ("Decode"), then the details form filled with what the VIN
 * gave (editable), with the reason when it could not be decoded; "I don't have the VIN" goes
 * straight to the empty form. A full-screen sheet on phones.
 */
export function AddVehicleDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const t = useTranslations("garage.form");
  const tVin = useTranslations("garage.vin");
  const tToast = useTranslations("garage.toast");
  const tCommon = useTranslations("common");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [step, setStep] = useState<Step>({ kind: "vin" });
  const [vinText, setVinText] = useState("");
  const create = useMutation(trpc.garage.create.mutationOptions());

  function reset() {
    setStep({ kind: "vin" });
    setVinText("");
  }

  function changeOpen(next: boolean) {
    if (!next && create.isPending) return;
    onOpenChange(next);
    if (!next) reset();
  }

  let description = t("manualDescription");
  if (step.kind === "vin") description = tVin("intro");
  else if (step.decode) description = t("checkDescription");

  return (
    <Dialog open={open} onOpenChange={changeOpen}>
      <DialogContent closeLabel={tCommon("close")} className={phoneSheetDialog}>
        <DialogHeader>
          <DialogTitle>{t("addTitle")}</DialogTitle>
          <DialogDescription>{description}</DialogDescription>
        </DialogHeader>
        {step.kind === "vin" ? (
          <VinStep
            value={vinText}
            onChange={setVinText}
            onDecoded={(decode) => setStep({ kind: "details", decode })}
            onSkip={() => setStep({ kind: "details", decode: null })}
          />
        ) : (
          <div className="grid gap-4">
            {step.decode && <DecodeSummary result={step.decode} onChangeVin={() => setStep({ kind: "vin" })} />}
            <VehicleForm
              key={step.decode?.vin ?? "manual"}
              defaultValues={formDefaults(step.decode)}
              showVin={false}
              onCancel={() => changeOpen(false)}
              onSubmit={async (values) => {
                const vehicle = await create.mutateAsync(values);
                await queryClient.invalidateQueries(trpc.garage.list.queryFilter());
                toast.success(tToast("added", { name: vehicleName(vehicle) }));
                onOpenChange(false);
                reset();
              }}
            />
          </div>
        )}
      </DialogContent>
    </Dialog>
  );
}
