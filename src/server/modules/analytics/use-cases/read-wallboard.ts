import { sql } from "drizzle-orm";
import type { Wallboard } from "../../../../shared/api/analytics-live.js";
import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { dayIn, tenantTimeZone } from "../tenant-day.js";
import { readDashboard } from "./read-kpis.js";

// The KPIs a wallboard shows for today (the rest stay on the dashboard).
const WALLBOARD_KPIS = [
  "volume",
  "first_response_minutes_avg",
  "resolution_rate",
  "sla_on_time_rate",
  "fcr_rate",
  "backlog",
];

const OPEN = `('new','assigned','in_progress','pending_customer','pending_parts','pending_third_party')`;

// The live queue (counted on the tickets as they are now) and today's KPIs from the rollups, for a
// TV in the service centre. Plain reads of the tickets and presence tables.
export async function readWallboard(s: Services, actor: Actor): Promise<Wallboard> {
  const now = s.clock.now();
  const tz = await tenantTimeZone(s.db, actor.tenantId);
  const today = dayIn(tz, now);
  const res = (await s.db.execute(sql`
    select
      count(*) filter (where status in ${sql.raw(OPEN)})::int as open,
      count(*) filter (where status in ${sql.raw(OPEN)} and assignee_id is null)::int as unassigned,
      count(*) filter (where status in ${sql.raw(OPEN)} and sla_state = 'warning')::int as sla_warning,
      count(*) filter (where status in ${sql.raw(OPEN)} and sla_state = 'breached')::int as sla_breached,
      count(*) filter (where status = 'pending_parts')::int as pending_parts,
      count(*) filter (where (created_at at time zone ${tz})::date = ${today}::date)::int as created_today,
      count(*) filter (where status in ('resolved', 'closed') and (resolved_at at time zone ${tz})::date = ${today}::date)::int as resolved_today,
      (select count(*) from agent_presence p where p.tenant_id = ${actor.tenantId} and p.status = 'online')::int as agents_online
    from tickets where tenant_id = ${actor.tenantId}`)) as unknown as { rows: Record<string, number>[] };
  const r = res.rows[0] ?? {};
  const board = await readDashboard(s, actor, { from: today, to: today, groupBy: "day" }, null);
  return {
    at: now.toISOString(),
    today,
    queue: {
      open: Number(r.open ?? 0),
      unassigned: Number(r.unassigned ?? 0),
      slaWarning: Number(r.sla_warning ?? 0),
      slaBreached: Number(r.sla_breached ?? 0),
      pendingParts: Number(r.pending_parts ?? 0),
      createdToday: Number(r.created_today ?? 0),
      resolvedToday: Number(r.resolved_today ?? 0),
      agentsOnline: Number(r.agents_online ?? 0),
    },
    kpis: WALLBOARD_KPIS.flatMap((id) => {
      const k = board.kpis.find((x) => x.kpi === id);
      return k ? [{ kpi: k.kpi, unit: k.unit, value: k.value, target: k.target, status: k.status }] : [];
    }),
  };
}
