"use client";

import { useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useCallback } from "react";
import { useTRPC, type RouterOutputs } from "@/trpc/react";

/** Everything the dashboard shows for one workshop (prices in grosze, minutes), plus the viewer's role there. */
export type ManagedWorkshop = RouterOutputs["workshops"]["manage"];
export type ManagedService = ManagedWorkshop["services"][number];

/**
 * The workshop the dashboard layout prefetched (and checked access to) for this request.
 * Suspends only if the cache was emptied since.
 */
export function useManagedWorkshop(workshopId: string): ManagedWorkshop {
  const trpc = useTRPC();
  return useSuspenseQuery(trpc.workshops.manage.queryOptions({ workshopId })).data;
}

/** Refetches the dashboard's copy of the workshop after a change. */
export function useInvalidateManagedWorkshop(workshopId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    () => queryClient.invalidateQueries({ queryKey: trpc.workshops.manage.queryKey({ workshopId }) }),
    [queryClient, trpc, workshopId],
  );
}
