import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { teamMembership } from "../../teams/index.js";
import { assignTicket, assignTickets, type TicketRow } from "../../tickets/index.js";
import {
  type Candidate,
  type Decision,
  decide,
  type RoutingSettings,
  requiredSkills,
} from "../assignment.js";
import {
  getSettings,
  loadCandidates,
  lockRouting,
  type QueueCursor,
  type QueuedTicket,
  queuedBatch,
  touchLastAssigned,
} from "../assignment.repository.js";
import { ROUTING_ORIGIN } from "../routing-origin.js";

const BATCH = 200;

type Pool = { all: Candidate[]; teams: Map<string, Set<string>> };

function poolFor(pool: Pool, teamId: string | null): Candidate[] {
  const members = teamId ? pool.teams.get(teamId) : undefined;
  // A team with members restricts the candidates to them; an empty or unknown team does not.
  return members && members.size > 0 ? pool.all.filter((c) => members.has(c.userId)) : pool.all;
}

export function decideFor(pool: Pool, q: QueuedTicket, s: RoutingSettings): Decision | null {
  const needs = {
    skills: requiredSkills(q.productSkills ?? [], q.ticket.type, s),
    tier: q.tier,
    type: q.ticket.type,
  };
  return decide(poolFor(pool, q.ticket.teamId), needs, s);
}

// The ticket update, its events and audit entry (a tickets command); the agent's last-assigned
// time is the caller's.
export const writeAssignment = (
  tx: Db,
  s: Services,
  ticket: TicketRow,
  to: string,
  rule: "auto" | "first_contact",
  reason: Record<string, unknown>,
  at: Date,
) => assignTicket(tx, s, ticket, { to, rule, reason, origin: ROUTING_ORIGIN, at });

export const explain = (d: Decision) => ({
  skills: d.reason.skills,
  load: d.reason.load,
  capacity: d.reason.capacity,
  tierRule: d.reason.tierRule,
  tieBreak: d.reason.tieBreak,
  candidates: d.reason.candidates,
});

export async function loadPool(tx: Db, tenantId: string, settings: RoutingSettings, at: Date): Promise<Pool> {
  return {
    all: await loadCandidates(tx, tenantId, settings, at),
    teams: await teamMembership(tx, tenantId),
  };
}

// Hands queued tickets to whoever has room now (someone came online or finished a ticket), at
// most `limit` of them. The queue is read batch by batch from a cursor on its partial index, and
// each agent's last-assigned time is written once at the end, not per ticket.
export async function drainQueue(
  tx: Db,
  s: Services,
  tenantId: string,
  at: Date,
  limit = Number.POSITIVE_INFINITY,
): Promise<number> {
  const settings = await getSettings(tx, tenantId);
  if (!settings.autoAssign) return 0;
  await lockRouting(tx, tenantId);
  const pool = await loadPool(tx, tenantId, settings, at);
  const byId = new Map(pool.all.map((c) => [c.userId, c]));
  const touched = new Set<string>();
  let assigned = 0;
  let cursor: QueueCursor | null = null;
  const more = () => assigned < limit && pool.all.some((c) => c.open < c.capacity);
  while (more()) {
    const batch = await queuedBatch(tx, tenantId, cursor, Math.min(BATCH, limit - assigned));
    // Decided one by one in memory (each decision sees the loads the earlier ones added), then
    // written together.
    const decided: Parameters<typeof assignTickets>[2] = [];
    for (const q of batch) {
      const d = decideFor(pool, q, settings);
      if (!d) continue;
      decided.push({
        ticket: q.ticket,
        assignment: { to: d.userId, rule: "auto", reason: explain(d), origin: ROUTING_ORIGIN, at },
      });
      const c = byId.get(d.userId);
      if (c) {
        c.open++;
        c.lastAssignedAt = at.getTime();
      }
      touched.add(d.userId);
      assigned++;
      if (!more()) break;
    }
    await assignTickets(tx, s, decided);
    const last = batch.at(-1);
    if (!last || batch.length < BATCH) break;
    cursor = { priority: last.ticket.priority, createdAt: last.ticket.createdAt, id: last.ticket.id };
  }
  await touchLastAssigned(tx, tenantId, [...touched], at);
  return assigned;
}
