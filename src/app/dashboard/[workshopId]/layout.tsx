import { TRPCError } from "@trpc/server";
import { notFound, redirect } from "next/navigation";
import { MessagingLive } from "@/features/messaging";
import { DashboardShell } from "@/features/workshops";
import { auth } from "@/server/auth";
import { getQueryClient, HydrateClient, serverCaller, trpc } from "@/trpc/server";

/**
 * One workshop's dashboard. Loads the workshop through `workshops.manage` (which checks the
 * caller's membership) so every page below has it hydrated; no access or no such workshop → 404.
 */
export default async function WorkshopDashboardLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ workshopId: string }>;
}) {
  const { workshopId } = await params;
  try {
    await getQueryClient().fetchQuery({ ...trpc.workshops.manage.queryOptions({ workshopId }), retry: false });
  } catch (error) {
    if (error instanceof TRPCError) {
      if (error.code === "UNAUTHORIZED") redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/dashboard/${workshopId}`)}`);
      if (error.code === "FORBIDDEN" || error.code === "NOT_FOUND" || error.code === "BAD_REQUEST") notFound();
    }
    throw error;
  }
  const [session, workshops] = await Promise.all([auth(), serverCaller().then((caller) => caller.workshops.mine())]);
  return (
    <DashboardShell user={session?.user ?? null} workshopId={workshopId} workshops={workshops}>
      {session?.user.id && <MessagingLive userId={session.user.id} side="workshop" workshopId={workshopId} />}
      <HydrateClient>{children}</HydrateClient>
    </DashboardShell>
  );
}
