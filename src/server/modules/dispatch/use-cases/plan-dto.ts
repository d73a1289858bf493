import type { DispatchPlan } from "../../../../shared/api/dispatch.js";
import type { dispatchPlans } from "../dispatch.tables.js";

// What a stored plan holds besides the answer the planner saw: the writes applying it makes.
export type StoredProposal = Omit<
  DispatchPlan,
  "id" | "nodeId" | "day" | "status" | "createdAt" | "appliedAt"
> & {
  urgent: string[];
  writes: {
    visitId: string;
    technicianId: string | null;
    plannedStart: string | null;
    window?: { start: string; end: string };
  }[];
};

export function planDto(row: typeof dispatchPlans.$inferSelect): DispatchPlan {
  const p = row.proposal as StoredProposal;
  return {
    id: row.id,
    nodeId: row.nodeId,
    day: row.day,
    status: row.status as DispatchPlan["status"],
    absent: p.absent,
    before: p.before,
    after: p.after,
    rounds: p.rounds,
    unplanned: p.unplanned,
    moved: p.moved,
    createdAt: row.createdAt.toISOString(),
    appliedAt: row.appliedAt ? row.appliedAt.toISOString() : null,
  };
}
