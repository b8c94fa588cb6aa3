import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { CustomerBooking } from "@/features/bookings";
import { auth } from "@/server/auth";
import { getQueryClient, HydrateClient, trpc } from "@/trpc/server";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("bookings.detail");
  return { title: t("title") };
}

/** One of the customer's bookings (also the confirmation page after booking). Anyone else's → 404. */
export default async function BookingPage({ params }: Props) {
  const [{ id }, session] = await Promise.all([params, auth()]);
  if (!session?.user) redirect(`/sign-in?callbackUrl=/bookings/${id}`);
  try {
    await getQueryClient().fetchQuery({ ...trpc.bookings.byId.queryOptions({ bookingId: id }), retry: false });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
  return (
    <HydrateClient>
      <Suspense>
        <CustomerBooking bookingId={id} userId={session.user.id} />
      </Suspense>
    </HydrateClient>
  );
}
