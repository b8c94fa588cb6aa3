"use client";

import { useMutation } from "@tanstack/react-query";
import { Lock, Plus, Wrench } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { ConfirmDialog } from "@/components/layout/confirm-dialog";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useErrorMessage } from "@/hooks/use-error-message";
import { useTRPC } from "@/trpc/react";
import { EmptyState } from "./empty-state";
import { ServiceCards } from "./service-cards";
import { ServiceEditor } from "./service-editor";
import { ServicesTable } from "./services-table";
import { useInvalidateManagedWorkshop, useManagedWorkshop, type ManagedService } from "./use-managed-workshop";

/** The workshop's services with prices and durations: list, add/edit dialog, delete confirmation. */
export function ServicesPage({ workshopId }: { workshopId: string }) {
  const t = useTranslations("dashboard.services");
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const invalidate = useInvalidateManagedWorkshop(workshopId);
  const workshop = useManagedWorkshop(workshopId);
  const canEdit = workshop.myRole === "owner";
  // The dialogs keep their service while closing, so their text does not change mid-animation.
  const [editor, setEditor] = useState<{ open: boolean; service: ManagedService | null }>({ open: false, service: null });
  const [deletion, setDeletion] = useState<{ open: boolean; service: ManagedService | null }>({ open: false, service: null });
  const deleting = deletion.service;
  const remove = useMutation(
    trpc.workshops.removeService.mutationOptions({
      onSuccess: async () => {
        await invalidate();
        toast.success(t("deleted", { name: deleting?.name ?? "" }));
        setDeletion((d) => ({ ...d, open: false }));
      },
      onError: (error) => toast.error(errorMessage(error)),
    }),
  );
  const services = workshop.services;
  const listProps = {
    workshopId,
    services,
    canEdit,
    onEdit: (service: ManagedService) => setEditor({ open: true, service }),
    onDelete: (service: ManagedService) => setDeletion({ open: true, service }),
  };
  const addButton = canEdit ? (
    <Button onClick={() => setEditor({ open: true, service: null })}>
      <Plus aria-hidden />
      {t("add")}
    </Button>
  ) : null;

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="max-w-prose">
          <p className="text-muted-foreground">{t("intro")}</p>
          {services.length > 0 ? (
            <p className="mt-1 text-sm text-muted-foreground">
              {t("count", { active: services.filter((s) => s.active).length, total: services.length })}
            </p>
          ) : null}
        </div>
        {services.length > 0 ? addButton : null}
      </div>
      {!canEdit ? (
        <Alert role="note">
          <Lock aria-hidden />
          <AlertDescription>{t("readOnly")}</AlertDescription>
        </Alert>
      ) : null}
      {services.length === 0 ? (
        <EmptyState icon={<Wrench />} title={t("emptyTitle")} action={addButton}>
          <p>{canEdit ? t("emptyBody") : t("emptyBodyMechanic")}</p>
        </EmptyState>
      ) : (
        <>
          <div className="hidden md:block">
            <ServicesTable {...listProps} />
          </div>
          <div className="md:hidden">
            <ServiceCards {...listProps} />
          </div>
        </>
      )}
      {canEdit ? (
        <ServiceEditor
          workshopId={workshopId}
          service={editor.service}
          open={editor.open}
          onOpenChange={(open) => setEditor((e) => ({ ...e, open }))}
        />
      ) : null}
      <ConfirmDialog
        open={deletion.open}
        onOpenChange={(open) => setDeletion((d) => ({ ...d, open }))}
        title={t("deleteTitle")}
        description={t("deleteBody", { name: deleting?.name ?? "" })}
        confirmLabel={t("deleteConfirm")}
        pending={remove.isPending}
        onConfirm={() => deleting && remove.mutate({ workshopId, serviceId: deleting.id })}
      />
    </div>
  );
}
