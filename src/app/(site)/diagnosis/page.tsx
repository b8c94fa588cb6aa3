import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { env } from "@/env";
import { DiagnosisAssistant, DiagnosisHistory } from "@/features/diagnosis";
import { providerKind } from "@/server/ai";
import { HydrateClient, serverCaller } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("diagnosis");
  return { title: t("title"), description: t("lead") };
}

type Props = { searchParams: Promise<{ workshop?: string }> };

/** The AI mechanic: start a diagnosis (guests too); customers also see their past sessions. */
export default async function DiagnosisPage({ searchParams }: Props) {
  const [t, caller, { workshop: workshopSlug }] = await Promise.all([getTranslations("diagnosis"), serverCaller(), searchParams]);
  const me = await caller.accounts.me().catch(() => null);
  const isCustomer = me?.role === "customer";
  const [vehicles, workshop] = await Promise.all([
    isCustomer ? caller.garage.list() : Promise.resolve([]),
    workshopSlug ? caller.workshops.bySlug({ slug: workshopSlug }).catch(() => null) : Promise.resolve(null),
  ]);
  return (
    <HydrateClient>
      <div className="mx-auto flex w-full max-w-3xl flex-col gap-8 px-4 py-6 sm:py-10">
        <header className="flex flex-col gap-2">
          <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
          <p className="text-muted-foreground">{t("lead")}</p>
        </header>
        <DiagnosisAssistant
          view={null}
          vehicles={vehicles.map((v) => ({
            id: v.id,
            label: [v.nickname, `${v.make} ${v.model} ${v.year}`].filter(Boolean).join(" — "),
            isDefault: v.isDefault,
          }))}
          workshop={workshop ? { slug: workshop.slug, name: workshop.name } : null}
          provider={providerKind(env)}
        />
        {isCustomer && <DiagnosisHistory />}
      </div>
    </HydrateClient>
  );
}
