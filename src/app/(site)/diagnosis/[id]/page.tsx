import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { z } from "zod";
import { env } from "@/env";
import { DiagnosisAssistant } from "@/features/diagnosis";
import { providerKind } from "@/server/ai";
import { HydrateClient, getQueryClient, serverCaller, trpc } from "@/trpc/server";

const load = cache(async (sessionId: string) => {
  if (!z.uuid().safeParse(sessionId).success) return null;
  try {
    return await (await serverCaller()).diagnosis.byId({ sessionId });
  } catch (error) {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") return null;
    throw error;
  }
});

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [t, view] = await Promise.all([getTranslations("diagnosis"), load((await params).id)]);
  return { title: view?.session.title ? `${view.session.title} — ${t("title")}` : t("title") };
}

/** One diagnosis session, reopened (its customer, or the guest whose browser started it). */
export default async function DiagnosisSessionPage({ params }: Props) {
  const [t, view] = await Promise.all([getTranslations("diagnosis"), load((await params).id)]);
  if (!view) notFound();
  getQueryClient().setQueryData(trpc.diagnosis.byId.queryKey({ sessionId: view.session.id }), view);
  const vehicle = view.session.vehicle;
  return (
    <HydrateClient>
      <div className="mx-auto flex w-full max-w-3xl flex-col gap-6 px-4 py-6 sm:py-10">
        <header className="flex flex-col gap-1">
          <Link href="/diagnosis" className="text-sm text-primary underline-offset-4 hover:underline">
            {t("back")}
          </Link>
          <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
          {vehicle && <p className="text-muted-foreground">{[vehicle.make, vehicle.model, vehicle.year].filter(Boolean).join(" ")}</p>}
        </header>
        <DiagnosisAssistant view={view} vehicles={[]} workshop={view.session.workshop} provider={providerKind(env)} />
      </div>
    </HydrateClient>
  );
}
