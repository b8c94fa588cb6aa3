import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { DashboardShell, NoWorkshop } from "@/features/workshops";
import { auth } from "@/server/auth";
import { serverCaller } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard");
  return { title: t("area") };
}

/** Opens the first workshop the person works at, or explains that there is none yet. */
export default async function DashboardPage() {
  const [session, workshops] = await Promise.all([auth(), serverCaller().then((caller) => caller.workshops.mine())]);
  const first = workshops[0];
  if (first) redirect(`/dashboard/${first.id}`);
  return (
    <DashboardShell user={session?.user ?? null} workshops={[]}>
      <NoWorkshop />
    </DashboardShell>
  );
}
