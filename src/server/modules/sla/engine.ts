import type { TicketStatus } from "../../../shared/domain.js";
import { isStaff } from "../../../shared/roles.js";
import type { Services } from "../../platform/context.js";
import type { Db } from "../../platform/db/client.js";
import { newId } from "../../platform/ids.js";
import { findCustomer } from "../customers/index.js";
import { applySla, type SlaEvent, type TicketChanged, type TicketRow } from "../tickets/index.js";
import type { Calendar } from "./calendar.js";
import { applyStep, stepOf } from "./escalation.js";
import { choosePolicy } from "./policy-match.js";
import {
  calendarLoader,
  closePause,
  findTargets,
  findTargetsOfTickets,
  openPause,
  type PolicyRow,
  policiesOf,
  saveTargets,
  type TargetRow,
} from "./sla.repository.js";
import type { SlaMetric } from "./sla.tables.js";
import { elapsedNow, startClock, stopClock, summarize } from "./target-clock.js";
import { scheduleGolden, scheduleTimers } from "./timers.js";

const OWN_EVENTS = new Set([
  "sla_warning",
  "sla_breached",
  "sla_paused",
  "sla_resumed",
  "sla_policy_changed",
]);
const DONE: readonly TicketStatus[] = ["resolved", "closed"];
const MIN = 60_000;

function newTarget(ticket: TicketRow, policy: PolicyRow, metric: SlaMetric, minutes: number): TargetRow {
  return {
    tenantId: ticket.tenantId,
    ticketId: ticket.id,
    metric,
    policyId: policy.id,
    calendarId: policy.calendarId,
    budgetMs: minutes * MIN,
    elapsedMs: 0,
    runningSince: null,
    dueAt: null,
    status: "running",
    warnedAt: null,
    breachedAt: null,
    completedAt: null,
    generation: 0,
    createdAt: ticket.createdAt,
  };
}

const complete = (t: TargetRow, cal: Calendar, now: Date): TargetRow => ({
  ...stopClock(t, cal, now),
  status: t.status === "breached" ? "breached" : "met",
  completedAt: now,
});

// Whether a change can move a clock at all. Most cannot (an assignment, a tag, an internal note),
// and then the ticket's targets need not even be read — the queue's drain makes thousands.
function mayMoveClocks(change: TicketChanged, policies: readonly PolicyRow[]): boolean {
  const { before, after } = change;
  if (!before) return true;
  if (before.priority !== after.priority || before.type !== after.type) return true;
  if (before.escalationLevel !== after.escalationLevel) return true;
  if (!before.firstRespondedAt && after.firstRespondedAt) return true;
  if (change.events.some((e) => e.type === "message_added")) return true;
  if (before.status === after.status) return false;
  if (DONE.includes(before.status) !== DONE.includes(after.status)) return true;
  return policies.some((p) => p.pauseOn.includes(before.status) !== p.pauseOn.includes(after.status));
}

