"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { CheckCircle2, MessageCircle } from "lucide-react";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormError } from "@/components/forms/form-error";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { useErrorMessage } from "@/hooks/use-error-message";
import { useMediaQuery } from "@/hooks/use-media-query";
import { cn } from "@/lib/utils";
import { useTRPC } from "@/trpc/react";
import { QUICK_MESSAGE_MAX_CHARS } from "../constants";
import { newClientId } from "../sync";

/** Quick messages offered in the dialog (keys under `messaging.contact.templates`; seed 004's four). */
const QUICK_TEMPLATES = ["availability", "price", "quote", "details"] as const;
const NO_DIAGNOSIS = "none";

type ContactProps = {
  workshop: { id: string; name: string; slug: string };
  service?: { id: string; name: string };
  /** The signed-in person's role; null when signed out. */
  viewerRole: "customer" | "provider" | "admin" | null;
  /** A smaller, quieter button (per service). */
  compact?: boolean;
  className?: string;
};

/**
 * "Contact" on a workshop's page (and on each service). Signed out: to sign-in, coming back with the
 * dialog open. Customers: the quick-contact dialog. Staff and admins don't start conversations, so
 * they see nothing. `?contact=1` (and `&service=<id>`, `&diagnosis=<sessionId>`) opens it on arrival.
 */
export function ContactButton({ workshop, service, viewerRole, compact, className }: ContactProps) {
  const t = useTranslations("messaging.contact");
  const pathname = usePathname();
  const params = useSearchParams();
  // Back from sign-in with `?contact=1`: the dialog the person asked for is open on arrival.
  const wanted = params.get("contact") === "1" && (params.get("service") ?? undefined) === service?.id;
  const [open, setOpen] = useState(() => wanted && viewerRole === "customer");

  if (viewerRole === "provider" || viewerRole === "admin") return null;
  const label = compact ? t("ask") : t("button");
  const icon = <MessageCircle aria-hidden className="size-4" />;
  const variant = compact ? "outline" : "default";
  const size = compact ? "sm" : "default";
  if (!viewerRole) {
    const back = new URLSearchParams({ contact: "1", ...(service ? { service: service.id } : {}) });
    const href = `/sign-in?callbackUrl=${encodeURIComponent(`${pathname}?${back.toString()}`)}`;
    return (
      <Button asChild variant={variant} size={size} className={className}>
        <Link href={href} aria-label={service ? t("askAbout", { service: service.name }) : undefined}>
          {icon} {label}
        </Link>
      </Button>
    );
  }
  return (
    <>
      <Button
        variant={variant}
        size={size}
        className={className}
        onClick={() => setOpen(true)}
        aria-label={service ? t("askAbout", { service: service.name }) : undefined}
      >
        {icon} {label}
      </Button>
      {open && (
        <QuickContactDialog
          open={open}
          onOpenChange={setOpen}
          workshop={workshop}
          service={service}
          diagnosisSessionId={params.get("diagnosis") ?? undefined}
        />
      )}
    </>
  );
}

/**
 * The quick-contact dialog (seed 004): template chips, a 500-character message with a counter,
 * optionally one of the customer's diagnoses attached, Send — then a way into the full chat.
 */
