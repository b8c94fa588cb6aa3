import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { GaragePage } from "@/features/garage";
import { HydrateClient, prefetch, trpc } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("garage");
  return { title: t("title") };
}

/** The customer's garage; customers only (the proxy redirects everyone else). */
export default async function Page() {
  await prefetch(trpc.garage.list.queryOptions());
  return (
    <HydrateClient>
      <GaragePage />
    </HydrateClient>
  );
}
