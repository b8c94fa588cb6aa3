"use client";

import { keepPreviousData, useInfiniteQuery, useQueryClient, type InfiniteData } from "@tanstack/react-query";
import { useCallback, useMemo } from "react";
import { useTRPC, useTRPCClient } from "@/trpc/react";
import type { FitmentCell } from "../../constants";
import type { MatrixPage } from "../../types";
import { mergePages, patchPage } from "./matrix-model";
import { matrixQueryKey, nextRowOffset, type MatrixQueryInput } from "./matrix-state";

/**
 * The matrix window for a filter: every column of the window at once and rows in pages of
 * MATRIX_ROW_PAGE, loaded on demand (`fetchNextPage`). `input` null waits (no shop yet).
 * Refetching is explicit (after a save, a copy or a conflict): refetching on focus would reload every
 * loaded page while an admin switches windows all day.
 */
export function useMatrixData(input: MatrixQueryInput | null) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const pathKey = useMemo(() => trpc.catalog.matrix.page.pathKey(), [trpc]);
  const queryKey = useMemo(() => (input ? matrixQueryKey(pathKey, input) : [...pathKey, "idle"]), [pathKey, input]);

  const query = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam, signal }) => client.catalog.matrix.page.query({ ...input!, rowOffset: pageParam }, { signal }),
    initialPageParam: 0,
    getNextPageParam: (last: MatrixPage, _all, lastOffset: number) => nextRowOffset(last, lastOffset),
    enabled: input !== null,
    placeholderData: keepPreviousData,
    refetchOnWindowFocus: false,
    staleTime: 5 * 60_000,
  });

  const pages = query.data?.pages;
  const merged = useMemo(() => mergePages(pages ?? []), [pages]);
  const first = pages?.[0];

  /** Writes new server values into the loaded pages at once (the refetch that follows confirms them). */
  const patch = useCallback(
    (changes: readonly { partId: string; vehicleId: string; value: FitmentCell }[]) => {
      queryClient.setQueryData<InfiniteData<MatrixPage, number>>(queryKey, (data) =>
        data ? { ...data, pages: data.pages.map((p) => patchPage(p, changes)) } : data,
      );
    },
    [queryClient, queryKey],
  );

  /** After a write: the loaded pages, the history and the shops' fitment counts are stale. */
  const refetch = useCallback(
    () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.catalog.matrix.pathKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.catalog.shops.list.queryKey() }),
      ]),
    [queryClient, trpc],
  );

  return {
    ...merged,
    shop: first?.shop ?? null,
    totalRows: first?.totalRows ?? 0,
    totalColumns: first?.totalColumns ?? 0,
    columnBrands: first?.columnBrands ?? [],
    query,
    patch,
    refetch,
  };
}