// Keeps a ticket's SLA clocks in step with every change to it (runs inside the change's transaction).
// `preloaded`: the ticket's targets, read already with those of other changes (`onTicketsChanged`).
export async function onTicketChanged(
  tx: Db,
  s: Services,
  change: TicketChanged,
  preloaded?: TargetRow[],
): Promise<void> {
  if (change.events.every((e) => OWN_EVENTS.has(e.type))) return;
  const { before, after: ticket, at: now } = change;
  const policies = await policiesOf(tx, ticket.tenantId);
  if (!mayMoveClocks(change, policies)) return;
  const calendarOf = await calendarLoader(tx, ticket.tenantId);
  const byId = new Map(policies.map((p) => [p.id, p]));
  // A ticket being created has no targets yet.
  const existing = before ? (preloaded ?? (await findTargets(tx, ticket.tenantId, ticket.id))) : [];
  const targets = new Map(existing.map((t) => [t.metric, t]));
  const changed = new Set<SlaMetric>();
  const put = (t: TargetRow) => {
    targets.set(t.metric, t);
    changed.add(t.metric);
  };
  const events: SlaEvent[] = [];

  // Which policy applies: chosen at creation, again when priority or type changes.
  let policy = [...targets.values()][0] ? byId.get([...targets.values()][0]?.policyId ?? "") : undefined;
  const reevaluate = !before || before.priority !== ticket.priority || before.type !== ticket.type;
  if (reevaluate) {
    const tier = change.customerTier ?? (await findCustomer(tx, ticket.tenantId, ticket.customerId))?.tier;
    const chosen = choosePolicy(policies, { ...ticket, tier: tier ?? "standard" });
    if (chosen && chosen.id !== policy?.id) {
      policy = chosen;
      await applyPolicy(chosen, ticket, now, targets, calendarOf, put);
      if (!before && chosen.goldenChannel) await scheduleGolden(tx, ticket);
    }
  }
  if (!policy) return;
  const cal = await calendarOf(policy.calendarId);
  if (!cal) return;

  // Pauses follow the ticket's status.
  const paused = (st: TicketStatus | undefined) => !!st && policy.pauseOn.includes(st);
  if (paused(ticket.status) && !paused(before?.status)) {
    for (const t of targets.values())
      if (t.runningSince)
        put({ ...stopClock(t, cal, now), status: t.status === "running" ? "paused" : t.status });
    await openPause(tx, {
      id: newId("spz"),
      tenantId: ticket.tenantId,
      ticketId: ticket.id,
      status: ticket.status,
      fromAt: now,
    });
    events.push({ type: "sla_paused", data: { status: ticket.status } });
  } else if (before && paused(before.status) && !paused(ticket.status)) {
    for (const t of targets.values())
      if (!t.completedAt && !t.runningSince)
        put({ ...startClock(t, cal, now), status: t.status === "paused" ? "running" : t.status });
    await closePause(tx, ticket.tenantId, ticket.id, now);
    events.push({ type: "sla_resumed", data: { status: ticket.status } });
  }

  // Met: first public staff reply, next reply after a customer message, resolution.
  const fr = targets.get("first_response");
  if (fr && !fr.completedAt && ticket.firstRespondedAt) put(complete(fr, cal, now));
  // One public message per change: a staff reply meets next_response, a customer message re-arms it.
  if (change.events.some((x) => x.type === "message_added" && x.data.visibility === "public")) {
    const nr = targets.get("next_response");
    const fromStaff = change.actor ? isStaff(change.actor.role) : false;
    if (fromStaff && nr && !nr.completedAt) put(complete(nr, cal, now));
    if (
      !fromStaff &&
      change.actor &&
      policy.nextResponseMinutes &&
      ticket.firstRespondedAt &&
      !DONE.includes(ticket.status)
    ) {
      const fresh = {
        ...newTarget(ticket, policy, "next_response", policy.nextResponseMinutes),
        generation: (nr?.generation ?? 0) + 1,
      };
      put(paused(ticket.status) ? { ...fresh, status: "paused" } : startClock(fresh, cal, now));
    }
  }
  if (DONE.includes(ticket.status) && !(before && DONE.includes(before.status))) {
    for (const t of targets.values()) if (!t.completedAt) put(complete(t, cal, now));
  }
  const reopened = before && DONE.includes(before.status) && !DONE.includes(ticket.status);
  const res = targets.get("resolution");
  if (reopened && res)
    put(
      startClock(
        { ...res, completedAt: null, status: res.status === "met" ? "running" : res.status },
        cal,
        now,
      ),
    );

  const moved = [...changed].flatMap((m) => targets.get(m) ?? []);
  await saveTargets(tx, moved);
  await scheduleTimers(tx, moved, policy, cal, ticket);
  // The summary columns are written only when they move (an assignment changes neither).
  await applySla(tx, s, {
    ticket,
    summary: summarize([...targets.values()]),
    actor: null,
    at: now,
    audit: "ticket.sla",
    events,
  });

  // A manual escalation applies the policy's step for the new level; priority A at level 1 opens the golden channel.
  const manual = change.events.find((e) => e.type === "escalated" && e.data.source === undefined);
  if (manual && before && ticket.escalationLevel > before.escalationLevel) {
    const step = stepOf(policy.escalation, ticket.escalationLevel);
    if (step)
      await applyStep(
        tx,
        s,
        ticket,
        {
          level: step.level,
          source: "manual",
          notifyRoles: step.notifyRoles ?? [],
          assignTo: step.assignTo ?? null,
        },
        now,
      );
    if (ticket.priority === "A" && ticket.escalationLevel === 1) await scheduleGolden(tx, ticket);
  }
}

// Many changes at once (mails written together, a drain's assignments): the targets of the tickets
// whose clocks may move are read in one query per tenant instead of one per ticket. A ticket
// changed twice in the batch reads its own, so its second change sees what its first wrote.
export async function onTicketsChanged(
  tx: Db,
  s: Services,
  changes: readonly TicketChanged[],
): Promise<void> {
  const times = new Map<string, number>();
  for (const c of changes) times.set(c.after.id, (times.get(c.after.id) ?? 0) + 1);
  const wanted = new Map<string, string[]>();
  for (const c of changes) {
    if (!c.before || times.get(c.after.id) !== 1 || c.events.every((e) => OWN_EVENTS.has(e.type))) continue;
    if (!mayMoveClocks(c, await policiesOf(tx, c.tenantId))) continue;
    wanted.set(c.tenantId, [...(wanted.get(c.tenantId) ?? []), c.after.id]);
  }
  const preloaded = new Map<string, TargetRow[]>();
  for (const [tenantId, ids] of wanted) {
    for (const id of ids) preloaded.set(id, []);
    for (const t of await findTargetsOfTickets(tx, tenantId, ids)) preloaded.get(t.ticketId)?.push(t);
  }
  for (const c of changes) await onTicketChanged(tx, s, c, preloaded.get(c.after.id));
}

// (Re)starts the first-response and resolution clocks under a policy, keeping business time
// already counted; a target already done stays done.
export async function applyPolicy(
  policy: PolicyRow,
  ticket: TicketRow,
  now: Date,
  targets: Map<SlaMetric, TargetRow>,
  calendarOf: (id: string) => Promise<Calendar | undefined>,
  put: (t: TargetRow) => void,
): Promise<void> {
  const cal = await calendarOf(policy.calendarId);
  if (!cal) return;
  const budgets: [SlaMetric, number | null][] = [
    ["first_response", ticket.firstRespondedAt ? null : policy.firstResponseMinutes],
    ["resolution", policy.resolutionMinutes],
    ["next_response", policy.nextResponseMinutes],
  ];
  for (const [metric, minutes] of budgets) {
    const old = targets.get(metric);
    if (minutes === null || old?.completedAt) continue;
    if (!old) {
      if (metric === "next_response") continue;
      put(startClock(newTarget(ticket, policy, metric, minutes), cal, now));
      continue;
    }
    const oldCal = (await calendarOf(old.calendarId)) ?? cal;
    const stopped = stopClock(old, oldCal, now);
    const moved: TargetRow = {
      ...stopped,
      elapsedMs: elapsedNow(old, oldCal, now),
      policyId: policy.id,
      calendarId: policy.calendarId,
      budgetMs: minutes * MIN,
    };
    put(old.runningSince ? startClock(moved, cal, now) : moved);
  }
}
