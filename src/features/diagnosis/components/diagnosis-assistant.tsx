"use client";

import { useMutation } from "@tanstack/react-query";
import { Bot, CloudOff, Sparkles } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { FormError } from "@/components/forms/form-error";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { useErrorMessage } from "@/hooks/use-error-message";
import { useTRPC, type RouterOutputs } from "@/trpc/react";
import { MESSAGE_MAX_CHARS } from "../constants";
import type { StartSessionInput } from "../schemas";
import type { AiProviderKind } from "../types";
import { DiagnosisChat } from "./diagnosis-chat";

type View = RouterOutputs["diagnosis"]["byId"];
export type GarageChoice = { id: string; label: string; isDefault: boolean };

const OTHER = "other";
const EXAMPLES = ["brakes", "misfire", "noStart"] as const;

/**
 * The AI mechanic's page: with no session yet, the customer picks a vehicle (garage or typed) and
 * describes the problem; the session starts (`diagnosis.start`), the URL becomes /diagnosis/<id> and
 * the chat takes over, sending that first message. With a session, the chat right away.
 */
export function DiagnosisAssistant({
  view,
  vehicles,
  workshop,
  provider,
}: {
  view: View | null;
  vehicles: GarageChoice[];
  workshop: { slug: string; name: string } | null;
  provider: AiProviderKind;
}) {
  const t = useTranslations("diagnosis.start");
  const tc = useTranslations("diagnosis.chat");
  const locale = useLocale() as "pl" | "en";
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const [started, setStarted] = useState<{ view: View; firstMessage: string } | null>(null);
  const [vehicleChoice, setVehicleChoice] = useState(vehicles.find((v) => v.isDefault)?.id ?? vehicles[0]?.id ?? OTHER);
  const [typed, setTyped] = useState({ make: "", model: "", year: "" });
  const [problem, setProblem] = useState("");
  const start = useMutation(trpc.diagnosis.start.mutationOptions());

  if (view || started) {
    const current = view ?? started!.view;
    return <DiagnosisChat view={current} firstMessage={started?.firstMessage} provider={provider} />;
  }

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const text = problem.trim();
    if (!text || text.length > MESSAGE_MAX_CHARS) return;
    const input: StartSessionInput = { locale, workshopSlug: workshop?.slug };
    let vehicle: View["session"]["vehicle"] = null;
    if (vehicleChoice !== OTHER) input.vehicleId = vehicleChoice;
    else if (typed.make.trim() && typed.model.trim()) {
      const year = Number(typed.year);
      input.vehicle = { make: typed.make.trim(), model: typed.model.trim(), ...(Number.isInteger(year) && year > 1950 ? { year } : {}) };
      vehicle = input.vehicle;
    }
    start.mutate(input, {
      onSuccess: ({ sessionId }) => {
        window.history.replaceState(null, "", `/diagnosis/${sessionId}`);
        setStarted({
          firstMessage: text,
          view: {
            session: { id: sessionId, status: "active", title: text, vehicle, locale, createdAt: new Date(), escalated: false, workshop },
            messages: [],
            streaming: false,
            feedback: null,
          },
        });
      },
    });
  };

  return (
    <form onSubmit={submit} className="flex flex-col gap-5" aria-labelledby="start-heading">
      <div className="flex items-start gap-3">
        <span aria-hidden className="flex size-10 shrink-0 items-center justify-center rounded-full bg-primary/10 text-primary">
          <Bot className="size-5" />
        </span>
        <div>
          <h2 id="start-heading" className="font-semibold">
            {t("heading")}
          </h2>
          <p className="text-sm text-muted-foreground">{workshop ? t("fromWorkshop", { name: workshop.name }) : t("intro")}</p>
        </div>
      </div>
      {provider === "offline" && (
        <p className="flex items-center gap-2 text-sm text-muted-foreground" data-testid="offline-mode">
          <CloudOff aria-hidden className="size-4 shrink-0" /> {tc("offlineMode")}
        </p>
      )}
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-2 text-sm font-medium">{t("vehicle")}</legend>
        {vehicles.length > 0 && (
          <Select value={vehicleChoice} onValueChange={setVehicleChoice}>
            <SelectTrigger aria-label={t("vehicle")} className="w-full sm:w-96">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              {vehicles.map((v) => (
                <SelectItem key={v.id} value={v.id}>
                  {v.label}
                </SelectItem>
              ))}
              <SelectItem value={OTHER}>{t("otherVehicle")}</SelectItem>
            </SelectContent>
          </Select>
        )}
        {vehicleChoice === OTHER && (
          <div className="grid grid-cols-2 gap-3 sm:grid-cols-[1fr_1fr_7rem]">
            <div className="flex flex-col gap-1.5">
              <Label htmlFor="vehicle-make">{t("make")}</Label>
              <Input id="vehicle-make" value={typed.make} maxLength={60} onChange={(e) => setTyped({ ...typed, make: e.target.value })} />
            </div>
            <div className="flex flex-col gap-1.5">
              <Label htmlFor="vehicle-model">{t("model")}</Label>
              <Input
                id="vehicle-model"
                value={typed.model}
                maxLength={60}
                onChange={(e) => setTyped({ ...typed, model: e.target.value })}
              />
            </div>
            <div className="col-span-2 flex flex-col gap-1.5 sm:col-span-1">
              <Label htmlFor="vehicle-year">{t("year")}</Label>
              <Input
                id="vehicle-year"
                inputMode="numeric"
                value={typed.year}
                maxLength={4}
                onChange={(e) => setTyped({ ...typed, year: e.target.value.replace(/\D/g, "") })}
              />
            </div>
          </div>
        )}
      </fieldset>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="problem">{t("problem")}</Label>
        <Textarea
          id="problem"
          value={problem}
          onChange={(e) => setProblem(e.target.value)}
          rows={4}
          placeholder={t("placeholder")}
          aria-describedby="problem-hint"
        />
        <span id="problem-hint" className="text-xs text-muted-foreground">
          {t("hint", { count: problem.length, max: MESSAGE_MAX_CHARS })}
        </span>
      </div>
      <div className="flex flex-wrap gap-2" aria-label={t("examples")}>
        {EXAMPLES.map((key) => (
          <Button
            key={key}
            type="button"
            variant="outline"
            size="sm"
            className="h-auto max-w-full shrink py-1.5 text-left whitespace-normal"
            onClick={() => setProblem(t(`example.${key}`))}
          >
            <Sparkles aria-hidden className="size-3.5" /> {t(`example.${key}`)}
          </Button>
        ))}
      </div>
      <FormError message={start.error ? errorMessage(start.error) : null} />
      <Button type="submit" disabled={start.isPending || !problem.trim() || problem.length > MESSAGE_MAX_CHARS} className="self-start">
        {t("submit")}
      </Button>
    </form>
  );
}
