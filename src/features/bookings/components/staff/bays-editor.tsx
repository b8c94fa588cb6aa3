"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Switch } from "@/components/ui/switch";
import { useErrorMessage } from "@/hooks/use-error-message";
import { cn } from "@/lib/utils";
import { useTRPC } from "@/trpc/react";
import { BOOKING_LIMITS } from "../../constants";
import { useInvalidateBookings } from "./use-bookings-cache";

type Bay = { id: string; name: string; active: boolean };

function useInvalidateSettings(workshopId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const bookings = useInvalidateBookings();
  return async () => {
    await Promise.all([queryClient.invalidateQueries({ queryKey: trpc.bookings.staff.settings.queryKey({ workshopId }) }), bookings()]);
  };
}

/** One bay: its name (renamed with Save) and whether it takes bookings; the server's refusal shows under it. */
function BayRow({ workshopId, bay, readOnly }: { workshopId: string; bay: Bay; readOnly: boolean }) {
  const t = useTranslations("calendar.settings.bays");
  const id = useId();
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const invalidate = useInvalidateSettings(workshopId);
  const [name, setName] = useState(bay.name);
  const [error, setError] = useState<{ message: string; renaming: boolean } | null>(null);
  const update = useMutation(
    trpc.bookings.staff.updateBay.mutationOptions({
      onSuccess: async (_, input) => {
        setError(null);
        await invalidate();
        toast.success(
          input.active !== bay.active
            ? t(input.active ? "activated" : "deactivated", { name: input.name })
            : t("renamed", { name: input.name }),
        );
      },
      onError: (e, input) => setError({ message: errorMessage(e), renaming: input.active === bay.active }),
    }),
  );
  const renamed = name.trim() !== bay.name;
  return (
    <li className="grid gap-2 py-3">
      <form
        className="flex flex-wrap items-center gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          if (renamed) update.mutate({ workshopId, bayId: bay.id, name: name.trim(), active: bay.active });
        }}
      >
        <Label htmlFor={`${id}-name`} className="sr-only">
          {t("nameOf", { name: bay.name })}
        </Label>
        <Input
          id={`${id}-name`}
          value={name}
          maxLength={40}
          disabled={readOnly}
          onChange={(e) => setName(e.target.value)}
          aria-invalid={error?.renaming ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className="min-w-0 flex-1 basis-40"
        />
        {renamed && !readOnly ? (
          <Button type="submit" size="sm" disabled={update.isPending || !name.trim()}>
            {t("rename")}
          </Button>
        ) : null}
        <div className="flex items-center gap-2">
          <Switch
            id={`${id}-active`}
            checked={bay.active}
            disabled={readOnly || update.isPending}
            onCheckedChange={(active) => update.mutate({ workshopId, bayId: bay.id, name: bay.name, active })}
            aria-describedby={error ? `${id}-error` : undefined}
          />
          <Label htmlFor={`${id}-active`} className={cn("w-24 font-normal", !bay.active && "text-muted-foreground")}>
            {bay.active ? t("active") : t("inactive")}
            <span className="sr-only">: {bay.name}</span>
          </Label>
        </div>
      </form>
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-destructive">
          {error.message}
        </p>
      ) : null}
    </li>
  );
}

/** The workshop's bays: each holds one car at a time, so how many are active is its capacity. */
export function BaysEditor({ workshopId, bays, readOnly }: { workshopId: string; bays: Bay[]; readOnly: boolean }) {
  const t = useTranslations("calendar.settings.bays");
  const id = useId();
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const invalidate = useInvalidateSettings(workshopId);
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  const create = useMutation(
    trpc.bookings.staff.createBay.mutationOptions({
      onSuccess: async (_, input) => {
        setName("");
        setError(null);
        await invalidate();
        toast.success(t("added", { name: input.name }));
      },
      onError: (e) => setError(errorMessage(e)),
    }),
  );
  return (
    <div className="grid gap-2">
      {bays.length === 0 ? <p className="text-sm text-muted-foreground">{t("empty")}</p> : null}
      <ul className="divide-y">
        {bays.map((bay) => (
          <BayRow key={`${bay.id}:${bay.name}`} workshopId={workshopId} bay={bay} readOnly={readOnly} />
        ))}
      </ul>
      {!readOnly ? (
        <form
          className="grid gap-2 border-t pt-4"
          onSubmit={(e) => {
            e.preventDefault();
            if (name.trim()) create.mutate({ workshopId, name: name.trim() });
            else setError(t("nameRequired"));
          }}
        >
          <Label htmlFor={`${id}-new`}>{t("newName")}</Label>
          <div className="flex gap-2">
            <Input
              id={`${id}-new`}
              value={name}
              maxLength={40}
              placeholder={t("placeholder", { n: bays.length + 1 })}
              onChange={(e) => setName(e.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-new-error` : undefined}
              className="min-w-0 flex-1"
            />
            <Button type="submit" variant="outline" disabled={create.isPending || bays.length >= BOOKING_LIMITS.maxBays}>
              <Plus aria-hidden />
              {t("add")}
            </Button>
          </div>
          {error ? (
            <p id={`${id}-new-error`} role="alert" className="text-sm text-destructive">
              {error}
            </p>
          ) : null}
        </form>
      ) : null}
    </div>
  );
}
