import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  ReviewCommentary,
  ReviewReport,
  ReviewRequest,
  ReviewSettings,
} from "../../../shared/api/review-reports";
import { api, downloadFile } from "../../app/api";

export type { ReviewCommentary, ReviewReport, ReviewRequest, ReviewSettings };

const BASE = "/analytics/review-reports";
const KEY = ["analytics", "reviews"];

export function useReviews() {
  return useQuery({ queryKey: KEY, queryFn: () => api.get<{ items: ReviewReport[] }>(BASE) });
}

export function useReviewSettings() {
  return useQuery({
    queryKey: [...KEY, "settings"],
    queryFn: () => api.get<ReviewSettings>("/analytics/review-settings"),
  });
}

function useRefresh() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: KEY });
}

export function useMakeReview() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (v: ReviewRequest) => api.post<ReviewReport>(BASE, v),
    onSuccess: refresh,
  });
}

export function useSaveCommentary(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (commentary: ReviewCommentary) => api.patch<ReviewReport>(`${BASE}/${id}`, { commentary }),
    onSuccess: refresh,
  });
}

export function useSendReview() {
  return useMutation({
    mutationFn: (id: string) => api.post<{ recipients: number }>(`${BASE}/${id}/send`, {}),
  });
}

export function useSaveReviewSettings() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (v: ReviewSettings) => api.put<ReviewSettings>("/analytics/review-settings", v),
    onSuccess: refresh,
  });
}

export const downloadReview = (r: ReviewReport, format: "pdf" | "xlsx") =>
  downloadFile(`${BASE}/${r.id}/report.${format}`, `service-review-${r.period}.${format}`);

const pad = (n: number) => String(n).padStart(2, "0");

// The finished periods a manager may ask for: the last twelve months and four half years.
export function finishedPeriods(kind: ReviewRequest["kind"], today = new Date()): string[] {
  const y = today.getFullYear();
  const m = today.getMonth() + 1;
  if (kind === "monthly")
    return Array.from({ length: 12 }, (_, i) => {
      const d = new Date(y, m - 2 - i, 1);
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}`;
    });
  const first = m <= 6 ? { year: y - 1, half: 2 } : { year: y, half: 1 };
  return Array.from({ length: 4 }, (_, i) => {
    const index = first.year * 2 + first.half - 1 - i;
    return `${Math.floor(index / 2)}-H${(index % 2) + 1}`;
  });
}
