import { type AnyColumn, and, eq, like, or, type SQL, sql } from "drizzle-orm";
import { isStaff } from "../../../shared/roles.js";
import type { Db } from "../../platform/db/client.js";
import type { Actor } from "../../platform/http/actor.js";
import { networkNodes, networkStaff, technicians, visits } from "./field.tables.js";

// What part of the network a caller sees. Staff attached to a node (a regional manager, an outlet's
// people, a technician through their home node) see that node's subtree; staff attached nowhere
// work for headquarters and see the whole tenant; a customer sees the visits of their own tickets;
// a dealer sees the subtree of the outlet they are attached to, and nothing when attached nowhere.
export type FieldScope =
  | { kind: "tenant" }
  | { kind: "subtree"; path: string; userId: string }
  | { kind: "customer"; customerId: string }
  | { kind: "none" };

export async function fieldScope(db: Db, actor: Actor): Promise<FieldScope> {
  if (actor.role === "customer")
    return actor.customerId ? { kind: "customer", customerId: actor.customerId } : { kind: "none" };
  const [attached] = await db
    .select({ path: networkNodes.path })
    .from(networkStaff)
    .innerJoin(
      networkNodes,
      and(eq(networkNodes.tenantId, networkStaff.tenantId), eq(networkNodes.id, networkStaff.nodeId)),
    )
    .where(and(eq(networkStaff.tenantId, actor.tenantId), eq(networkStaff.userId, actor.userId)));
  if (attached) return { kind: "subtree", path: attached.path, userId: actor.userId };
  const [home] = await db
    .select({ path: networkNodes.path })
    .from(technicians)
    .innerJoin(
      networkNodes,
      and(eq(networkNodes.tenantId, technicians.tenantId), eq(networkNodes.id, technicians.nodeId)),
    )
    .where(and(eq(technicians.tenantId, actor.tenantId), eq(technicians.userId, actor.userId)));
  if (home) return { kind: "subtree", path: home.path, userId: actor.userId };
  return isStaff(actor.role) ? { kind: "tenant" } : { kind: "none" };
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
const never = sql`false`;

// A path column inside the subtree whose root has `path` (ids hold "_", a LIKE wildcard).
export const inSubtree = (column: AnyColumn, path: string) => like(column, `${escapeLike(path)}%`);

// The condition a scope puts on a node path column (nodes, visits).
function pathCondition(
  scope: FieldScope,
  column: typeof networkNodes.path | typeof visits.nodePath,
): SQL | undefined {
  if (scope.kind === "tenant") return undefined;
  if (scope.kind === "subtree") return inSubtree(column, scope.path);
  return never;
}

// A visit assigned to the caller is always theirs to see, wherever its node sits: an outlet
// technician given a region-level visit must find it on their phone.
export function visitCondition(scope: FieldScope): SQL | undefined {
  if (scope.kind === "customer") return eq(visits.customerId, scope.customerId);
  if (scope.kind === "subtree")
    return or(inSubtree(visits.nodePath, scope.path), eq(visits.technicianId, scope.userId));
  return pathCondition(scope, visits.nodePath);
}

// Nodes: a customer sees none.
export const nodeCondition = (scope: FieldScope) => pathCondition(scope, networkNodes.path);
