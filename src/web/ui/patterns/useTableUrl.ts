import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";

export type SortState = { key: string; order: "ascend" | "descend" } | null;

export type TableUrlState = {
  q: string;
  filters: Record<string, string | undefined>;
  sort: SortState;
  cursor: string | undefined;
  size: number;
};

const SIZES = [20, 50, 100];
export const PAGE_SIZES = SIZES;

// Search, filters, sort, page and page size live in the URL: a link or a reload shows the same list,
// and the back button from a record returns to it.
export function useTableUrl(filterKeys: readonly string[], defaultSize = 20) {
  const [params, setParams] = useSearchParams();
  const state = useMemo<TableUrlState>(() => {
    const [key, order] = (params.get("sort") ?? "").split(":");
    const size = Number(params.get("size"));
    return {
      q: params.get("q") ?? "",
      filters: Object.fromEntries(filterKeys.map((k) => [k, params.get(k) ?? undefined])),
      sort: key && (order === "ascend" || order === "descend") ? { key, order } : null,
      cursor: params.get("cursor") ?? undefined,
      size: SIZES.includes(size) ? size : defaultSize,
    };
  }, [params, filterKeys, defaultSize]);

  // Any change but paging starts again from the first page.
  const update = useCallback(
    (patch: Partial<TableUrlState>) => {
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          const put = (k: string, v: string | undefined | null) => (v ? next.set(k, v) : next.delete(k));
          if ("q" in patch) put("q", patch.q?.trim());
          if (patch.filters) for (const [k, v] of Object.entries(patch.filters)) put(k, v);
          if ("sort" in patch) put("sort", patch.sort ? `${patch.sort.key}:${patch.sort.order}` : null);
          if ("size" in patch)
            put("size", patch.size && patch.size !== defaultSize ? String(patch.size) : null);
          put("cursor", "cursor" in patch ? patch.cursor : null);
          return next;
        },
        { replace: true },
      );
    },
    [setParams, defaultSize],
  );
  return { ...state, update };
}
