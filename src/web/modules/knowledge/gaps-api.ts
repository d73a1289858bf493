import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Article } from "../../../shared/api/knowledge";
import type { Gap, GapStatus } from "../../../shared/api/knowledge-gaps";
import { api } from "../../app/api";

export type { Gap, GapStatus };

export function useGaps(status: GapStatus) {
  return useQuery({
    queryKey: ["kb", "gaps", status],
    queryFn: ({ signal }) => api.get<{ items: Gap[] }>("/kb/gaps", { status, limit: 200 }, signal),
  });
}

// The gap's draft article: written now, or the one already written for it.
export function useDraftFromGap() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<Article>(`/kb/gaps/${encodeURIComponent(id)}/draft`, {}),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["kb"] }),
  });
}

export function useDismissGap() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<Gap>(`/kb/gaps/${encodeURIComponent(id)}/dismiss`, {}),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["kb", "gaps"] }),
  });
}
