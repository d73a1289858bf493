import { and, eq } from "drizzle-orm";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { applyVisitPlan, nodeVisible, readDispatchDay } from "../../field/index.js";
import { fingerprint } from "../day-input.js";
import { dispatchPlans } from "../dispatch.tables.js";
import { planDto, type StoredProposal } from "./plan-dto.js";

// Applies a proposed plan in one transaction: the day's visits are locked and compared with what
// the plan was computed from (any change since: 409, optimise again), then field's command gives
// each visit its technician and planned arrival, and the plan is marked applied. Audited per visit
// (on its ticket's history) and once for the plan.
export async function applyPlan(s: Services, actor: Actor, id: string) {
  return s.db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(dispatchPlans)
      .where(and(eq(dispatchPlans.tenantId, actor.tenantId), eq(dispatchPlans.id, id)))
      .for("update");
    if (!row || !(await nodeVisible(tx, actor, row.nodeId))) throw new AppError("dispatch.plan_not_found");
    if (row.status === "applied") throw new AppError("dispatch.plan_applied");
    const p = row.proposal as StoredProposal;
    const day = await readDispatchDay(tx, actor, row.nodeId, row.day, { lock: true, urgent: p.urgent });
    if (fingerprint(day, p.absent) !== row.fingerprint) throw new AppError("dispatch.plan_stale");
    const date = (x: string | null) => (x === null ? null : new Date(x));
    const changed = await applyVisitPlan(
      tx,
      s,
      actor,
      [...day.visits, ...day.urgent],
      p.writes.map((w) => ({
        visitId: w.visitId,
        technicianId: w.technicianId,
        plannedStart: date(w.plannedStart),
        ...(w.window ? { window: { start: new Date(w.window.start), end: new Date(w.window.end) } } : {}),
      })),
    );
    const now = s.clock.now();
    const [applied] = await tx
      .update(dispatchPlans)
      .set({ status: "applied", appliedAt: now, appliedBy: actor.userId })
      .where(eq(dispatchPlans.id, row.id))
      .returning();
    if (!applied) throw new Error("dispatch: the write returned no row");
    await appendAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: "dispatch.plan_applied",
      entityType: "dispatch_plan",
      entityId: row.id,
      data: { nodeId: row.nodeId, day: row.day, changed, before: p.before, after: p.after, absent: p.absent },
      at: now,
    });
    return { plan: planDto(applied), changed };
  });
}

export async function readPlan(s: Services, actor: Actor, id: string) {
  const [row] = await s.db
    .select()
    .from(dispatchPlans)
    .where(and(eq(dispatchPlans.tenantId, actor.tenantId), eq(dispatchPlans.id, id)));
  if (!row) throw new AppError("dispatch.plan_not_found");
  // A plan of a node outside the caller's part of the network is "not found" too.
  if (!(await nodeVisible(s.db, actor, row.nodeId))) throw new AppError("dispatch.plan_not_found");
  return planDto(row);
}
