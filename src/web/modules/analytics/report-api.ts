import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import type { KpiTickets, Wallboard } from "../../../shared/api/analytics-live";
import type {
  ReportChoices,
  ReportDefinition,
  ReportDefinitionInput,
  ReportInput,
  ReportResult,
  SavedReport,
} from "../../../shared/api/analytics-reports";
import { api, downloadFile } from "../../app/api";

export type {
  KpiTickets,
  ReportChoices,
  ReportDefinition,
  ReportDefinitionInput,
  ReportInput,
  ReportResult,
  SavedReport,
  Wallboard,
};

const BASE = "/analytics/reports";
const KEY = ["analytics", "reports"];

export function useSavedReports() {
  return useQuery({ queryKey: KEY, queryFn: () => api.get<{ items: SavedReport[] }>(BASE) });
}

// The models, product lines and regions the tenant's tickets have, named by the server in the
// interface's language (so the language is part of the key).
export function useReportChoices(language: string) {
  return useQuery({
    queryKey: [...KEY, "choices", language],
    queryFn: () => api.get<ReportChoices>(`${BASE}/choices`),
    staleTime: 60_000,
  });
}

// The builder's preview: runs the definition as it stands (the server validates it).
export function useReportPreview(def: ReportDefinitionInput | null) {
  return useQuery({
    queryKey: [...KEY, "preview", def],
    queryFn: () => api.post<ReportResult>(`${BASE}/run`, def),
    enabled: def !== null && def.measures.length > 0,
    placeholderData: keepPreviousData,
  });
}

// A report shared with the caller (who may not build reports) runs as saved.
export function useSavedResult(id: string | null) {
  return useQuery({
    queryKey: [...KEY, "result", id],
    queryFn: () => api.get<ReportResult>(`${BASE}/${id}/result`),
    enabled: id !== null,
  });
}

export function useSaveReport() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: ReportInput }) =>
      id ? api.put<SavedReport>(`${BASE}/${id}`, input) : api.post<SavedReport>(BASE, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: KEY }),
  });
}

export function useDeleteReport() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.del<void>(`${BASE}/${id}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: KEY }),
  });
}

export const exportReport = (r: SavedReport, format: "xlsx" | "csv") =>
  downloadFile(`${BASE}/${r.id}/export.${format}`, `${r.name}.${format}`);

// The tickets behind a KPI's number, page by page.
export function useTicketsBehind(kpi: string, q: { from: string; to: string; mine: boolean }) {
  return useInfiniteQuery({
    queryKey: ["analytics", "behind", kpi, q],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      api.get<KpiTickets>(`/analytics/kpis/${encodeURIComponent(kpi)}/tickets`, {
        from: q.from,
        to: q.to,
        mine: q.mine ? "true" : undefined,
        cursor: pageParam,
        limit: "50",
      }),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

// The wallboard refreshes itself: a TV nobody touches.
export function useWallboard() {
  return useQuery({
    queryKey: ["analytics", "wallboard"],
    queryFn: () => api.get<Wallboard>("/analytics/wallboard"),
    refetchInterval: 30_000,
    refetchIntervalInBackground: true,
  });
}
