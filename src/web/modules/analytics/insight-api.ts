import { useQuery } from "@tanstack/react-query";
import type { ChurnFactor, ChurnRisk, PartsDemand, Segments, TextInsight } from "../../../shared/api/insight";
import { api } from "../../app/api";

export type { ChurnFactor, ChurnRisk, Segments };
export type InsightFilter = { region?: string; productLine?: string };

function query(f: Record<string, string | undefined>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (v) p.set(k, v);
  return p.toString();
}

export function useChurnRisk(f: InsightFilter & { level?: string }) {
  return useQuery({
    queryKey: ["analytics", "churn", f],
    queryFn: () => api.get<ChurnRisk>(`/analytics/churn-risk?${query({ ...f, limit: "200" })}`),
  });
}

export function useSegments(f: InsightFilter & { segment?: string }) {
  return useQuery({
    queryKey: ["analytics", "segments", f],
    queryFn: () => api.get<Segments>(`/analytics/segments?${query({ ...f, limit: "500" })}`),
  });
}

export type { TextInsight };
export function useTextInsight(weeks: number) {
  return useQuery({
    queryKey: ["analytics", "text", weeks],
    queryFn: () => api.get<TextInsight>(`/analytics/text?weeks=${weeks}`),
  });
}

export type { PartsDemand };
export type PartsDemandLine = PartsDemand["items"][number];
export function usePartsDemand() {
  return useQuery({
    queryKey: ["analytics", "parts-demand"],
    queryFn: () => api.get<PartsDemand>("/analytics/parts-demand"),
  });
}
