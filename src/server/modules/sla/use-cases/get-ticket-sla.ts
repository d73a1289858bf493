import { isStaff } from "../../../../shared/roles.js";
import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { getTicket } from "../../tickets/index.js";
import { toPolicyDto } from "../policy-writes.js";
import {
  calendarLoader,
  findPolicy,
  findTargets,
  listEscalations,
  listPauses,
  type TargetRow,
} from "../sla.repository.js";
import { elapsedNow } from "../target-clock.js";

const iso = (d: Date | null) => (d ? d.toISOString() : undefined);

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
