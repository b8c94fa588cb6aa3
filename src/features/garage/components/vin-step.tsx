"use client";

import { useQueryClient } from "@tanstack/react-query";
import { Loader2, ScanLine } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useErrorMessage } from "@/hooks/use-error-message";
import { useTRPC } from "@/trpc/react";
import type { VinDecodeResult } from "../types";
import { normalizeVin, vinProblem } from "../vin";
import { VinHints } from "./vin-hints";

/**
 * First step of adding a vehicle: the VIN with live hints and "Decode". Malformed VINs are caught
 * here before asking the server; the server's answer (decoded, partial or undecodable) goes to
 * `onDecoded`, and "I don't have the VIN" to `onSkip`.
 */
export function VinStep({
  value,
  onChange,
  onDecoded,
  onSkip,
}: {
  value: string;
  onChange: (value: string) => void;
  onDecoded: (result: VinDecodeResult) => void;
  onSkip: () => void;
}) {
  const t = useTranslations("garage.vin");
  const errorMessage = useErrorMessage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const id = useId();
  const ids = { input: `${id}-vin`, description: `${id}-desc`, count: `${id}-count`, hints: `${id}-hints`, error: `${id}-error` };

  async function decode(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const vin = normalizeVin(value);
    const problem = vin === "" ? "required" : vinProblem(vin);
    if (problem) {
      setError(errorMessage(`validation.vin.${problem}`));
      return;
    }
    setError(null);
    setPending(true);
    try {
      const result = await queryClient.fetchQuery({ ...trpc.garage.decodeVin.queryOptions({ vin }), staleTime: Infinity });
      onDecoded(result);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={decode} noValidate className="grid gap-4">
      <div className="grid gap-2">
        <Label htmlFor={ids.input}>{t("label")}</Label>
        <Input
          id={ids.input}
          name="vin"
          value={value}
          onChange={(e) => {
            onChange(e.target.value);
            if (error) setError(null);
          }}
          placeholder={t("placeholder")}
          autoComplete="off"
          autoCapitalize="characters"
          autoCorrect="off"
          spellCheck={false}
          maxLength={32}
          className="font-mono tracking-wider uppercase placeholder:normal-case placeholder:tracking-normal"
          aria-invalid={error ? true : undefined}
          aria-describedby={[ids.description, ids.count, ids.hints, error ? ids.error : null].filter(Boolean).join(" ")}
        />
        <p id={ids.description} className="text-sm text-muted-foreground">
          {t("description")}
        </p>
        <VinHints value={value} countId={ids.count} hintsId={ids.hints} quiet={error !== null} />
        {error && (
          <p id={ids.error} role="alert" className="text-sm text-destructive">
            {error}
          </p>
        )}
      </div>
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:items-center sm:justify-between">
        <Button type="button" variant="link" className="px-0" onClick={onSkip} disabled={pending}>
          {t("noVin")}
        </Button>
        <Button type="submit" disabled={pending} aria-busy={pending || undefined}>
          {pending ? <Loader2 className="animate-spin" aria-hidden /> : <ScanLine aria-hidden />}
          {pending ? t("decoding") : t("decode")}
        </Button>
      </div>
    </form>
  );
}
