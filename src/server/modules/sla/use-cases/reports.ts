import type { Priority } from "../../../../shared/domain.js";
import { isStaff } from "../../../../shared/roles.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { getTicket } from "../../tickets/index.js";
import {
  calendarLoader,
  findPolicy,
  findTargets,
  listEscalations,
  listPauses,
  type TargetRow,
} from "../sla.repository.js";
import type { TReportQuery } from "../sla.schemas.js";
import type { SlaMetric } from "../sla.tables.js";
import { elapsedNow } from "../target-clock.js";
import { toPolicyDto } from "./policies.js";

const iso = (d: Date | null) => (d ? d.toISOString() : undefined);
const OPEN = `('new','assigned','in_progress','pending_customer','pending_parts','pending_third_party')`;

// A customer or dealer learns when we promised to resolve the ticket and whether that clock is
// paused (waiting on them), while it runs; never the policy, breaches, warnings or escalations.
function externalSla(targets: TargetRow[]) {
  const resolution = targets.find((t) => t.metric === "resolution" && !t.completedAt);
  return {
    policy: null,
    targets: resolution
      ? [
          {
            metric: resolution.metric,
            dueAt: iso(resolution.dueAt) ?? null,
            status: resolution.status === "paused" ? ("paused" as const) : ("running" as const),
          },
        ]
      : [],
    pauses: [],
    escalations: [],
  };
}

export async function getTicketSla(s: Services, actor: Actor, ref: string) {
  const ticket = await getTicket(s, actor, ref);
  const targets = await findTargets(s.db, actor.tenantId, ticket.id);
  if (!isStaff(actor.role)) return externalSla(targets);
  const calendarOf = await calendarLoader(s.db, actor.tenantId);
  const first = targets[0];
  const policy = first ? await findPolicy(s.db, actor.tenantId, first.policyId) : undefined;
  const now = s.clock.now();
  const order = ["first_response", "next_response", "resolution"];
  const rows = [];
  for (const t of targets.sort((a, b) => order.indexOf(a.metric) - order.indexOf(b.metric))) {
    const cal = await calendarOf(t.calendarId);
    rows.push({
      metric: t.metric,
      dueAt: iso(t.dueAt) ?? null,
      status: t.status,
      elapsedBusinessMinutes: Math.round((cal ? elapsedNow(t, cal, now) : t.elapsedMs) / 6000) / 10,
      budgetMinutes: t.budgetMs / 60_000,
      warnedAt: iso(t.warnedAt),
      breachedAt: iso(t.breachedAt),
      completedAt: iso(t.completedAt),
    });
  }
  const pauses = await listPauses(s.db, actor.tenantId, ticket.id);
  const escalations = await listEscalations(s.db, actor.tenantId, ticket.id);
  return {
    policy: policy ? toPolicyDto(policy) : null,
    targets: rows,
    pauses: pauses.map((p) => ({ from: p.fromAt.toISOString(), to: iso(p.toAt), status: p.status })),
    escalations: escalations.map((e) => ({
      level: e.level,
      source: e.source,
      assignedTo: e.assignedTo,
      notifyRoles: e.notifyRoles,
      deadlineAt: iso(e.deadlineAt),
      at: e.at.toISOString(),
    })),
  };
}

type MonitorRow = {
  id: string;
  number: string;
  subject: string;
  priority: Priority;
  team_id: string | null;
  assignee_id: string | null;
  sla_state: Alarm;
  sla_due_at: Date | null;
};

type Alarm = "warning" | "breached";

// Supervisors' board: open tickets at risk (warning) or breached, counted by team and priority.
export async function slaMonitor(s: Services, actor: Actor) {
  const counts = await s.database.query<{
    team_id: string | null;
    priority: Priority;
    sla_state: Alarm;
    n: number;
  }>(
    `select team_id, priority, sla_state, count(*)::int as n from tickets
     where tenant_id = $1 and sla_state in ('warning','breached') and status in ${OPEN}
     group by team_id, priority, sla_state order by priority, team_id`,
    [actor.tenantId],
  );
  // At risk: the soonest due first (what to save next). Breached: the latest breach first (what
  // just broke), so a fresh breach is on the board however many old ones are still open.
  const list = (state: "warning" | "breached") =>
    s.database.query<MonitorRow>(
      `select id, number, subject, priority, team_id, assignee_id, sla_state, sla_due_at from tickets
       where tenant_id = $1 and sla_state = $2 and status in ${OPEN}
       order by sla_due_at ${state === "breached" ? "desc" : "asc"} nulls last, id limit 50`,
      [actor.tenantId, state],
    );
  const item = (r: MonitorRow) => ({
    id: r.id,
    number: r.number,
    subject: r.subject,
    priority: r.priority,
    teamId: r.team_id,
    assigneeId: r.assignee_id,
    slaState: r.sla_state,
    slaDueAt: r.sla_due_at ? new Date(r.sla_due_at).toISOString() : null,
  });
  const total = (state: string) => counts.filter((c) => c.sla_state === state).reduce((a, c) => a + c.n, 0);
  return {
    atRisk: total("warning"),
    breached: total("breached"),
    byGroup: counts.map((c) => ({ teamId: c.team_id, priority: c.priority, state: c.sla_state, count: c.n })),
    atRiskTickets: (await list("warning")).map(item),
    breachedTickets: (await list("breached")).map(item),
  };
}

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
