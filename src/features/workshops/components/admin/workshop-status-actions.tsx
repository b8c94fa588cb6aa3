"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Ban, Check, RotateCcw, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { ConfirmDialog } from "@/components/layout/confirm-dialog";
import { Button } from "@/components/ui/button";
import { useErrorMessage } from "@/hooks/use-error-message";
import { cn } from "@/lib/utils";
import { useTRPC } from "@/trpc/react";
import type { WorkshopStatus } from "./admin-workshop-filters";

type Decision = "active" | "rejected" | "suspended";
type Action = { key: "approve" | "reject" | "suspend" | "reinstate"; to: Decision; icon: React.ReactNode; confirm: boolean };

const approve: Action = { key: "approve", to: "active", icon: <Check />, confirm: false };
const reject: Action = { key: "reject", to: "rejected", icon: <X />, confirm: true };
const suspend: Action = { key: "suspend", to: "suspended", icon: <Ban />, confirm: true };
const reinstate: Action = { key: "reinstate", to: "active", icon: <RotateCcw />, confirm: false };

/** What an admin may do with a workshop in each status. */
const actionsFor: Record<WorkshopStatus, Action[]> = {
  pending: [approve, reject],
  active: [suspend],
  suspended: [reinstate],
  rejected: [reinstate],
};

/**
 * The status decisions for one workshop (approve, reject, suspend, reinstate) through
 * `workshops.setStatus`; rejecting and suspending ask first.
 */
export function WorkshopStatusActions({
  workshop,
  className,
}: {
  workshop: { id: string; name: string; status: WorkshopStatus };
  className?: string;
}) {
  const t = useTranslations("admin.workshops.actions");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const [confirming, setConfirming] = useState<{ open: boolean; action: Action | null }>({ open: false, action: null });
  const setStatus = useMutation(
    trpc.workshops.setStatus.mutationOptions({
      onSuccess: async (_row, { status }) => {
        await queryClient.invalidateQueries(trpc.workshops.adminList.pathFilter());
        toast.success(t(`done.${status}`, { name: workshop.name }));
        setConfirming((c) => ({ ...c, open: false }));
      },
      onError: (error) => toast.error(errorMessage(error)),
    }),
  );
  const run = (action: Action) => setStatus.mutate({ workshopId: workshop.id, status: action.to });
  const action = confirming.action;

  return (
    <div className={cn("flex flex-wrap gap-2", className)}>
      {actionsFor[workshop.status].map((a) => (
        <Button
          key={a.key}
          size="sm"
          variant={a.key === "approve" ? "default" : "outline"}
          className={cn(
            (a.key === "reject" || a.key === "suspend") && "text-red-700 hover:text-red-800 dark:text-red-300 dark:hover:text-red-200",
          )}
          disabled={setStatus.isPending}
          onClick={() => (a.confirm ? setConfirming({ open: true, action: a }) : run(a))}
          aria-label={t(`${a.key}Named`, { name: workshop.name })}
        >
          <span aria-hidden className="contents">
            {a.icon}
          </span>
          {t(a.key)}
        </Button>
      ))}
      <ConfirmDialog
        open={confirming.open}
        onOpenChange={(open) => setConfirming((c) => ({ ...c, open }))}
        title={action ? t(`${action.key}Title`, { name: workshop.name }) : ""}
        description={action ? t(`${action.key}Body`) : ""}
        confirmLabel={action ? t(action.key) : ""}
        pending={setStatus.isPending}
        onConfirm={() => action && run(action)}
      />
    </div>
  );
}
