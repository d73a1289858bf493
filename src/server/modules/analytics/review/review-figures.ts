import type { Db } from "../../../platform/db/client.js";
import { sumRollups } from "../kpi-query.js";
import { KPIS, type KpiDefinition, targetStatus } from "../kpis/catalogue.js";
import type { GroupBy } from "../kpis/dimensions.js";
import { refreshTenant } from "../rollups.js";
import { tenantTargets } from "../use-cases/targets.js";
import { type Period, previousPeriod } from "./periods.js";

type KpiLine = {
  kpi: KpiDefinition;
  value: number | null;
  previous: number | null;
  target: number | null;
  status: "met" | "missed" | null;
};
export type TrendRow = { key: string; values: Record<string, number | null> };
export type ReviewFigures = {
  period: Period;
  previous: Period;
  kpis: KpiLine[];
  trendBy: GroupBy;
  trend: TrendRow[];
  byChannel: TrendRow[];
};

// The KPIs shown per bucket in the trend and channel tables (the whole list stays in the KPI table).
export const TREND_KPIS = [
  "volume",
  "first_response_minutes_avg",
  "sla_on_time_rate",
  "closed_loop_rate",
  "csat_avg",
];

// Every KPI over the period next to the period before and the tenant's target, the trend by week
// (a month) or by month (a half year), and the split by channel — from the rollups, brought up to
// date first so the report agrees with the tickets.
export async function reviewFigures(
  db: Db,
  tenantId: string,
  period: Period,
  now: Date,
): Promise<ReviewFigures> {
  await refreshTenant(db, tenantId, now);
  const previous = previousPeriod(period);
  const trendBy: GroupBy = period.kind === "monthly" ? "week" : "month";
  const [current, before, trend, channels, targets] = await Promise.all([
    sumRollups(db, tenantId, period, null),
    sumRollups(db, tenantId, previous, null),
    sumRollups(db, tenantId, period, trendBy),
    sumRollups(db, tenantId, period, "channel"),
    tenantTargets(db, tenantId),
  ]);
  const rows = (groups: typeof trend.groups): TrendRow[] =>
    groups.map((g) => ({
      key: g.key,
      values: Object.fromEntries(
        KPIS.filter((k) => TREND_KPIS.includes(k.id)).map((k) => [k.id, k.compute(g.measures)]),
      ),
    }));
  return {
    period,
    previous,
    trendBy,
    kpis: KPIS.map((k) => {
      const value = k.compute(current.total);
      const target = targets.get(k.id) ?? null;
      return {
        kpi: k,
        value,
        previous: k.compute(before.total),
        target,
        status: targetStatus(k, value, target),
      };
    }),
    trend: rows(trend.groups),
    byChannel: rows(channels.groups),
  };
}

// A KPI's value as people read it: counts whole, minutes to one decimal, ratios as percentages.
export function formatKpi(k: KpiDefinition, v: number | null): string {
  if (v === null) return "—";
  if (k.unit === "ratio") return `${(v * 100).toFixed(1)} %`;
  if (k.unit === "count") return Math.round(v).toLocaleString("en-US");
  if (k.unit === "yuan") return `¥${v.toFixed(2)}`;
  return v.toFixed(k.unit === "score" ? 2 : 1);
}
