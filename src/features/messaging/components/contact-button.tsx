"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { CheckCircle2, MessageCircle } from "lucide-react";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { z } from "zod";
import { FormError } from "@/components/forms/form-error";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Form, FormControl, FormField, FormItem, FormLabel } from "@/components/ui/form";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { useErrorMessage } from "@/hooks/use-error-message";
import { useMediaQuery } from "@/hooks/use-media-query";
import { useTRPC } from "@/trpc/react";
import { QUICK_MESSAGE_MAX_CHARS } from "../constants";
import { quickMessageBodySchema } from "../schemas";
import { newClientId } from "../sync";

/** Quick messages offered in the dialog (keys under `messaging.contact.templates`; seed 004's four). */
const QUICK_TEMPLATES = ["availability", "price", "quote", "details"] as const;
const NO_DIAGNOSIS = "none";

/** The dialog's fields: the message (the server's own rule) and which diagnosis to attach. */
const quickContactForm = z.object({ body: quickMessageBodySchema, diagnosis: z.string() });
type QuickValues = { body: string; diagnosis: string };

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
  const [clientId, setClientId] = useState(newClientId);
  const [sent, setSent] = useState<{ conversationId: string } | null>(null);
  const form = useForm<QuickValues, unknown, QuickValues>({
    resolver: zodResolver(quickContactForm),
    defaultValues: { body: "", diagnosis: diagnosisSessionId ?? NO_DIAGNOSIS },
  });
  const body = useWatch({ control: form.control, name: "body" });
  const history = useQuery(trpc.diagnosis.history.queryOptions({ limit: 10 }));
  const diagnoses = (history.data?.items ?? []).filter((s) => s.diagnosis);
  const start = useMutation(trpc.messaging.start.mutationOptions());

  const send = (openChat: boolean) =>
    form.handleSubmit(async (values) => {
      try {
        const result = await start.mutateAsync({
          workshopId: workshop.id,
          serviceId: service?.id,
          diagnosisSessionId: values.diagnosis === NO_DIAGNOSIS ? undefined : values.diagnosis,
          body: values.body,
          clientId,
          device: phone ? "mobile" : "desktop",
        });
        void queryClient.invalidateQueries({ queryKey: trpc.messaging.pathKey() });
        setClientId(newClientId());
        form.reset({ body: "", diagnosis: values.diagnosis });
        if (openChat) router.push(`/messages/${result.conversationId}`);
        else setSent({ conversationId: result.conversationId });
      } catch {
        // Shown below from `start.error`; the same client id makes a retry safe.
      }
    });

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
          <Form {...form}>
            <form className="flex flex-col gap-4" noValidate onSubmit={send(false)}>
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
                      onClick={() => form.setValue("body", t(`templates.${key}`), { shouldValidate: form.formState.isSubmitted })}
                    >
                      {t(`templateLabels.${key}`)}
                    </Button>
                  ))}
                </div>
              </fieldset>
              <TextField
                control={form.control}
                name="body"
                label={t("message")}
                multiline
                inputProps={{ maxLength: QUICK_MESSAGE_MAX_CHARS, placeholder: t("placeholder") }}
                description={<span className="tabular-nums">{t("count", { count: body.length, max: QUICK_MESSAGE_MAX_CHARS })}</span>}
              />
              {diagnoses.length > 0 && (
                <FormField
                  control={form.control}
                  name="diagnosis"
                  render={({ field }) => (
                    <FormItem>
                      <FormLabel>{t("attachDiagnosis")}</FormLabel>
                      <Select value={field.value} onValueChange={field.onChange} name={field.name}>
                        <FormControl>
                          <SelectTrigger className="w-full">
                            <SelectValue />
                          </SelectTrigger>
                        </FormControl>
                        <SelectContent>
                          <SelectItem value={NO_DIAGNOSIS}>{t("noDiagnosis")}</SelectItem>
                          {diagnoses.map((d) => (
                            <SelectItem key={d.id} value={d.id}>
                              {(d.title || t("untitled")).slice(0, 60)} · {tSeverity(d.diagnosis!.severity)}
                            </SelectItem>
                          ))}
                        </SelectContent>
                      </Select>
                    </FormItem>
                  )}
                />
              )}
              <FormError message={start.error ? errorMessage(start.error) : null} />
              <DialogFooter className="gap-2">
                <Button type="button" variant="outline" disabled={start.isPending || !body.trim()} onClick={send(true)}>
                  {t("sendAndOpen")}
                </Button>
                <Button type="submit" disabled={start.isPending || !body.trim()}>
                  {t("send")}
                </Button>
              </DialogFooter>
            </form>
          </Form>
        )}
      </DialogContent>
    </Dialog>
  );
}
