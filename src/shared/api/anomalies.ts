import { z } from "zod";

// GET /analytics/anomalies: days of the last two weeks where a KPI of one dimension key jumped
// above its seasonal baseline; GET /analytics/anomalies/evidence: the tickets behind one point.
export const ANOMALY_CHECKS = [
  { kpi: "complaint_rate", dimension: "product" },
  { kpi: "complaint_rate", dimension: "channel" },
  { kpi: "first_response_minutes_avg", dimension: "team" },
  { kpi: "volume", dimension: "channel" },
] as const;
export const ANOMALY_KPIS = ["complaint_rate", "first_response_minutes_avg", "volume"] as const;
export const ANOMALY_DIMENSIONS = ["product", "channel", "team"] as const;

const ZAnomaly = z.object({
  kpi: z.enum(ANOMALY_KPIS),
  dimension: z.enum(ANOMALY_DIMENSIONS),
  key: z.string(),
  label: z.string(),
  day: z.string(),
  value: z.number(),
  baseline: z.number(),
  z: z.number(),
  tickets: z.number().int(),
});
export const ZAnomalies = z.object({ items: z.array(ZAnomaly) });
export type Anomaly = z.infer<typeof ZAnomaly>;

export const ZAnomalyEvidence = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      number: z.string(),
      subject: z.string(),
      type: z.string(),
      status: z.string(),
      createdAt: z.string(),
    }),
  ),
});
export type AnomalyEvidence = z.infer<typeof ZAnomalyEvidence>;
