import { sql } from "drizzle-orm";
import type { Db } from "../../../platform/db/client.js";
import { addDays } from "../forecast/day-kinds.js";
import type { KpiKind, KpiPoint } from "./seasonal-baseline.js";

// The daily series of the anomaly KPIs per dimension key, summed from the rollups: what the
// anomaly list and the alert rules judge.

export type SeriesKpi = "complaint_rate" | "first_response_minutes_avg" | "volume";
export type SeriesDimension = "product" | "channel" | "team" | "region";

type Sums = { created: number; complaints: number; frN: number; frMs: number };
export type DaySums = Map<string, Sums>;

export const KPI_KIND: Record<SeriesKpi, KpiKind> = {
  complaint_rate: "rate",
  first_response_minutes_avg: "mean",
  volume: "count",
};

function kpiPoint(kpi: SeriesKpi, s: Sums | undefined): KpiPoint {
  if (kpi === "volume") return { value: s?.created ?? 0, n: s?.created ?? 0 };
  if (kpi === "complaint_rate")
    return { value: s && s.created > 0 ? s.complaints / s.created : null, n: s?.created ?? 0 };
  return { value: s && s.frN > 0 ? s.frMs / s.frN / 60_000 : null, n: s?.frN ?? 0 };
}

/** Every day from `from` to `to` of one key's sums as the KPI's points (days without tickets too). */
export function kpiSeries(kpi: SeriesKpi, days: DaySums | undefined, from: string, to: string): KpiPoint[] {
  const out: KpiPoint[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(kpiPoint(kpi, days?.get(d)));
  return out;
}

/** Daily sums per dimension and key ("<dim>\0<key>"), `from` to `to` (tenant days). */
export async function dailySums(
  db: Db,
  tenantId: string,
  dims: readonly SeriesDimension[],
  from: string,
  to: string,
): Promise<Map<string, DaySums>> {
  const rows = (await db.execute(sql`
    select dim, key, to_char(day, 'YYYY-MM-DD') as day, sum(m_created)::int as created,
      sum(m_complaint_n)::int as complaints, sum(m_first_response_n)::int as fr_n,
      sum(m_first_response_ms)::float8 as fr_ms
    from analytics_rollups
    where tenant_id = ${tenantId} and dim in (${sql.join(
      dims.map((d) => sql`${d}`),
      sql`, `,
    )}) and day between ${from} and ${to} and key <> ''
    group by 1, 2, 3`)) as unknown as { rows: Record<string, unknown>[] };
  const byKey = new Map<string, DaySums>();
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
  return byKey;
}

/** Display names of the keys that are ids (teams, products). */
export async function keyLabels(db: Db, tenantId: string): Promise<Map<string, string>> {
  const r = (await db.execute(sql`
    select id, name from teams where tenant_id = ${tenantId}
    union all select id, name from products where tenant_id = ${tenantId}`)) as unknown as {
    rows: { id: string; name: string }[];
  };
  return new Map(r.rows.map((x) => [x.id, x.name]));
}