export function QuickContactDialog({
  open,
  onOpenChange,
  workshop,
  service,
  diagnosisSessionId,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  workshop: { id: string; name: string };
  service?: { id: string; name: string };
  diagnosisSessionId?: string;
}) {
  const t = useTranslations("messaging.contact");
  const tc = useTranslations("common");
  const tSeverity = useTranslations("diagnosis.card.severity");
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const phone = useMediaQuery("(max-width: 640px)");
  const [body, setBody] = useState("");
  const [clientId, setClientId] = useState(newClientId);
  const [diagnosis, setDiagnosis] = useState(diagnosisSessionId ?? NO_DIAGNOSIS);
  const [sent, setSent] = useState<{ conversationId: string } | null>(null);
  const history = useQuery(trpc.diagnosis.history.queryOptions({ limit: 10 }));
  const diagnoses = (history.data?.items ?? []).filter((s) => s.diagnosis);
  const start = useMutation(trpc.messaging.start.mutationOptions());
  const tooLong = body.length > QUICK_MESSAGE_MAX_CHARS;

  const send = async (openChat: boolean) => {
    if (!body.trim() || tooLong) return;
    try {
      const result = await start.mutateAsync({
        workshopId: workshop.id,
        serviceId: service?.id,
        diagnosisSessionId: diagnosis === NO_DIAGNOSIS ? undefined : diagnosis,
        body,
        clientId,
        device: phone ? "mobile" : "desktop",
      });
      void queryClient.invalidateQueries({ queryKey: trpc.messaging.pathKey() });
      setClientId(newClientId());
      setBody("");
      if (openChat) router.push(`/messages/${result.conversationId}`);
      else setSent({ conversationId: result.conversationId });
    } catch {
      // Shown below from `start.error`; the same client id makes a retry safe.
    }
  };

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent closeLabel={tc("close")} className="max-h-[92dvh] overflow-y-auto sm:max-w-lg" data-testid="quick-contact">
        <DialogHeader>
          <DialogTitle>{t("title", { workshop: workshop.name })}</DialogTitle>
          <DialogDescription>{service ? t("aboutService", { service: service.name }) : t("description")}</DialogDescription>
        </DialogHeader>
        {sent ? (
          <div className="flex flex-col items-center gap-3 py-4 text-center" role="status">
            <CheckCircle2 aria-hidden className="size-10 text-emerald-600" />
            <p className="font-medium">{t("sent", { workshop: workshop.name })}</p>
            <p className="text-sm text-muted-foreground">{t("sentHelp")}</p>
            <div className="flex gap-2">
              <Button variant="outline" onClick={() => onOpenChange(false)}>
                {tc("close")}
              </Button>
              <Button asChild>
                <Link href={`/messages/${sent.conversationId}`}>{t("openChat")}</Link>
              </Button>
            </div>
          </div>
        ) : (
          <form
            className="flex flex-col gap-4"
            onSubmit={(e) => {
              e.preventDefault();
              void send(false);
            }}
          >
            <fieldset className="flex flex-col gap-2">
              <legend className="mb-1 text-sm font-medium">{t("quickMessages")}</legend>
              <div className="flex flex-wrap gap-2">
                {QUICK_TEMPLATES.map((key) => (
                  <Button
                    key={key}
                    type="button"
                    variant="outline"
                    size="sm"
                    className="h-auto py-1 whitespace-normal"
                    onClick={() => setBody(t(`templates.${key}`))}
                  >
                    {t(`templateLabels.${key}`)}
                  </Button>
                ))}
              </div>
            </fieldset>
            <div className="flex flex-col gap-1">
              <Label htmlFor="quick-contact-body">{t("message")}</Label>
              <Textarea
                id="quick-contact-body"
                value={body}
                onChange={(e) => setBody(e.target.value)}
                rows={4}
                placeholder={t("placeholder")}
                aria-invalid={tooLong}
                aria-describedby="quick-contact-count"
              />
              <span
                id="quick-contact-count"
                className={cn("self-end text-xs tabular-nums", tooLong ? "text-destructive" : "text-muted-foreground")}
                aria-live="polite"
              >
                {t("count", { count: body.length, max: QUICK_MESSAGE_MAX_CHARS })}
              </span>
            </div>
            {diagnoses.length > 0 && (
              <div className="flex flex-col gap-1">
                <Label htmlFor="quick-contact-diagnosis">{t("attachDiagnosis")}</Label>
                <Select value={diagnosis} onValueChange={setDiagnosis}>
                  <SelectTrigger id="quick-contact-diagnosis" className="w-full">
                    <SelectValue />
                  </SelectTrigger>
                  <SelectContent>
                    <SelectItem value={NO_DIAGNOSIS}>{t("noDiagnosis")}</SelectItem>
                    {diagnoses.map((d) => (
                      <SelectItem key={d.id} value={d.id}>
                        {(d.title || t("untitled")).slice(0, 60)} · {tSeverity(d.diagnosis!.severity)}
                      </SelectItem>
                    ))}
                  </SelectContent>
                </Select>
              </div>
            )}
            <FormError message={start.error ? errorMessage(start.error) : null} />
            <DialogFooter className="gap-2">
              <Button type="button" variant="outline" disabled={start.isPending || !body.trim() || tooLong} onClick={() => void send(true)}>
                {t("sendAndOpen")}
              </Button>
              <Button type="submit" disabled={start.isPending || !body.trim() || tooLong}>
                {t("send")}
              </Button>
            </DialogFooter>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
