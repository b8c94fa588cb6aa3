"use client";

import { useTranslations } from "next-intl";
import { ResponsiveDialog } from "@/components/layout/responsive-dialog";
import { ServiceForm } from "./service-form";
import type { ManagedService } from "./use-managed-workshop";

/** The add/edit service form in a dialog on wide screens and a bottom sheet on phones. */
export function ServiceEditor({
  workshopId,
  service,
  open,
  onOpenChange,
}: {
  workshopId: string;
  /** null: a new service. */
  service: ManagedService | null;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const t = useTranslations("dashboard.services");
  return (
    <ResponsiveDialog
      open={open}
      onOpenChange={onOpenChange}
      title={service ? t("editTitle") : t("addTitle")}
      description={t("editorHint")}
    >
      <ServiceForm key={service?.id ?? "new"} workshopId={workshopId} service={service} onDone={() => onOpenChange(false)} />
    </ResponsiveDialog>
  );
}
