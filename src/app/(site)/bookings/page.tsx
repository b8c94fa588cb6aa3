import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { MyBookings } from "@/features/bookings";
import { auth } from "@/server/auth";
import { HydrateClient, prefetch, trpc } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("bookings.mine");
  return { title: t("title") };
}

/** The customer's visits; customers only (the proxy redirects everyone else). */
export default async function BookingsPage() {
  const session = await auth();
  if (!session?.user) redirect("/sign-in?callbackUrl=/bookings");
  await prefetch(trpc.bookings.mine.queryOptions({ when: "upcoming" }));
  return (
    <HydrateClient>
      <MyBookings userId={session.user.id} />
    </HydrateClient>
  );
}
