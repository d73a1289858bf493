import type { Priority } from "../../../../shared/domain.js";
import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { OPEN } from "../open-statuses.js";

export type MonitorRow = {
  id: string;
  number: string;
  subject: string;
  priority: Priority;
  team_id: string | null;
  assignee_id: string | null;
  sla_state: Alarm;
  sla_due_at: Date | null;
};

export type Alarm = "warning" | "breached";

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
