import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { USER_ROLES, UserCounts } from "@/features/accounts";
import { WORKSHOP_STATUSES, WorkshopCounts } from "@/features/workshops";
import { HydrateClient, prefetch, trpc } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("area") };
}

/** Admin home: how many workshops wait for review and how many people use Pitstop. */
export default function AdminOverviewPage() {
  for (const status of WORKSHOP_STATUSES) prefetch(trpc.workshops.adminList.queryOptions({ status, page: 1, pageSize: 1 }));
  for (const role of USER_ROLES) prefetch(trpc.accounts.listUsers.queryOptions({ role, page: 1, pageSize: 1 }));
  return (
    <HydrateClient>
      <div className="flex flex-col gap-8">
        <WorkshopCounts />
        <UserCounts />
      </div>
    </HydrateClient>
  );
}
