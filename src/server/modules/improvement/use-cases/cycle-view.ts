import type { Cycle } from "../../../../shared/api/improvement.js";
import type { Db } from "../../../platform/db/client.js";
import { findUser } from "../../auth/index.js";
import { type CycleRow, historyOf, tasksOf } from "../improvement.repository.js";
import { findKpiOption } from "../kpi-port.js";
import { quarterOf } from "../pdca-states.js";

/** Whether the value reaches the target in the KPI's better direction (a neutral KPI: at least). */
export function targetMet(
  direction: string | null,
  value: number | null | undefined,
  target: number,
): boolean | null {
  if (value === null || value === undefined) return null;
  return direction === "lower" ? value <= target : value >= target;
}

export async function cycleViews(
  db: Db,
  tenantId: string,
  rows: CycleRow[],
  itemTitle: string,
): Promise<Cycle[]> {
  const ids = rows.map((r) => r.id);
  const [tasks, history] = await Promise.all([tasksOf(db, tenantId, ids), historyOf(db, tenantId, ids)]);
  const owners = new Map<string, string | null>();
  for (const r of rows)
    if (!owners.has(r.ownerId))
      owners.set(r.ownerId, (await findUser(db, tenantId, r.ownerId))?.name ?? null);
  return rows.map((r) => {
    const kpi = findKpiOption(r.kpiId);
    return {
      id: r.id,
      itemId: r.itemId,
      itemTitle,
      iteration: r.iteration,
      phase: r.phase as Cycle["phase"],
      ownerId: r.ownerId,
      ownerName: owners.get(r.ownerId) ?? null,
      kpiId: r.kpiId,
      kpiUnit: kpi?.unit ?? null,
      kpiDirection: kpi?.direction ?? null,
      targetValue: r.targetValue,
      dueDate: r.dueDate,
      quarter: quarterOf(r.dueDate),
      windowDays: r.windowDays,
      planStartedOn: r.planStartedOn,
      doEndedOn: r.doEndedOn,
      check: r.check ?? null,
      targetMet: r.check ? targetMet(kpi?.direction ?? null, r.check.after.value, r.targetValue) : null,
      decision: r.decision ?? null,
      articleId: r.articleId,
      nextCycleId: r.nextCycleId,
      tasks: tasks
        .filter((t) => t.cycleId === r.id)
        .map((t) => ({ id: t.id, title: t.title, ownerId: t.ownerId, done: t.done })),
      history: history
        .filter((h) => h.cycleId === r.id)
        .map((h) => ({
          from: h.fromPhase,
          to: h.toPhase,
          actorId: h.actorId,
          note: h.note,
          at: h.at.toISOString(),
        })),
    };
  });
}
