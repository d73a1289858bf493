import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import type { TReportQuery } from "../sla.schemas.js";
import type { SlaMetric } from "../sla.tables.js";

const GROUP_KEYS: Record<TReportQuery["groupBy"], string> = {
  priority: "t.priority",
  type: "t.type",
  tier: "coalesce(c.tier, 'standard')",
  agent: "coalesce(t.assignee_id, 'unassigned')",
  week: `to_char(st.created_at, 'IYYY-"W"IW')`,
};

// Compliance per metric and group over targets started in [from, to): met share, business time,
// breaches. The met share is over finished targets (met + breached): a target still running (or
// paused) has no outcome yet, so it is counted apart (`running`) instead of diluting the share.
export async function slaReport(s: Services, actor: Actor, q: TReportQuery) {
  const from = new Date(q.from);
  const to = new Date(q.to);
  if (!(from < to) || to.getTime() - from.getTime() > 400 * 86_400_000)
    throw new AppError("sla.invalid_range");
  const rows = await s.database.query<{
    metric: SlaMetric;
    key: string;
    targets: number;
    met: number;
    running: number;
    breaches: number;
    avg_ms: number | null;
    p90_ms: number | null;
  }>(
    `select st.metric, ${GROUP_KEYS[q.groupBy]} as key, count(*)::int as targets,
            count(*) filter (where st.status = 'met')::int as met,
            count(*) filter (where st.status = 'breached')::int as breaches,
            count(*) filter (where st.status in ('running','paused'))::int as running,
            avg(st.elapsed_ms) filter (where st.completed_at is not null)::float8 as avg_ms,
            percentile_cont(0.9) within group (order by st.elapsed_ms)
              filter (where st.completed_at is not null)::float8 as p90_ms
     from sla_targets st
     join tickets t on t.tenant_id = st.tenant_id and t.id = st.ticket_id
     left join customers c on c.tenant_id = t.tenant_id and c.id = t.customer_id
     where st.tenant_id = $1 and st.created_at >= $2 and st.created_at < $3
     group by st.metric, key order by st.metric, key`,
    [actor.tenantId, from.toISOString(), to.toISOString()],
  );
  const minutes = (ms: number | null) => (ms === null ? null : Math.round(ms / 6000) / 10);
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    groupBy: q.groupBy,
    rows: rows.map((r) => ({
      metric: r.metric,
      key: r.key,
      targets: r.targets,
      met: r.met,
      running: r.running,
      // Null when nothing has finished yet: no outcome to share out.
      metPercent: r.met + r.breaches ? Math.round((1000 * r.met) / (r.met + r.breaches)) / 10 : null,
      avgBusinessMinutes: minutes(r.avg_ms),
      p90BusinessMinutes: minutes(r.p90_ms),
      breaches: r.breaches,
    })),
  };
}
