import { and, asc, eq, inArray, ne, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../platform/db/client.js";
import { users } from "../auth/index.js";
import type { FieldScope } from "./field.scope.js";
import { nodeCondition, visitCondition } from "./field.scope.js";
import { networkNodes, technicians, visits } from "./field.tables.js";
import { HOLDS_TIME } from "./visit-states.js";

export type NodeRow = typeof networkNodes.$inferSelect;
export type TechnicianRow = typeof technicians.$inferSelect;
export type VisitRow = typeof visits.$inferSelect;

export async function findNode(db: Db, tenantId: string, id: string, scope?: FieldScope) {
  const [row] = await db
    .select()
    .from(networkNodes)
    .where(and(eq(networkNodes.tenantId, tenantId), eq(networkNodes.id, id), scope && nodeCondition(scope)));
  return row;
}

export async function listNodes(db: Db, tenantId: string, scope: FieldScope) {
  return db
    .select()
    .from(networkNodes)
    .where(and(eq(networkNodes.tenantId, tenantId), nodeCondition(scope)))
    .orderBy(asc(networkNodes.path));
}

// Technicians with their names, limited to the nodes whose path starts with `pathPrefix` (a
// visit's area or a caller's scope); `undefined` for the whole tenant.
export async function listTechnicians(db: Db, tenantId: string, where?: SQL, lock = false) {
  const q = db
    .select({ tech: technicians, name: users.name, path: networkNodes.path })
    .from(technicians)
    .innerJoin(users, and(eq(users.tenantId, technicians.tenantId), eq(users.id, technicians.userId)))
    .innerJoin(
      networkNodes,
      and(eq(networkNodes.tenantId, technicians.tenantId), eq(networkNodes.id, technicians.nodeId)),
    )
    .where(and(eq(technicians.tenantId, tenantId), where))
    .orderBy(asc(technicians.createdAt), asc(technicians.userId));
  return lock ? q.for("update", { of: technicians }) : q;
}

export async function findVisit(db: Db, tenantId: string, id: string, scope: FieldScope, lock = false) {
  const q = db
    .select()
    .from(visits)
    .where(and(eq(visits.tenantId, tenantId), eq(visits.id, id), visitCondition(scope)));
  const [row] = lock ? await q.for("update") : await q;
  return row;
}

export async function searchVisits(db: Db, tenantId: string, scope: FieldScope, where?: SQL) {
  return (
    db
      .select()
      .from(visits)
      .where(and(eq(visits.tenantId, tenantId), visitCondition(scope), where))
      // A dispatch plan's planned arrival orders a round; the booked window otherwise.
      .orderBy(asc(sql`coalesce(${visits.plannedStart}, ${visits.windowStart})`), asc(visits.id))
      .limit(500)
  );
}

// The visits holding the given technicians' time (for free slots and double-booking checks).
export async function busyVisits(db: Db, tenantId: string, technicianIds: string[], exceptVisit?: string) {
  if (technicianIds.length === 0) return [];
  return db
    .select({ technicianId: visits.technicianId, start: visits.windowStart, end: visits.windowEnd })
    .from(visits)
    .where(
      and(
        eq(visits.tenantId, tenantId),
        inArray(visits.technicianId, technicianIds),
        inArray(visits.status, [...HOLDS_TIME]),
        exceptVisit ? ne(visits.id, exceptVisit) : undefined,
      ),
    );
}

export async function userNames(db: Db, tenantId: string, ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.tenantId, tenantId), inArray(users.id, ids)));
  return new Map(rows.map((r) => [r.id, r.name]));
}
