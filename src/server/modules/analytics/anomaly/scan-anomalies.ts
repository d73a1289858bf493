import { ANOMALY_CHECKS, type Anomaly } from "../../../../shared/api/anomalies.js";
import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { addDays } from "../forecast/day-kinds.js";
import { refreshTenant } from "../rollups.js";
import { tenantDay } from "../tenant-day.js";
import { dailySums, KPI_KIND, keyLabels, kpiSeries } from "./daily-kpi-series.js";
import { DEFAULT_ANOMALY_RULE, judgeLastDay } from "./seasonal-baseline.js";

// Every check (KPI × dimension) over the rollups: each key's daily KPI series, each of the last
// `days` days judged against the same weekdays of the six weeks before it.

export async function scanAnomalies(s: Services, actor: Actor, q: { days: number }): Promise<Anomaly[]> {
  await refreshTenant(s.db, actor.tenantId, s.clock.now());
  const today = await tenantDay(s.db, actor.tenantId, s.clock.now());
  const from = addDays(today, -(q.days + 7 * DEFAULT_ANOMALY_RULE.weeks));
  const dims = [...new Set(ANOMALY_CHECKS.map((c) => c.dimension))];
  const byKey = await dailySums(s.db, actor.tenantId, dims, from, today);
  const names = await keyLabels(s.db, actor.tenantId);
  const out: Anomaly[] = [];
  for (const check of ANOMALY_CHECKS)
    for (const [k, days] of byKey) {
      const [dim, key = ""] = k.split("\u0000");
      if (dim !== check.dimension) continue;
      const series = kpiSeries(check.kpi, days, from, today);
      for (let back = q.days - 1; back >= 0; back--) {
        const end = series.length - back;
        const v = judgeLastDay(series.slice(0, end), KPI_KIND[check.kpi]);
        if (!v?.anomaly) continue;
        const round = (x: number) => Math.round(x * 1000) / 1000;
        out.push({
          kpi: check.kpi,
          dimension: check.dimension,
          key,
          label: names.get(key) ?? key,
          day: addDays(today, -back),
          value: round(v.value),
          baseline: round(v.baseline),
          z: Math.round(v.z * 10) / 10,
          tickets: series[end - 1]?.n ?? 0,
        });
      }
    }
  return out.sort((a, b) => b.day.localeCompare(a.day) || b.z - a.z);
}
