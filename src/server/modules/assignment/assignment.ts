// The assignment decision as a pure function: given who is online and how loaded they are, which
// agent gets a ticket, and why. No I/O, so it is unit-tested and benchmarked on its own.

// The tenant's settings (shape shared with the API): tierRule sends customers of its tiers to agents
// with its skill first, and when none of them has room to another eligible agent (fallback) or
// lets the ticket wait; typeSkills adds skills per ticket type, e.g. {"installation": ["installer"]}.
import type { RoutingSettings } from "../../../shared/api/assignment.js";

export type { RoutingSettings };

export const DEFAULT_SETTINGS: RoutingSettings = {
  autoAssign: true,
  includeSupervisors: false,
  typeSkills: {},
  tierRule: { tiers: ["gold", "vip"], skill: "vip", fallback: true },
  presenceTimeoutMinutes: 15,
  defaultHandlingMinutes: 240,
  certification: "off",
};

export type Candidate = {
  userId: string;
  skills: readonly string[];
  open: number;
  capacity: number;
  // null = never assigned: goes first on a tie.
  lastAssignedAt: number | null;
  // Skills this person holds a valid certification for today (read only when the tenant's
  // certification policy is not "off").
  certified?: readonly string[];
};

export type TicketNeeds = { skills: readonly string[]; tier: string | null; type: string };

export type Decision = {
  userId: string;
  reason: {
    skills: string[];
    load: { open: number; capacity: number; ratio: number };
    capacity: number;
    tierRule: "vip_first" | "fallback" | null;
    tieBreak: "least_recently_assigned" | null;
    candidates: number;
  };
};

export function requiredSkills(productSkills: readonly string[], type: string, s: RoutingSettings): string[] {
  return [
    ...new Set([...productSkills, ...((s.typeSkills as Record<string, string[] | undefined>)[type] ?? [])]),
  ].sort();
}

const hasAll = (have: readonly string[], need: readonly string[]) => need.every((k) => have.includes(k));

// Lowest load first, then least recently assigned (never assigned first), then id for determinism.
function better(a: Candidate, b: Candidate): number {
  const la = a.open / a.capacity;
  const lb = b.open / b.capacity;
  if (la !== lb) return la - lb;
  const ta = a.lastAssignedAt ?? Number.NEGATIVE_INFINITY;
  const tb = b.lastAssignedAt ?? Number.NEGATIVE_INFINITY;
  if (ta !== tb) return ta < tb ? -1 : 1;
  return a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0;
}

function best(pool: readonly Candidate[], need: readonly string[]) {
  let winner: Candidate | null = null;
  let runnerUp: Candidate | null = null;
  let eligible = 0;
  for (const c of pool) {
    if (c.capacity <= 0 || c.open >= c.capacity || !hasAll(c.skills, need)) continue;
    eligible++;
    if (!winner || better(c, winner) < 0) {
      runnerUp = winner;
      winner = c;
    } else if (!runnerUp || better(c, runnerUp) < 0) runnerUp = c;
  }
  return { winner, runnerUp, eligible };
}

// The pools to try in turn under the tenant's certification policy: for a ticket needing skills,
// "required" tries only those certified for all of them, "preferred" them first and then everyone.
function certificationPools(pool: readonly Candidate[], needs: TicketNeeds, s: RoutingSettings) {
  if (s.certification === "off" || needs.skills.length === 0) return [pool];
  const certified = pool.filter((c) => hasAll(c.certified ?? [], needs.skills));
  return s.certification === "required" ? [certified] : [certified, pool];
}

// Picks the agent for one ticket, or null when it has to wait in the queue.
export function decide(pool: readonly Candidate[], needs: TicketNeeds, s: RoutingSettings): Decision | null {
  for (const p of certificationPools(pool, needs, s)) {
    const d = decideAmong(p, needs, s);
    if (d) return d;
  }
  return null;
}

function decideAmong(pool: readonly Candidate[], needs: TicketNeeds, s: RoutingSettings): Decision | null {
  const rule =
    s.tierRule && needs.tier && (s.tierRule.tiers as readonly string[]).includes(needs.tier)
      ? s.tierRule
      : null;
  let tierRule: Decision["reason"]["tierRule"] = null;
  let need = [...needs.skills];
  let pick = best(pool, rule ? [...need, rule.skill] : need);
  if (rule) {
    tierRule = "vip_first";
    if (!pick.winner && rule.fallback) {
      pick = best(pool, need);
      tierRule = "fallback";
    } else need = [...need, rule.skill];
  }
  const { winner, runnerUp, eligible } = pick;
  if (!winner) return null;
  const tie =
    runnerUp !== null && runnerUp.open / runnerUp.capacity === winner.open / winner.capacity
      ? "least_recently_assigned"
      : null;
  return {
    userId: winner.userId,
    reason: {
      skills: [...new Set(need)].sort(),
      load: { open: winner.open, capacity: winner.capacity, ratio: winner.open / winner.capacity },
      capacity: winner.capacity,
      tierRule,
      tieBreak: tie,
      candidates: eligible,
    },
  };
}
