import { useQuery } from "@tanstack/react-query";
import type { Anomaly, AnomalyEvidence } from "../../../shared/api/anomalies";
import type { SeriesForecast, VolumeForecast } from "../../../shared/api/forecasts";
import { api } from "../../app/api";

export type { Anomaly, SeriesForecast, VolumeForecast };

export function useVolumeForecast(horizon = 14) {
  return useQuery({
    queryKey: ["analytics", "forecast", horizon],
    queryFn: () => api.get<VolumeForecast>(`/analytics/forecasts/volume?horizon=${horizon}`),
  });
}

const DAY = 86_400_000;
/** The Monday of a date's ISO week. */
function weekOf(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  return new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * DAY).toISOString().slice(0, 10);
}

/** Sums days into weeks (named by their Monday), keeping the order. */
export function byWeek<T extends { date: string }>(
  points: T[],
  value: (p: T) => number,
): { date: string; value: number }[] {
  const out: { date: string; value: number }[] = [];
  for (const p of points) {
    const w = weekOf(p.date);
    const last = out.at(-1);
    if (last?.date === w) last.value += value(p);
    else out.push({ date: w, value: value(p) });
  }
  return out.map((p) => ({ ...p, value: Math.round(p.value * 10) / 10 }));
}

export function useAnomalies() {
  return useQuery({
    queryKey: ["analytics", "anomalies"],
    queryFn: () => api.get<{ items: Anomaly[] }>("/analytics/anomalies?days=14"),
  });
}

export function useAnomalyEvidence(a: Anomaly | null) {
  return useQuery({
    queryKey: ["analytics", "anomalies", "evidence", a?.kpi, a?.dimension, a?.key, a?.day],
    enabled: a !== null,
    queryFn: () => {
      const p = new URLSearchParams({
        kpi: a?.kpi ?? "",
        dimension: a?.dimension ?? "",
        key: a?.key ?? "",
        day: a?.day ?? "",
      });
      return api.get<AnomalyEvidence>(`/analytics/anomalies/evidence?${p.toString()}`);
    },
  });
}
