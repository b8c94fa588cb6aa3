"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { Switch } from "@/components/ui/switch";
import { useErrorMessage } from "@/hooks/use-error-message";
import { useTRPC } from "@/trpc/react";
import { serviceInput } from "./service-display";
import { useInvalidateManagedWorkshop, type ManagedService } from "./use-managed-workshop";

/** Shows or hides a service for customers in one click (owners); a disabled indicator for mechanics. */
export function ServiceActiveSwitch({
  workshopId,
  service,
  readOnly,
  id,
}: {
  workshopId: string;
  service: ManagedService;
  readOnly: boolean;
  id?: string;
}) {
  const t = useTranslations("dashboard.services");
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const invalidate = useInvalidateManagedWorkshop(workshopId);
  const update = useMutation(
    trpc.workshops.updateService.mutationOptions({
      onSuccess: async (row) => {
        await invalidate();
        toast.success(t(row.active ? "activated" : "deactivated", { name: row.name }));
      },
      onError: (error) => toast.error(errorMessage(error)),
    }),
  );
  const checked = update.isPending && update.variables ? update.variables.service.active === true : service.active;
  return (
    <Switch
      id={id}
      checked={checked}
      disabled={readOnly || update.isPending}
      aria-label={t("activeFor", { name: service.name })}
      onCheckedChange={(active) => update.mutate({ workshopId, serviceId: service.id, service: { ...serviceInput(service), active } })}
    />
  );
}
