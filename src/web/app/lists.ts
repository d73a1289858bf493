import { keepPreviousData, type QueryKey, useInfiniteQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { api } from "./api";
import type { Page } from "./types";

type Params = Record<string, string | number | undefined | readonly string[]>;
type Options = { refetchInterval?: number | false; enabled?: boolean; limit?: number };

// Keyset pagination: pages are chained by nextCursor and shown as one growing list.
export function useCursorList<T>(key: QueryKey, path: string, params: Params = {}, opts: Options = {}) {
  const limit = opts.limit ?? 50;
  const query = useInfiniteQuery({
    queryKey: [...key, params, limit],
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<T>>(path, { ...params, limit, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    refetchInterval: opts.refetchInterval,
    enabled: opts.enabled,
  });
  const items = useMemo(() => query.data?.pages.flatMap((p) => p.items) ?? [], [query.data]);
  return {
    ...query,
    items,
    loadMore: () => void query.fetchNextPage(),
  };
}
