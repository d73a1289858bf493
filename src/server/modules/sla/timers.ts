import { z } from "zod";
import { SLA_METRICS } from "../../../shared/api/sla.js";
import type { Db } from "../../platform/db/client.js";
import { defineJob, type EnqueueOptions, enqueue, enqueueMany } from "../../platform/jobs/queue.js";
import { applySla, findTicket, type TicketRow } from "../tickets/index.js";
import type { Calendar } from "./calendar.js";
import { applyStep, stepOf } from "./escalation.js";
import { findPolicy, findTargets, type PolicyRow, saveTarget, type TargetRow } from "./sla.repository.js";
import { instantAt, summarize } from "./target-clock.js";

const TIMER_KINDS = ["warning", "breach", "escalation", "golden"] as const;
type TimerKind = (typeof TIMER_KINDS)[number];

// One job per ticket, metric, kind and clock generation: a rescheduled or stopped clock bumps the
// generation, so its old timers find a mismatch and do nothing; the singleton key stops duplicates.
export const slaTimerJob = defineJob({
  kind: "sla.timer",
  payload: z.object({
    tenantId: z.string(),
    ticketId: z.string(),
    metric: z.enum(SLA_METRICS),
    kind: z.enum(TIMER_KINDS),
    generation: z.number().int(),
    level: z.number().int().optional(),
  }),
  async handle(p, { tx, s, now }) {
    // The ticket row lock serialises the timer with any concurrent change to the ticket.
    const ticket = await findTicket(tx, p.tenantId, p.ticketId, undefined, true);
    if (!ticket) return;
    const targets = await findTargets(tx, p.tenantId, ticket.id);
    if (p.kind === "golden") {
      if (ticket.resolvedAt || ticket.closedAt) return;
      await applyStep(
        tx,
        s,
        ticket,
        { level: 1, source: "golden", notifyRoles: ["supervisor"], assignTo: "specialist" },
        now,
      );
      return;
    }
    const t = targets.find((x) => x.metric === p.metric);
    if (!t || t.generation !== p.generation || t.completedAt || !t.runningSince) return;
    if (p.kind === "escalation") {
      const policy = await findPolicy(tx, p.tenantId, t.policyId);
      const step = policy && p.level ? stepOf(policy.escalation, p.level) : undefined;
      if (!step || ticket.escalationLevel >= step.level) return;
      await applyStep(
        tx,
        s,
        ticket,
        {
          level: step.level,
          source: "policy",
          notifyRoles: step.notifyRoles ?? [],
          assignTo: step.assignTo ?? null,
        },
        now,
      );
      return;
    }
    let next: TargetRow;
    if (p.kind === "warning") {
      if (t.warnedAt || t.status !== "running") return;
      next = { ...t, warnedAt: now };
    } else {
      if (t.status === "breached") return;
      next = { ...t, status: "breached", breachedAt: now };
    }
    await saveTarget(tx, next);
    const type = p.kind === "warning" ? "sla_warning" : "sla_breached";
    await applySla(tx, s, {
      ticket,
      summary: summarize(targets.map((x) => (x.metric === next.metric ? next : x))),
      actor: null,
      at: now,
      audit: `ticket.${type}`,
      events: [{ type, data: { metric: t.metric, dueAt: t.dueAt?.toISOString() ?? null } }],
    });
  },
});

const key = (t: TargetRow, kind: TimerKind, level = 0) =>
  `sla:${t.ticketId}:${t.metric}:${kind}${level || ""}:${t.generation}`;

type Timer = { payload: z.infer<typeof slaTimerJob.payload>; opts: EnqueueOptions };

// Every timer a counting clock needs.
function timersFor(t: TargetRow, policy: PolicyRow, cal: Calendar, ticket: TicketRow): Timer[] {
  if (!t.runningSince || t.completedAt) return [];
  const base = { tenantId: t.tenantId, ticketId: t.ticketId, metric: t.metric, generation: t.generation };
  const timer = (kind: TimerKind, runAt: Date | null, level = 0): Timer => ({
    payload: { ...base, kind, ...(level ? { level } : {}) },
    opts: { tenantId: t.tenantId, runAt: runAt ?? undefined, singletonKey: key(t, kind, level) },
  });
  const out: Timer[] = [];
  if (t.status === "running") {
    if (!t.warnedAt && policy.warnAtPercent < 100)
      out.push(timer("warning", instantAt(t, cal, (t.budgetMs * policy.warnAtPercent) / 100)));
    out.push(timer("breach", t.dueAt));
  }
  if (t.metric !== "resolution") return out;
  for (const step of policy.escalation) {
    if (step.level <= ticket.escalationLevel) continue;
    out.push(timer("escalation", instantAt(t, cal, step.afterMinutes * 60_000), step.level));
  }
  return out;
}

// Schedules the timers of the given clocks in the caller's transaction, in one statement.
export async function scheduleTimers(
  tx: Db,
  targets: TargetRow[],
  policy: PolicyRow,
  cal: Calendar,
  ticket: TicketRow,
): Promise<void> {
  await enqueueMany(
    tx,
    slaTimerJob,
    targets.flatMap((t) => timersFor(t, policy, cal, ticket)),
  );
}

export async function scheduleGolden(tx: Db, ticket: TicketRow): Promise<void> {
  await enqueue(
    tx,
    slaTimerJob,
    { tenantId: ticket.tenantId, ticketId: ticket.id, metric: "resolution", kind: "golden", generation: 0 },
    { tenantId: ticket.tenantId, singletonKey: `sla:${ticket.id}:golden` },
  );
}
