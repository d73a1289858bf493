import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  Alert,
  AlertRule,
  AlertRuleInput,
  BatchQuality,
  BatchTickets,
} from "../../../shared/api/alerts";
import { api } from "../../app/api";

export type { Alert, AlertRule, AlertRuleInput, BatchQuality };

const KEY = ["analytics", "alerts"];

export function useAlerts() {
  return useQuery({ queryKey: KEY, queryFn: () => api.get<{ items: Alert[] }>("/analytics/alerts") });
}

export function useAlertRules(enabled: boolean) {
  return useQuery({
    queryKey: [...KEY, "rules"],
    enabled,
    queryFn: () => api.get<{ items: AlertRule[] }>("/analytics/alert-rules"),
  });
}

function useRefresh() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: KEY });
}

export function useSaveAlertRule(id: string | null) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (v: AlertRuleInput) =>
      id
        ? api.put<AlertRule>(`/analytics/alert-rules/${id}`, v)
        : api.post<AlertRule>("/analytics/alert-rules", v),
    onSuccess: refresh,
  });
}

export function useDeleteAlertRule() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (id: string) => api.del(`/analytics/alert-rules/${id}`),
    onSuccess: refresh,
  });
}

export function useCheckAlerts() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<{ raised: number; delivered: number }>("/analytics/alerts/check", {}),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: KEY });
      void qc.invalidateQueries({ queryKey: ["notifications"] });
    },
  });
}

export function useBatchQuality(productId: string | undefined) {
  return useQuery({
    queryKey: ["analytics", "quality", "batches", productId ?? ""],
    queryFn: () =>
      api.get<BatchQuality>(
        `/analytics/quality/batches${productId ? `?productId=${encodeURIComponent(productId)}` : ""}`,
      ),
  });
}

export function useBatchTickets(productId: string, batch: string | null) {
  return useQuery({
    queryKey: ["analytics", "quality", "batch-tickets", productId, batch],
    enabled: batch !== null,
    queryFn: () =>
      api.get<BatchTickets>(
        `/analytics/quality/batches/tickets?${new URLSearchParams({ productId, batch: batch ?? "" }).toString()}`,
      ),
  });
}
