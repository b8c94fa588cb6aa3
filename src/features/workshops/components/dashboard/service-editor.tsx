"use client";

import { useTranslations } from "next-intl";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle } from "@/components/ui/sheet";
import { ServiceForm } from "./service-form";
import { useMediaQuery } from "@/hooks/use-media-query";
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
  const tc = useTranslations("common");
  const wide = useMediaQuery("(min-width: 768px)");
  const title = service ? t("editTitle") : t("addTitle");
  const form = <ServiceForm key={service?.id ?? "new"} workshopId={workshopId} service={service} onDone={() => onOpenChange(false)} />;

  if (wide) {
    return (
      <Dialog open={open} onOpenChange={onOpenChange}>
        <DialogContent closeLabel={tc("close")} className="max-h-[90dvh] overflow-y-auto sm:max-w-xl">
          <DialogHeader>
            <DialogTitle>{title}</DialogTitle>
            <DialogDescription>{t("editorHint")}</DialogDescription>
          </DialogHeader>
          {form}
        </DialogContent>
      </Dialog>
    );
  }
  return (
    <Sheet open={open} onOpenChange={onOpenChange}>
      <SheetContent side="bottom" closeLabel={tc("close")} className="max-h-[92dvh] gap-0 overflow-y-auto rounded-t-xl">
        <SheetHeader>
          <SheetTitle>{title}</SheetTitle>
          <SheetDescription>{t("editorHint")}</SheetDescription>
        </SheetHeader>
        <div className="px-4 pb-6">{form}</div>
      </SheetContent>
    </Sheet>
  );
}
