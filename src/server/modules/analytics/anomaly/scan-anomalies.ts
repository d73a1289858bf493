import { sql } from "drizzle-orm";
import { ANOMALY_CHECKS, type Anomaly } from "../../../../shared/api/anomalies.js";
import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { addDays } from "../forecast/day-kinds.js";
import { refreshTenant } from "../rollups.js";
import { tenantDay } from "../tenant-day.js";
import { DEFAULT_ANOMALY_RULE, judgeLastDay, type KpiKind, type KpiPoint } from "./seasonal-baseline.js";

// Every check (KPI × dimension) over the rollups: each key's daily KPI series, each of the last
// `days` days judged against the same weekdays of the six weeks before it.

type Sums = { created: number; complaints: number; frN: number; frMs: number };
const KIND: Record<Anomaly["kpi"], KpiKind> = {
  complaint_rate: "rate",
  first_response_minutes_avg: "mean",
  volume: "count",
};

function point(kpi: Anomaly["kpi"], s: Sums | undefined): KpiPoint {
  if (kpi === "volume") return { value: s?.created ?? 0, n: s?.created ?? 0 };
  if (kpi === "complaint_rate")
    return { value: s && s.created > 0 ? s.complaints / s.created : null, n: s?.created ?? 0 };
  return { value: s && s.frN > 0 ? s.frMs / s.frN / 60_000 : null, n: s?.frN ?? 0 };
}

async function labels(s: Services, tenantId: string): Promise<Map<string, string>> {
  const r = (await s.db.execute(sql`
    select id, name from teams where tenant_id = ${tenantId}
    union all select id, name from products where tenant_id = ${tenantId}`)) as unknown as {
    rows: { id: string; name: string }[];
  };
  return new Map(r.rows.map((x) => [x.id, x.name]));
}

export async function scanAnomalies(s: Services, actor: Actor, q: { days: number }): Promise<Anomaly[]> {
  await refreshTenant(s.db, actor.tenantId, s.clock.now());
  const today = await tenantDay(s.db, actor.tenantId, s.clock.now());
  const from = addDays(today, -(q.days + 7 * DEFAULT_ANOMALY_RULE.weeks));
  const dims = [...new Set(ANOMALY_CHECKS.map((c) => c.dimension))];
  const rows = (await s.db.execute(sql`
    select dim, key, to_char(day, 'YYYY-MM-DD') as day, sum(m_created)::int as created,
      sum(m_complaint_n)::int as complaints, sum(m_first_response_n)::int as fr_n,
      sum(m_first_response_ms)::float8 as fr_ms
    from analytics_rollups
    where tenant_id = ${actor.tenantId} and dim in (${sql.join(
      dims.map((d) => sql`${d}`),
      sql`, `,
    )}) and day between ${from} and ${today} and key <> ''
    group by 1, 2, 3`)) as unknown as { rows: Record<string, unknown>[] };
  const byKey = new Map<string, Map<string, Sums>>();
  for (const r of rows.rows) {
    const k = `${r.dim}\u0000${r.key}`;
    const days = byKey.get(k) ?? new Map<string, Sums>();
    byKey.set(k, days);
    days.set(String(r.day), {
      created: Number(r.created),
      complaints: Number(r.complaints),
      frN: Number(r.fr_n),
      frMs: Number(r.fr_ms),
    });
  }
  const names = await labels(s, actor.tenantId);
  const out: Anomaly[] = [];
  for (const check of ANOMALY_CHECKS)
    for (const [k, days] of byKey) {
      const [dim, key = ""] = k.split("\u0000");
      if (dim !== check.dimension) continue;
      const series: KpiPoint[] = [];
      for (let d = from; d <= today; d = addDays(d, 1)) series.push(point(check.kpi, days.get(d)));
      for (let back = q.days - 1; back >= 0; back--) {
        const end = series.length - back;
        const v = judgeLastDay(series.slice(0, end), KIND[check.kpi]);
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
