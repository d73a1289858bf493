import { useQuery } from "@tanstack/react-query";
import type { Dashboard, KpiDefinitionView } from "../../../shared/api/analytics";
import { api } from "../../app/api";

export type { Dashboard, KpiDefinitionView } from "../../../shared/api/analytics";
export type Period = "30d" | "12m";

// The tenant's calendar day; the server counts days in the tenant's time zone.
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

function rangeOf(period: Period, now = new Date()): { from: string; to: string; groupBy: string } {
  const from = new Date(now);
  if (period === "30d") from.setUTCDate(from.getUTCDate() - 29);
  else from.setUTCFullYear(from.getUTCFullYear() - 1, from.getUTCMonth() + 1, 1);
  return { from: isoDay(from), to: isoDay(now), groupBy: period === "30d" ? "day" : "month" };
}

export function useCatalogue(enabled = true) {
  return useQuery({
    queryKey: ["analytics", "kpis"],
    queryFn: () => api.get<{ items: KpiDefinitionView[] }>("/kpis"),
    enabled,
  });
}

export function useDashboard(period: Period, mine: boolean) {
  const range = rangeOf(period);
  return useQuery({
    queryKey: ["analytics", mine ? "me" : "dashboard", range],
    queryFn: () => api.get<Dashboard>(mine ? "/analytics/me" : "/analytics/dashboard", range),
    refetchInterval: 60_000,
  });
}
