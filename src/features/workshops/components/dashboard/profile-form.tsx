"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Form } from "@/components/ui/form";
import { workshopProfileSchema, type WorkshopProfileInput } from "@/features/workshops/schemas";
import { useErrorMessage } from "@/hooks/use-error-message";
import { cn } from "@/lib/utils";
import { useTRPC } from "@/trpc/react";
import { ProfileLocation } from "./profile-location";
import { useInvalidateManagedWorkshop, type ManagedWorkshop } from "./use-managed-workshop";

type ProfileOutput = z.output<typeof workshopProfileSchema>;

function defaultsFrom(w: ManagedWorkshop): WorkshopProfileInput {
  return {
    name: w.name,
    description: w.description,
    address: w.address,
    postalCode: w.postalCode,
    city: w.city,
    lat: w.lat,
    lng: w.lng,
    phone: w.phone,
    email: w.email,
    website: w.website ?? "",
  };
}

function Section({ title, description, children }: { title: string; description?: string; children: React.ReactNode }) {
  return (
    <Card className="gap-5">
      <CardHeader>
        <CardTitle>
          <h2 className="text-base">{title}</h2>
        </CardTitle>
        {description ? <CardDescription>{description}</CardDescription> : null}
      </CardHeader>
      <CardContent className="grid gap-5">{children}</CardContent>
    </Card>
  );
}

/** The owner's editor of the workshop's public profile (validated with `workshopProfileSchema`). */
export function ProfileForm({ workshop }: { workshop: ManagedWorkshop }) {
  const t = useTranslations("dashboard.profile");
  const router = useRouter();
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const invalidate = useInvalidateManagedWorkshop(workshop.id);
  const form = useForm<WorkshopProfileInput, unknown, ProfileOutput>({
    resolver: zodResolver(workshopProfileSchema),
    defaultValues: defaultsFrom(workshop),
  });
  const save = useMutation(
    trpc.workshops.updateProfile.mutationOptions({
      onSuccess: async () => {
        toast.success(t("saved"));
        form.reset(form.getValues());
        await invalidate();
        // The sidebar's workshop name comes from the server layout.
        router.refresh();
      },
      onError: (error) => toast.error(errorMessage(error)),
    }),
  );
  const onSubmit = form.handleSubmit(
    (profile) => save.mutate({ workshopId: workshop.id, profile }),
    () => toast.error(t("fixErrors")),
  );
  const { control } = form;

  return (
    <Form {...form}>
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
        <Section title={t("sections.basics")} description={t("sections.basicsHint")}>
          <TextField control={control} name="name" label={t("fields.name")} inputProps={{ autoComplete: "organization", required: true }} />
          <TextField
            control={control}
            name="description"
            label={t("fields.description")}
            description={t("fields.descriptionHint")}
            multiline
            inputProps={{ maxLength: 2000 }}
          />
        </Section>
        <Section title={t("sections.address")}>
          <TextField
            control={control}
            name="address"
            label={t("fields.address")}
            inputProps={{ autoComplete: "street-address", required: true }}
          />
          <div className="grid gap-5 sm:grid-cols-[10rem_1fr]">
            <TextField
              control={control}
              name="postalCode"
              label={t("fields.postalCode")}
              inputProps={{ autoComplete: "postal-code", inputMode: "numeric", placeholder: "00-000", required: true }}
            />
            <TextField
              control={control}
              name="city"
              label={t("fields.city")}
              inputProps={{ autoComplete: "address-level2", required: true }}
            />
          </div>
          <ProfileLocation />
        </Section>
        <Section title={t("sections.contact")} description={t("sections.contactHint")}>
          <div className="grid gap-5 sm:grid-cols-2">
            <TextField
              control={control}
              name="phone"
              label={t("fields.phone")}
              inputProps={{ type: "tel", autoComplete: "tel", required: true }}
            />
            <TextField
              control={control}
              name="email"
              label={t("fields.email")}
              inputProps={{ type: "email", autoComplete: "email", required: true }}
            />
          </div>
          <TextField
            control={control}
            name="website"
            label={t("fields.website")}
            description={t("fields.websiteHint")}
            inputProps={{ type: "url", autoComplete: "url", placeholder: "https://" }}
          />
        </Section>
        <div
          className={cn(
            "flex items-center justify-end gap-3",
            // On phones the bar sticks to the bottom while there is something to save.
            form.formState.isDirty &&
              "sticky bottom-0 z-10 -mx-4 border-t bg-background/95 px-4 py-3 backdrop-blur md:static md:mx-0 md:border-0 md:bg-transparent md:p-0",
          )}
        >
          <p aria-live="polite" className="me-auto text-sm text-muted-foreground">
            {form.formState.isDirty ? t("unsaved") : ""}
          </p>
          <Button type="button" variant="ghost" disabled={!form.formState.isDirty || save.isPending} onClick={() => form.reset()}>
            {t("discard")}
          </Button>
          <Button type="submit" disabled={save.isPending}>
            {save.isPending ? t("saving") : t("save")}
          </Button>
        </div>
      </form>
    </Form>
  );
}
