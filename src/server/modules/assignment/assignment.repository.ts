import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Role } from "../../../shared/roles.js";
import { cachedConfig, configChanged } from "../../platform/config-cache.js";
import type { Db } from "../../platform/db/client.js";
import { users } from "../auth/index.js";
import { certifiedSkills } from "../field/index.js";
import { agentPresence } from "../presence/index.js";
import { todayIn } from "../products/index.js";
import { tenantSettings } from "../tenancy/index.js";
import { ticketsView as tickets } from "../tickets/index.js";
import { type Candidate, DEFAULT_SETTINGS, type RoutingSettings } from "./assignment.js";
import { routingSettings } from "./assignment.tables.js";

const OPEN_ASSIGNED = [
  "assigned",
  "in_progress",
  "pending_customer",
  "pending_parts",
  "pending_third_party",
] as const;

const settingsKey = (tenantId: string) => `routing-settings:${tenantId}`;

export function getSettings(db: Db, tenantId: string): Promise<RoutingSettings> {
  return cachedConfig(db, settingsKey(tenantId), async () => {
    const [row] = await db.select().from(routingSettings).where(eq(routingSettings.tenantId, tenantId));
    return { ...DEFAULT_SETTINGS, ...(row?.settings ?? {}) };
  });
}

export async function putSettings(db: Db, tenantId: string, settings: RoutingSettings): Promise<void> {
  configChanged(db, settingsKey(tenantId));
  await db
    .insert(routingSettings)
    .values({ tenantId, settings })
    .onConflictDoUpdate({ target: routingSettings.tenantId, set: { settings, updatedAt: new Date() } });
}

// Serialises assignment decisions per tenant until commit: two transactions can never both see
// the same free slot. Re-entrant within one transaction.
export async function lockRouting(db: Db, tenantId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`routing:${tenantId}`}))`);
}

const openCount = sql<number>`(select count(*)::int from ${tickets} t where t.tenant_id = ${users.tenantId}
  and t.assignee_id = ${users.id} and t.status in ('assigned','in_progress','pending_customer','pending_parts','pending_third_party'))`;

export const routableRoles = (s: RoutingSettings) =>
  s.includeSupervisors ? (["agent", "supervisor"] as const) : (["agent"] as const);

// Online, active agents with their current load: the candidate pool of decide().
// `at` decides which certifications are valid (the tenant's calendar day at that instant).
export async function loadCandidates(
  db: Db,
  tenantId: string,
  s: RoutingSettings,
  at: Date,
): Promise<Candidate[]> {
  // One grouped pass over the tenant's open assigned tickets, not one count per agent.
  const load = db
    .select({ assigneeId: tickets.assigneeId, n: sql<number>`count(*)::int`.as("n") })
    .from(tickets)
    .where(and(eq(tickets.tenantId, tenantId), inArray(tickets.status, [...OPEN_ASSIGNED])))
    .groupBy(tickets.assigneeId)
    .as("load");
  const rows = await db
    .select({
      userId: users.id,
      skills: users.skills,
      capacity: users.maxOpenTickets,
      lastAssignedAt: users.lastAssignedAt,
      open: sql<number>`coalesce(${load.n}, 0)`,
    })
    .from(users)
    .innerJoin(
      agentPresence,
      and(eq(agentPresence.tenantId, users.tenantId), eq(agentPresence.userId, users.id)),
    )
    .leftJoin(load, eq(load.assigneeId, users.id))
    .where(
      and(
        eq(users.tenantId, tenantId),
        eq(users.active, true),
        inArray(users.role, [...routableRoles(s)]),
        eq(agentPresence.status, "online"),
      ),
    );
  const candidates = rows.map((r) => ({
    ...r,
    open: Number(r.open),
    lastAssignedAt: r.lastAssignedAt?.getTime() ?? null,
  }));
  return withCertifications(db, tenantId, s, at, candidates);
}

// Each candidate's skills certified today (field keeps the certifications), when the policy asks.
async function withCertifications(
  db: Db,
  tenantId: string,
  s: RoutingSettings,
  at: Date,
  candidates: Candidate[],
): Promise<Candidate[]> {
  if (s.certification === "off" || candidates.length === 0) return candidates;
  const held = await certifiedSkills(
    db,
    tenantId,
    candidates.map((c) => c.userId),
    todayIn((await tenantSettings(db, tenantId))?.timezone ?? "Asia/Shanghai", at),
  );
  return candidates.map((c) => ({ ...c, certified: [...(held.get(c.userId) ?? [])] }));
}

// The queue under its lock, each ticket with what routing decides on: tickets' reads.
export {
  lockQueuedTickets as queuedBatch,
  type QueueCursor,
  type TicketWithContext as QueuedTicket,
} from "../tickets/index.js";

export async function countQueued(db: Db, tenantId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(tickets)
    .where(and(eq(tickets.tenantId, tenantId), eq(tickets.status, "new"), isNull(tickets.assigneeId)));
  return Number(row?.n ?? 0);
}

export async function touchLastAssigned(
  db: Db,
  tenantId: string,
  userIds: string[],
  at: Date,
): Promise<void> {
  if (userIds.length === 0) return;
  await db
    .update(users)
    .set({ lastAssignedAt: at })
    .where(and(eq(users.tenantId, tenantId), inArray(users.id, userIds)));
}

// The supervisor's board: every routable person with presence, load and recent handling time.
export async function loadBoard(db: Db, tenantId: string, roles: readonly Role[], since: Date) {
  const oldest = sql<
    string | null
  >`(select min(t.created_at) from ${tickets} t where t.tenant_id = ${users.tenantId}
    and t.assignee_id = ${users.id} and t.status in ('assigned','in_progress','pending_customer','pending_parts','pending_third_party'))`;
  const avgMinutes = sql<
    number | null
  >`(select avg(extract(epoch from (t.resolved_at - t.created_at)) / 60)::float8
    from ${tickets} t where t.tenant_id = ${users.tenantId} and t.assignee_id = ${users.id}
    and t.resolved_at is not null and t.resolved_at >= ${since.toISOString()}::timestamptz)`;
  return db
    .select({
      userId: users.id,
      name: users.name,
      role: users.role,
      skills: users.skills,
      capacity: users.maxOpenTickets,
      status: agentPresence.status,
      lastSeenAt: agentPresence.lastSeenAt,
      open: openCount,
      oldestOpenAt: oldest,
      avgMinutes,
    })
    .from(users)
    .leftJoin(
      agentPresence,
      and(eq(agentPresence.tenantId, users.tenantId), eq(agentPresence.userId, users.id)),
    )
    .where(and(eq(users.tenantId, tenantId), eq(users.active, true), inArray(users.role, [...roles])))
    .orderBy(asc(users.name));
}
