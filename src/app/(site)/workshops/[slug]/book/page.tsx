import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { BookingFlow } from "@/features/bookings";
import { auth } from "@/server/auth";
import { getQueryClient, HydrateClient, trpc } from "@/trpc/server";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ diagnosis?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("bookings.flow");
  return { title: t("title") };
}

/** Booking a visit at a workshop; open to guests (booking itself asks them to sign in). Unknown or inactive workshop → 404. */
export default async function BookPage({ params, searchParams }: Props) {
  const [{ slug }, { diagnosis }, session] = await Promise.all([params, searchParams, auth()]);
  const diagnosisSessionId = diagnosis && /^[0-9a-f-]{36}$/i.test(diagnosis) ? diagnosis : undefined;
  try {
    await getQueryClient().fetchQuery({
      ...trpc.bookings.page.queryOptions({ slug, ...(diagnosisSessionId ? { diagnosisSessionId } : {}) }),
      retry: false,
    });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
  return (
    <HydrateClient>
      <Suspense>
        <BookingFlow slug={slug} viewerRole={session?.user.role ?? null} />
      </Suspense>
    </HydrateClient>
  );
}
