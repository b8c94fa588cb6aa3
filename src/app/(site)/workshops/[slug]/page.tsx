import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache, Suspense } from "react";
import { BookButton } from "@/features/bookings";
import { ContactButton } from "@/features/messaging";
import { WorkshopProfile } from "@/features/workshops";
import { auth } from "@/server/auth";
import { serverCaller } from "@/trpc/server";

const load = cache(async (slug: string) => {
  try {
    return await (await serverCaller()).workshops.bySlug({ slug });
  } catch (error) {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") return null;
    throw error;
  }
});

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const workshop = await load((await params).slug);
  if (!workshop) return {};
  return { title: `${workshop.name} — ${workshop.city}`, description: workshop.description.slice(0, 160) || undefined };
}

export default async function WorkshopPage({ params }: Props) {
  const [workshop, session] = await Promise.all([load((await params).slug), auth()]);
  if (!workshop) notFound();
  // ISO weekday "today" in the workshop's own time zone.
  const weekday = new Intl.DateTimeFormat("en-GB", { weekday: "short", timeZone: workshop.timeZone }).format(new Date());
  const today = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].indexOf(weekday) + 1;
  const contactable = workshop.status === "active";
  return (
    <WorkshopProfile
      workshop={workshop}
      today={today}
      renderContact={
        contactable
          ? (service) => (
              <Suspense>
                <div className="flex flex-wrap gap-2">
                  {(!session || session.user.role === "customer") && (
                    <BookButton workshopSlug={workshop.slug} serviceId={service?.id} compact={!!service} />
                  )}
                  <ContactButton
                    workshop={{ id: workshop.id, name: workshop.name, slug: workshop.slug }}
                    service={service}
                    viewerRole={session?.user.role ?? null}
                    compact={!!service}
                  />
                </div>
              </Suspense>
            )
          : undefined
      }
    />
  );
}
